import { randomUUID } from 'node:crypto';

export interface Blob {
  bytes: Buffer;
  contentType: string;
}

export const BLOB_PREFIX = '/_emulator/blobs/';

/** Downloads served without a token, like the pre-signed storage URLs GitHub redirects to. */
export class BlobStore {
  private readonly blobs = new Map<string, Blob>();

  /** Returns the server-relative path the blob is served at. */
  put(bytes: Buffer, contentType: string): string {
    // The unguessable key plays the part of the URL signature.
    const key = randomUUID();
    this.blobs.set(key, { bytes, contentType });
    return `${BLOB_PREFIX}${key}`;
  }

  get(key: string): Blob | undefined {
    return this.blobs.get(key);
  }
}
