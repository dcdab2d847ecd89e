import yazl from 'yazl';

export interface ZipItem {
  readonly name: string;
  readonly content: string | Buffer;
  readonly mode?: number;
}

/** A real zip archive in memory. */
export function makeZip(items: readonly ZipItem[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const item of items)
    zip.addBuffer(Buffer.from(item.content), item.name, item.mode ? { mode: item.mode } : {});
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream
      .on('data', (chunk: Buffer) => chunks.push(chunk))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
}

/**
 * An archive whose entry name climbs out of the target (zip-slip). Zip writers refuse such names,
 * so a same-length placeholder is written and then replaced in the local and central headers.
 */
export async function makeZipSlip(escapingName: string, content = 'pwned'): Promise<Buffer> {
  const placeholder = escapingName.replace(/[^/]/g, 'x').replace(/^\//, 'x');
  const archive = await makeZip([{ name: placeholder, content }]);
  return Buffer.from(archive.toString('latin1').split(placeholder).join(escapingName), 'latin1');
}
