import type { KeyPairKeyObjectResult } from 'node:crypto';
import { initializeTLog, rekorHandler, type TLog } from '@sigstore/mock/dist/rekor/index.js';
import {
  jsonReply,
  postRoute,
  startLoopbackServer,
  type LoopbackRoute,
  type LoopbackServer,
} from './loopback-server.js';
import { searchKeys, storedBody, type ProposedEntry } from './rekor-entry.js';

/** Rekor's answer for one entry, keyed by its UUID. */
export type LogEntries = Record<string, object>;

export interface LoopbackRekor extends LoopbackServer {
  /** DER SubjectPublicKeyInfo of the log's signing key. */
  publicKey: Buffer;
}

const RETRIEVE_INDEX_PATH = '/api/v1/index/retrieve';
const ENTRY_PATH = /^\/api\/v1\/log\/entries\/([0-9a-f]+)$/;
const HASH_QUERY = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

/**
 * A Rekor v1 on loopback: `@sigstore/mock`'s create-entry handler, over a log
 * that stores Rekor's real body shape and remembers what it logged, plus the
 * two lookup routes a verifier of detached envelopes uses.
 */
export function startLoopbackRekor(keyPair: KeyPairKeyObjectResult): Promise<LoopbackRekor> {
  const entries = new Map<string, object>();
  const index = new Map<string, string[]>();

  const remember = (logged: LogEntries, keys: string[]): void => {
    for (const [uuid, entry] of Object.entries(logged)) {
      entries.set(uuid, entry);
      for (const key of keys) index.set(key, [...(index.get(key) ?? []), uuid]);
    }
  };

  const routes = async (baseUrl: string): Promise<LoopbackRoute[]> => {
    const log = await initializeTLog(baseUrl, keyPair);
    const recordingLog: TLog = {
      publicKey: log.publicKey,
      async log(proposed) {
        const entry = proposed as ProposedEntry;
        const logged = (await log.log(storedBody(entry))) as LogEntries;
        remember(logged, searchKeys(entry));
        return logged;
      },
    };
    return [
      postRoute(rekorHandler(recordingLog)),
      {
        method: 'POST',
        path: RETRIEVE_INDEX_PATH,
        reply: ({ body }) => {
          const hash = (JSON.parse(body) as { hash?: string }).hash ?? '';
          const digest = HASH_QUERY.exec(hash)?.[1];
          if (!digest) return jsonReply(422, { code: 422, message: `unsupported query: ${body}` });
          return jsonReply(200, index.get(`sha256:${digest.toLowerCase()}`) ?? []);
        },
      },
      {
        method: 'GET',
        path: ENTRY_PATH,
        reply: ({ path }) => {
          const uuid = ENTRY_PATH.exec(path)?.[1] ?? '';
          const entry = entries.get(uuid);
          return entry
            ? jsonReply(200, { [uuid]: entry })
            : jsonReply(404, { code: 404, message: `entry ${uuid} not found` });
        },
      },
    ];
  };

  return startLoopbackServer(routes).then((server) => ({
    ...server,
    publicKey: keyPair.publicKey.export({ format: 'der', type: 'spki' }),
  }));
}
