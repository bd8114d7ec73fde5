// Names for the subjects of audit events, so people read "INC-2026-0003 Ransomware" instead of an id.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SubjectRef {
  subjectType: string;
  subjectId: string | null;
}

export const subjectKey = (type: string, id: string) => `${type}/${id}`;

/** Where each kind of subject keeps its name; users belong to no organisation. */
const SUBJECT_NAMES = [
  { types: ['incident'], table: 'incidents', label: sql<string>`reference || ' ' || title`, tenant: true },
  { types: ['asset'], table: 'assets', label: sql<string>`name`, tenant: true },
  { types: ['risk'], table: 'risks', label: sql<string>`title`, tenant: true },
  { types: ['risk-scenario'], table: 'risk_scenarios', label: sql<string>`title`, tenant: true },
  { types: ['risk-threat'], table: 'risk_threats', label: sql<string>`name`, tenant: true },
  { types: ['incident-task'], table: 'incident_tasks', label: sql<string>`title`, tenant: true },
  { types: ['api-token'], table: 'api_tokens', label: sql<string>`name`, tenant: true },
  {
    types: ['board-training'],
    table: 'board_trainings',
    label: sql<string>`person_name || ': ' || training_name`,
    tenant: true,
  },
  { types: ['board-approval'], table: 'measure_approvals', label: sql<string>`'Versie ' || version`, tenant: true },
  { types: ['invitation'], table: 'invitations', label: sql<string>`email`, tenant: true },
  { types: ['critical-role'], table: 'critical_roles', label: sql<string>`name`, tenant: true },
  { types: ['awareness-activity'], table: 'awareness_activities', label: sql<string>`title`, tenant: true },
  { types: ['exercise'], table: 'exercises', label: sql<string>`title`, tenant: true },
  // Supervision (issue 15 item 3) is audited on both sides: the supervisor's row names the entity too.
  { types: ['supervision-request'], table: 'supervision_requests', label: sql<string>`subject`, tenant: 'both' },
  {
    types: ['supervision-finding'],
    table: 'supervision_findings',
    label: sql<string>`left(observation, 80)`,
    tenant: 'both',
  },
  { types: ['user', 'member'], table: 'users', label: sql<string>`name`, tenant: false },
] as const;

/**
 * The current name of each subject the organisation's rows still hold (a deleted or unnamed subject has
 * none), one query per kind of subject on the page.
 */
export async function findSubjectLabels(
  db: DbOrTrx,
  orgId: string,
  refs: readonly SubjectRef[],
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  await Promise.all(
    SUBJECT_NAMES.map(async ({ types, table, label, tenant }) => {
      const ids = [
        ...new Set(
          refs
            .filter(
              (r) => (types as readonly string[]).includes(r.subjectType) && r.subjectId && UUID.test(r.subjectId),
            )
            .map((r) => r.subjectId!),
        ),
      ];
      if (ids.length === 0) return;
      let q = db
        .selectFrom(table)
        .select([sql<string>`id`.as('id'), label.as('label')])
        .where(sql`id`, 'in', ids);
      if (tenant === 'both') q = q.where(sql<boolean>`org_id = ${orgId} OR entity_org_id = ${orgId}`);
      else if (tenant) q = q.where(sql`org_id`, '=', orgId);
      for (const row of await q.execute()) for (const type of types) labels.set(subjectKey(type, row.id), row.label);
    }),
  );
  return labels;
}

/** Everyone and everything that acted in the organisation's trail, with the latest label each had. */
export async function listAuditActors(
  db: DbOrTrx,
  orgId: string,
): Promise<{ actor_id: string; actor_type: string; actor_label: string }[]> {
  return db
    .selectFrom('audit_events')
    .select(['actor_id', 'actor_type', 'actor_label'])
    .distinctOn('actor_id')
    .where('org_id', '=', orgId)
    .where('actor_id', 'is not', null)
    .orderBy('actor_id')
    .orderBy('seq', 'desc')
    .execute() as Promise<{ actor_id: string; actor_type: string; actor_label: string }[]>;
}

/** The kinds of subject the organisation's trail holds. */
export async function listAuditSubjectTypes(db: DbOrTrx, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select('subject_type')
    .distinct()
    .where('org_id', '=', orgId)
    .orderBy('subject_type')
    .execute();
  return rows.map((r) => r.subject_type);
}
