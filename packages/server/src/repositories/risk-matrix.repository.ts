import type { DbOrTrx } from '../db/database.ts';

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
