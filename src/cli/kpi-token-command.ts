import { z } from 'zod';
import { GuardError } from '../core/errors/index.js';
import { redactText } from '../core/redaction/index.js';
import { text } from '../commands/verify/index.js';
import { EXIT, type CommandResult } from './exit.js';
import { parseCommandArgs } from './args.js';
import { parseCliInputs } from './cli-inputs.js';
import { KPI_TOKEN_FLAGS } from './flags.js';

const repository = text.regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be OWNER/NAME');
const CreateSchema = z.object({
  repository,
  days: z.coerce.number().int().min(1).max(366),
  databaseUrl: text,
});
const RevokeSchema = z.object({ id: z.coerce.number().int().positive(), databaseUrl: text });
const FLAG: Record<string, string> = {
  repository: '--repository',
  days: '--days (1 to 366)',
  id: '--id',
  databaseUrl: '--db-url (or SUPABASE_DB_URL)',
};
const nameOf = (field: string) => FLAG[field] ?? field;

/**
 * `kpi token create --repository OWNER/NAME [--days N]` and `kpi token revoke --id ID`, both through
 * `--db-url`.
 */
export async function runKpiToken(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const [sub, ...rest] = argv;
  if (sub !== 'create' && sub !== 'revoke')
    throw new GuardError(
      'input_invalid',
      `kpi token needs a subcommand: create or revoke (got ${sub ?? 'nothing'})`,
    );
  const { values } = parseCommandArgs(KPI_TOKEN_FLAGS, rest);
  const databaseUrl = values['db-url'] ?? env.SUPABASE_DB_URL ?? '';
  const secrets = databaseUrlSecrets(databaseUrl);
  const failed = (error: Error): never => {
    throw new GuardError(
      'input_invalid',
      `cannot ${sub} the ingest token: ${redactText(error.message, secrets)}`,
      { cause: error },
    );
  };
  if (sub === 'create') {
    const inputs = parseCliInputs(
      CreateSchema,
      { repository: values.repository ?? '', days: values.days ?? '90', databaseUrl },
      nameOf,
    );
    const created = await (
      await ingestTokens()
    )
      .createIngestToken(inputs.databaseUrl, inputs.repository, inputs.days)
      .catch(failed);
    // Printed unredacted: the token is what this command exists to hand over, and nothing else here is
    // secret.
    const stdout = values.json
      ? JSON.stringify(created, null, 2)
      : [
          `ingest token ${created.id} for ${created.repository}, valid until ${created.expiresAt}:`,
          created.token,
          `It is shown only this once: store it as the KPI_INGEST_TOKEN secret; revoke it with kpi token revoke --id ${created.id}.`,
        ].join('\n');
    return { exitCode: 0, stdout };
  }
  const inputs = parseCliInputs(RevokeSchema, { id: values.id ?? '', databaseUrl }, nameOf);
  const revoked = await (await ingestTokens()).revokeIngestToken(inputs.databaseUrl, inputs.id).catch(failed);
  const stdout = values.json
    ? JSON.stringify({ id: inputs.id, revoked })
    : `ingest token ${inputs.id} ${revoked ? 'revoked' : 'was unknown or revoked already'}`;
  return { exitCode: revoked ? 0 : EXIT.rejected, stdout };
}

/** Loaded on use so the other kpi subcommands do not pay for the database driver. */
const ingestTokens = () => import('../adapters/kpi/ingest-tokens.js');

/** The database URL and its password, as they may appear in a driver's error message. */
export function databaseUrlSecrets(databaseUrl: string): string[] {
  return [databaseUrl, URL.canParse(databaseUrl) ? decodeURIComponent(new URL(databaseUrl).password) : ''];
}
