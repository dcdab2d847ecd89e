import type { z } from 'npm:zod@4';

/** A JSON answer; errors use the gateway's own `{code, message}` shape. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function problem(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return json(status, { code: status, message, ...extra });
}

/** 400 naming the first field the caller must fix, e.g. `events.3.metric`. */
export function invalid(error: z.ZodError): Response {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return problem(400, `${path || '(body)'}: ${issue?.message ?? 'invalid'}`, { path });
}

/** The request body as JSON, or the 405/400 to answer instead. */
export async function readJson(request: Request): Promise<{ body: unknown } | { error: Response }> {
  if (request.method !== 'POST') return { error: problem(405, 'Method not allowed: POST a JSON body') };
  try {
    return { body: await request.json() };
  } catch {
    return { error: problem(400, 'The body is not JSON', { path: '' }) };
  }
}
