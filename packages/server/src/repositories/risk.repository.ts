import type { DbOrTrx } from '../db/database.ts';
import type { RiskRow } from '../db/schema-risk.ts';

export interface RiskValues {
  scenario_id: string;
  title: string;
  owner: string | null;
  inherent_likelihood: number;
  inherent_impacts: Record<string, number>;
  existing_measures: { ref: string; title: string }[];
  residual_likelihood: number | null;
  residual_impacts: Record<string, number> | null;
  treatment_strategy: RiskRow['treatment_strategy'];
  treatment_owner: string | null;
  treatment_due_on: string | null;
  treatment_justification: string | null;
  accepted_by: string | null;
  accepted_by_name: string | null;
  accepted_at: Date | null;
  last_reviewed_on: string;
  next_review_on: string;
}

const json = (v: Partial<RiskValues>) => ({
  ...v,
  ...(v.inherent_impacts !== undefined ? { inherent_impacts: JSON.stringify(v.inherent_impacts) } : {}),
  ...(v.existing_measures !== undefined ? { existing_measures: JSON.stringify(v.existing_measures) } : {}),
  ...(v.residual_impacts !== undefined
    ? { residual_impacts: v.residual_impacts === null ? null : JSON.stringify(v.residual_impacts) }
    : {}),
});

export async function listRisks(db: DbOrTrx, orgId: string): Promise<RiskRow[]> {
  return db.selectFrom('risks').selectAll().where('org_id', '=', orgId).orderBy('created_at').execute();
}

export async function findRisk(db: DbOrTrx, orgId: string, id: string): Promise<RiskRow | undefined> {
  return db.selectFrom('risks').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function insertRisk(db: DbOrTrx, orgId: string, v: RiskValues): Promise<RiskRow> {
  return db
    .insertInto('risks')
    .values({
      org_id: orgId,
      ...(json(v) as Omit<typeof v, 'inherent_impacts' | 'existing_measures' | 'residual_impacts'> & {
        inherent_impacts: string;
        existing_measures: string;
        residual_impacts: string | null;
      }),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateRisk(db: DbOrTrx, orgId: string, id: string, v: Partial<RiskValues>): Promise<RiskRow> {
  return db
    .updateTable('risks')
    .set({ ...(json(v) as Record<string, unknown>), updated_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
