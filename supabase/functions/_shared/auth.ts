import { problem } from './http.ts';

/**
 * With verify_jwt the gateway has already checked that the bearer is a JWT signed for this project,
 * but an anon key passes that check too: these functions need the service-role key itself.
 */
export function requireServiceRole(request: Request): Response | null {
  const expected = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY');
  const header = request.headers.get('authorization');
  if (!header) return problem(401, 'Missing authorization header');
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
  if (!expected || !sameText(token, expected)) return problem(401, 'Invalid JWT: the service role key is required');
  return null;
}

/** Constant-time comparison, so response times do not reveal the key byte by byte. */
function sameText(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let difference = left.length ^ right.length;
  for (let i = 0; i < Math.max(left.length, right.length); i++) difference |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return difference === 0;
}
