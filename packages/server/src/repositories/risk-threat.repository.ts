import type { DbOrTrx } from '../db/database.ts';
import type { RiskThreatRow } from '../db/schema-risk.ts';

export interface RiskThreatValues {
  theme: string;
  nature: RiskThreatRow['nature'];
  name: string;
  description: string;
  typical_scenarios: string[];
}

export async function listRiskThreats(db: DbOrTrx, orgId: string): Promise<RiskThreatRow[]> {
  return db.selectFrom('risk_threats').selectAll().where('org_id', '=', orgId).orderBy('name').execute();
}

export async function findRiskThreat(db: DbOrTrx, orgId: string, id: string): Promise<RiskThreatRow | undefined> {
  return db.selectFrom('risk_threats').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findRiskThreatByName(
  db: DbOrTrx,
  orgId: string,
  name: string,
): Promise<RiskThreatRow | undefined> {
  return db
    .selectFrom('risk_threats')
    .selectAll()
    .where('org_id', '=', orgId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

export async function insertRiskThreat(db: DbOrTrx, orgId: string, v: RiskThreatValues): Promise<RiskThreatRow> {
  return db
    .insertInto('risk_threats')
    .values({ org_id: orgId, ...v, typical_scenarios: JSON.stringify(v.typical_scenarios) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateRiskThreat(
  db: DbOrTrx,
  orgId: string,
  id: string,
  v: Partial<RiskThreatValues>,
): Promise<RiskThreatRow> {
  const { typical_scenarios, ...rest } = v;
  return db
    .updateTable('risk_threats')
    .set({
      ...rest,
      ...(typical_scenarios !== undefined ? { typical_scenarios: JSON.stringify(typical_scenarios) } : {}),
      updated_at: new Date(),
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
