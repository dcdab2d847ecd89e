import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

export const SUPABASE_DIR = fileURLToPath(new URL('../../../supabase/', import.meta.url));
const MIGRATIONS = new URL('../../../supabase/migrations/', import.meta.url);

/** Applies supabase/migrations/*.sql in name order, as `supabase db push` does; returns the file names. */
export async function applyMigrations(url: string): Promise<string[]> {
  const files = readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    for (const file of files) await sql.unsafe(readFileSync(new URL(file, MIGRATIONS), 'utf8'));
  } finally {
    await sql.end();
  }
  return files;
}
