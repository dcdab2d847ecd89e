import { json, notFound } from '../http.js';
import type { Route } from '../router.js';
import { BLOB_PREFIX } from '../state/blobs.js';
import type { EmulatorState } from '../state/index.js';

export function blobRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: `${BLOB_PREFIX}{key}`,
      permission: 'public',
      docs: 'https://docs.github.com/rest',
      handle(ctx) {
        const blob = state.blobs.get(ctx.param('key'));
        if (!blob) throw notFound();
        return json(200, blob.bytes, { 'content-type': blob.contentType });
      },
    },
  ];
}
