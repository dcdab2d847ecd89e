import { startPostgres, type PostgresServer } from '../postgres.js';
import { startDenoFunction, type DenoFunction } from './deno-function.js';
import { startFunctionsRouter, type FunctionsRouter } from './functions-router.js';
import { signJwt } from './jwt.js';
import { applyMigrations } from './migrations.js';

const JWT_SECRET = 'local-jwt-secret-with-at-least-32-characters';
const legacyKey = (role: string) => signJwt(JWT_SECRET, { iss: 'supabase-demo', role, exp: 1983812996 });

export interface SupabaseStack {
  readonly postgres: PostgresServer;
  readonly router: FunctionsRouter;
  /** The project URL for supabase-js. */
  readonly url: string;
  readonly serviceRoleKey: string;
  readonly anonKey: string;
  /** Signed by another project: the gateway refuses it. */
  readonly foreignKey: string;
  stop(): Promise<void>;
}

/**
 * A local Supabase project made of real parts: PostgreSQL with supabase/migrations applied, both edge
 * functions under Deno with the environment Supabase gives them, and the functions gateway in front.
 */
export async function startSupabaseStack(options: { slackWebhookUrl?: string } = {}): Promise<SupabaseStack> {
  const postgres = await startPostgres();
  const started: DenoFunction[] = [];
  try {
    await applyMigrations(postgres.url);
    const keys = { serviceRoleKey: legacyKey('service_role'), anonKey: legacyKey('anon') };
    const env = {
      SUPABASE_DB_URL: postgres.url,
      SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
      SUPABASE_ANON_KEY: keys.anonKey,
      ...(options.slackWebhookUrl ? { OPS_SLACK_WEBHOOK_URL: options.slackWebhookUrl } : {}),
    };
    started.push(
      ...(await Promise.all(
        ['provenance-validate', 'ops-slack-notify'].map((name) => startDenoFunction(name, env)),
      )),
    );
    const router = await startFunctionsRouter(
      Object.fromEntries(started.map((f) => [f.name, f.url])),
      JWT_SECRET,
    );
    return {
      postgres,
      router,
      url: router.url,
      ...keys,
      foreignKey: signJwt('another-projects-secret-of-32-characters', {
        iss: 'supabase-demo',
        role: 'service_role',
        exp: 1983812996,
      }),
      stop: async () => {
        await router.stop();
        await Promise.all(started.map((f) => f.stop()));
        await postgres.stop();
      },
    };
  } catch (error) {
    await Promise.all(started.map((f) => f.stop()));
    await postgres.stop();
    throw error;
  }
}
