import { createHmac, timingSafeEqual } from 'node:crypto';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An HS256 JWT, like the legacy anon and service_role keys a Supabase project is given. */
export function signJwt(secret: string, claims: Record<string, unknown>): string {
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** The gateway's verify_jwt check: an HS256 signature by the project's secret, not expired. */
export function isValidJwt(secret: string, token: string, now = Date.now()): boolean {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || signature === undefined) return false;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  try {
    const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string };
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp?: number };
    return alg === 'HS256' && (exp === undefined || exp * 1000 > now);
  } catch {
    return false;
  }
}
