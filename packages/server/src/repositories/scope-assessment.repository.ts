import type { DbOrTrx } from '../db/database.ts';
import type { ScopeAssessmentRow, ScopeAssessmentsTable } from '../db/schema-scope.ts';

export interface NewScopeAssessment {
  org_id: string;
  input: Record<string, unknown>;
  result: Record<string, unknown>;
  outcome: ScopeAssessmentsTable['outcome'];
  entity_type_ref: string;
  eu_classification: ScopeAssessmentsTable['eu_classification'];
  nl_classification: ScopeAssessmentsTable['nl_classification'];
  rules_version: string;
  actor_type: ScopeAssessmentsTable['actor_type'];
  actor_id: string | null;
  actor_label: string;
}

export async function insertScopeAssessment(db: DbOrTrx, row: NewScopeAssessment): Promise<ScopeAssessmentRow> {
  return db
    .insertInto('scope_assessments')
    .values({ ...row, input: JSON.stringify(row.input), result: JSON.stringify(row.result) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findScopeAssessment(
  db: DbOrTrx,
  orgId: string,
  id: string,
): Promise<ScopeAssessmentRow | undefined> {
  return db
    .selectFrom('scope_assessments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// The history never needs the (large) result documents, so they are left out of the page.
const SUMMARY_COLUMNS = [
  'org_id',
  'id',
  'outcome',
  'entity_type_ref',
  'eu_classification',
  'nl_classification',
  'rules_version',
  'actor_type',
  'actor_id',
  'actor_label',
  'created_at',
] as const;
export type ScopeAssessmentSummaryRow = Pick<ScopeAssessmentRow, (typeof SUMMARY_COLUMNS)[number]>;

/** Newest first; id breaks ties so paging is stable. */
export async function listScopeAssessments(
  db: DbOrTrx,
  orgId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: ScopeAssessmentSummaryRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('scope_assessments')
      .select(SUMMARY_COLUMNS)
      .where('org_id', '=', orgId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('scope_assessments')
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .where('org_id', '=', orgId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function findLatestScopeAssessmentRow(
  db: DbOrTrx,
  orgId: string,
): Promise<ScopeAssessmentRow | undefined> {
  return db
    .selectFrom('scope_assessments')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
