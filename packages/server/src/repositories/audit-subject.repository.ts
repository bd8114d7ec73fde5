// Names for the subjects of audit events, so people read "INC-2026-0003 Ransomware" instead of an id.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SubjectRef {
  subjectType: string;
  subjectId: string | null;
}

export const subjectKey = (type: string, id: string) => `${type}/${id}`;

/**
 * The current name of each subject the organisation's rows still hold (a deleted or unnamed subject has
 * none), one query per kind of subject. Users belong to no organisation: their name is the label.
 */
export async function findSubjectLabels(
  db: DbOrTrx,
  orgId: string,
  refs: readonly SubjectRef[],
): Promise<Map<string, string>> {
  const idsOf = (...types: string[]) => [
    ...new Set(
      refs
        .filter((r) => types.includes(r.subjectType) && r.subjectId !== null && UUID.test(r.subjectId))
        .map((r) => r.subjectId!),
    ),
  ];
  const labels = new Map<string, string>();
  const put = (types: string[], rows: readonly { id: string; label: string }[]) => {
    for (const row of rows) for (const type of types) labels.set(subjectKey(type, row.id), row.label);
  };
  const incidents = idsOf('incident');
  const assets = idsOf('asset');
  const tasks = idsOf('incident-task');
  const tokens = idsOf('api-token');
  const invitations = idsOf('invitation');
  const users = idsOf('user', 'member');
  await Promise.all([
    incidents.length &&
      db
        .selectFrom('incidents')
        .select(['id', sql<string>`reference || ' ' || title`.as('label')])
        .where('org_id', '=', orgId)
        .where('id', 'in', incidents)
        .execute()
        .then((rows) => put(['incident'], rows)),
    assets.length &&
      db
        .selectFrom('assets')
        .select(['id', 'name as label'])
        .where('org_id', '=', orgId)
        .where('id', 'in', assets)
        .execute()
        .then((rows) => put(['asset'], rows)),
    tasks.length &&
      db
        .selectFrom('incident_tasks')
        .select(['id', 'title as label'])
        .where('org_id', '=', orgId)
        .where('id', 'in', tasks)
        .execute()
        .then((rows) => put(['incident-task'], rows)),
    tokens.length &&
      db
        .selectFrom('api_tokens')
        .select(['id', 'name as label'])
        .where('org_id', '=', orgId)
        .where('id', 'in', tokens)
        .execute()
        .then((rows) => put(['api-token'], rows)),
    invitations.length &&
      db
        .selectFrom('invitations')
        .select(['id', 'email as label'])
        .where('org_id', '=', orgId)
        .where('id', 'in', invitations)
        .execute()
        .then((rows) => put(['invitation'], rows)),
    users.length &&
      db
        .selectFrom('users')
        .select(['id', 'name as label'])
        .where('id', 'in', users)
        .execute()
        .then((rows) => put(['user', 'member'], rows)),
  ]);
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
