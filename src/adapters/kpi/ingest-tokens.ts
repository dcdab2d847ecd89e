import postgres from 'postgres';

export interface CreatedIngestToken {
  readonly id: number;
  /** `pgk_` + 64 hex digits; shown once, only its SHA-256 is stored. */
  readonly token: string;
  readonly repository: string;
  readonly expiresAt: string;
}

/** kpi_auth.create_ingest_token: a token that may write `repository`'s KPI rows only, for `validDays`. */
export function createIngestToken(
  databaseUrl: string,
  repository: string,
  validDays: number,
): Promise<CreatedIngestToken> {
  return withDatabase(databaseUrl, async (sql) => {
    const [row] = await sql<{ id: string; token: string; repository: string; expires_at: Date }[]>`
      select id, token, repository, expires_at from kpi_auth.create_ingest_token(${repository}, ${validDays})`;
    return {
      id: Number(row!.id),
      token: row!.token,
      repository: row!.repository,
      expiresAt: row!.expires_at.toISOString(),
    };
  });
}

/**
 * kpi_auth.revoke_ingest_token: true when this call revoked it, false when it was unknown or revoked already.
 */
export function revokeIngestToken(databaseUrl: string, id: number): Promise<boolean> {
  return withDatabase(databaseUrl, async (sql) => {
    const [row] = await sql<{ revoked: boolean }[]>`select kpi_auth.revoke_ingest_token(${id}) as revoked`;
    return row!.revoked;
  });
}

async function withDatabase<T>(databaseUrl: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
