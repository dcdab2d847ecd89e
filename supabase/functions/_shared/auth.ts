import { tokenRepository } from './db.ts';
import { problem } from './http.ts';

/** Who is calling: an operator holding the service role key, or a workflow holding one repository's ingest token. */
export type Caller =
  | { readonly kind: 'operator' }
  | { readonly kind: 'repository'; readonly repository: string; readonly tokenId: number };

const INGEST_TOKEN = /^pgk_[0-9a-f]{64}$/;

/**
 * The bearer is the service role key or a live ingest token (`pgk_…`, see
 * migrations/20261125120300_kpi_ingest_tokens.sql). verify_jwt is off for these functions because an
 * ingest token is not a JWT, so this is the only check: everything else is refused with 401.
 */
export async function authenticate(request: Request): Promise<Caller | Response> {
  const header = request.headers.get('authorization');
  if (!header) return problem(401, 'Missing authorization header');
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
  if (bearer.startsWith('pgk_'))
    return INGEST_TOKEN.test(bearer) ? await ingestTokenCaller(bearer) : unknownToken();
  const expected = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY');
  if (!expected || !sameText(bearer, expected))
    return problem(401, 'Invalid JWT: the service role key or an ingest token is required');
  return { kind: 'operator' };
}

async function ingestTokenCaller(token: string): Promise<Caller | Response> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  try {
    const found = await tokenRepository(hash);
    return found ? { kind: 'repository', repository: found.repository, tokenId: found.id } : unknownToken();
  } catch (error) {
    console.error('token lookup failed:', (error as Error).message);
    return problem(503, 'The database is unavailable; retry later');
  }
}

/** Unknown, revoked and expired tokens get the same answer, so the answer tells nothing about a token. */
function unknownToken(): Response {
  return problem(401, 'Invalid token: the ingest token is unknown, revoked or expired');
}

/** Constant-time comparison, so response times do not reveal the key byte by byte. */
function sameText(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let difference = left.length ^ right.length;
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    difference |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return difference === 0;
}
