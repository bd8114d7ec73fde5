import type { DbOrTrx } from '../db/database.ts';
import type { AssetRow } from '../db/schema-incidents.ts';
import type { RiskScenarioRow } from '../db/schema-risk.ts';

export async function listRiskScenarios(db: DbOrTrx, orgId: string): Promise<RiskScenarioRow[]> {
  return db.selectFrom('risk_scenarios').selectAll().where('org_id', '=', orgId).orderBy('title').execute();
}

export async function findRiskScenario(db: DbOrTrx, orgId: string, id: string): Promise<RiskScenarioRow | undefined> {
  return db
    .selectFrom('risk_scenarios')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findRiskScenariosByIds(
  db: DbOrTrx,
  orgId: string,
  ids: readonly string[],
): Promise<RiskScenarioRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('risk_scenarios').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

export async function insertRiskScenario(
  db: DbOrTrx,
  orgId: string,
  v: { title: string; description: string; threat_id: string },
): Promise<RiskScenarioRow> {
  return db
    .insertInto('risk_scenarios')
    .values({ org_id: orgId, ...v })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateRiskScenario(
  db: DbOrTrx,
  orgId: string,
  id: string,
  v: Partial<{ title: string; description: string; threat_id: string }>,
): Promise<RiskScenarioRow> {
  return db
    .updateTable('risk_scenarios')
    .set({ ...v, updated_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces the assets a scenario hits. */
export async function setRiskScenarioAssets(
  db: DbOrTrx,
  orgId: string,
  scenarioId: string,
  assetIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('risk_scenario_assets')
    .where('org_id', '=', orgId)
    .where('scenario_id', '=', scenarioId)
    .execute();
  if (assetIds.length === 0) return;
  await db
    .insertInto('risk_scenario_assets')
    .values([...new Set(assetIds)].map((asset_id) => ({ org_id: orgId, scenario_id: scenarioId, asset_id })))
    .execute();
}

/** The assets of each scenario, by scenario id. */
export async function listRiskScenarioAssets(
  db: DbOrTrx,
  orgId: string,
  scenarioIds: readonly string[],
): Promise<Map<string, AssetRow[]>> {
  const result = new Map<string, AssetRow[]>();
  if (scenarioIds.length === 0) return result;
  const rows = await db
    .selectFrom('risk_scenario_assets as sa')
    .innerJoin('assets as a', (j) => j.onRef('a.org_id', '=', 'sa.org_id').onRef('a.id', '=', 'sa.asset_id'))
    .selectAll('a')
    .select('sa.scenario_id')
    .where('sa.org_id', '=', orgId)
    .where('sa.scenario_id', 'in', scenarioIds)
    .orderBy('a.name')
    .execute();
  for (const { scenario_id, ...asset } of rows) {
    const list = result.get(scenario_id) ?? [];
    list.push(asset);
    result.set(scenario_id, list);
  }
  return result;
}

/** The organisation's first asset whose name matches one of the patterns (ILIKE), in pattern order. */
export async function findAssetByNamePatterns(
  db: DbOrTrx,
  orgId: string,
  patterns: readonly string[],
): Promise<AssetRow | undefined> {
  for (const pattern of patterns) {
    const row = await db
      .selectFrom('assets')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('name', 'ilike', pattern)
      .orderBy('crown_jewel', 'desc')
      .orderBy('name')
      .executeTakeFirst();
    if (row) return row;
  }
  return undefined;
}

export async function countRiskScenarios(db: DbOrTrx, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('risk_scenarios')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
