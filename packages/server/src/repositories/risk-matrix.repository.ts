import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.ts';

/**
 * Holds the organisation's matrix until the transaction ends: `change` (exclusive) to replace it, `keep`
 * (shared) to score a risk on it. A matrix can then not shrink under a risk being scored: the change
 * waits, and then sees the new scores among the levels in use. An advisory lock, because an organisation
 * on the default matrix has no row to lock.
 */
export async function lockRiskMatrix(trx: Trx, orgId: string, mode: 'change' | 'keep'): Promise<void> {
  const key = sql`hashtextextended(${`risk-matrix:${orgId}`}, 0)`;
  await (
    mode === 'change' ? sql`SELECT pg_advisory_xact_lock(${key})` : sql`SELECT pg_advisory_xact_lock_shared(${key})`
  ).execute(trx);
}

/** The organisation's own matrix as stored (validated by the caller), or undefined while it uses the default. */
export async function findRiskMatrixConfig(db: DbOrTrx, orgId: string): Promise<unknown> {
  const row = await db.selectFrom('risk_matrices').select('config').where('org_id', '=', orgId).executeTakeFirst();
  return row?.config;
}

export async function upsertRiskMatrixConfig(db: DbOrTrx, orgId: string, config: unknown, at: Date): Promise<void> {
  await db
    .insertInto('risk_matrices')
    .values({ org_id: orgId, config: JSON.stringify(config), updated_at: at })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ config: JSON.stringify(config), updated_at: at }))
    .execute();
}

/** The highest levels and the impact dimensions the organisation's risks use, so a new matrix can hold them. */
export async function riskLevelsInUse(
  db: DbOrTrx,
  orgId: string,
): Promise<{ likelihood: number; impact: number; dimensions: string[] }> {
  const rows = await db
    .selectFrom('risks')
    .select(['inherent_likelihood', 'inherent_impacts'])
    .where('org_id', '=', orgId)
    .execute();
  let likelihood = 0;
  let impact = 0;
  const dimensions = new Set<string>();
  for (const r of rows) {
    likelihood = Math.max(likelihood, r.inherent_likelihood);
    for (const [key, value] of Object.entries(r.inherent_impacts)) {
      impact = Math.max(impact, value);
      dimensions.add(key);
    }
  }
  return { likelihood, impact, dimensions: [...dimensions] };
}
