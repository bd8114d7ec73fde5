// Requests for information and crisis communication (issue 16 items 3-4; docs/DELIVERY.md "Authority → entity").
// Authority side: crisis_requests and their recipients (org_id = the authority). Entity side: authority_messages
// and the pull schedule (org_id = the entity). The suggestion reads the authority's registry, its campaign
// index and the advisory matches of its own advisories (advisory_alerts.advisory_org_id = the authority).
import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.ts';
import type {
  AuthorityMessageRow,
  CrisisRequestRecipientRow,
  CrisisRequestRow,
  CrisisRequestsTable,
  AuthorityMessagesTable,
} from '../db/schema-crisis-requests.ts';
import type { Insertable } from 'kysely';

// ---- Authority side

export async function insertCrisisRequest(trx: Trx, row: Insertable<CrisisRequestsTable>): Promise<void> {
  await trx.insertInto('crisis_requests').values(row).execute();
}

export async function findCrisisRequest(db: DbOrTrx, orgId: string, id: string): Promise<CrisisRequestRow | undefined> {
  return db
    .selectFrom('crisis_requests')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listCrisisRequestRows(
  db: DbOrTrx,
  orgId: string,
  crisisId: string | null | undefined,
): Promise<CrisisRequestRow[]> {
  let q = db.selectFrom('crisis_requests').selectAll().where('org_id', '=', orgId);
  if (crisisId) q = q.where('crisis_id', '=', crisisId);
  return q.orderBy('sent_at', 'desc').orderBy('id').limit(500).execute();
}

export async function insertRecipients(
  trx: Trx,
  rows: readonly { org_id: string; request_id: string; entity_id: string; entity_name: string; message_id: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await trx
      .insertInto('crisis_request_recipients')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export async function listRecipients(
  db: DbOrTrx,
  orgId: string,
  requestIds: readonly string[],
): Promise<CrisisRequestRecipientRow[]> {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('crisis_request_recipients')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('request_id', 'in', requestIds)
    .orderBy('entity_name')
    .execute();
}

export interface RecipientCounts {
  request_id: string;
  recipients: number;
  delivered: number;
  read: number;
  answered: number;
  affected: number;
}

export async function countRecipients(
  db: DbOrTrx,
  orgId: string,
  requestIds: readonly string[],
  now: Date,
): Promise<Map<string, RecipientCounts & { overdue: number }>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('crisis_request_recipients as r')
    .innerJoin('crisis_requests as q', (j) => j.onRef('q.org_id', '=', 'r.org_id').onRef('q.id', '=', 'r.request_id'))
    .select([
      'r.request_id',
      sql<number>`count(*)::int`.as('recipients'),
      sql<number>`count(r.delivered_at)::int`.as('delivered'),
      sql<number>`count(r.read_at)::int`.as('read'),
      sql<number>`count(r.answered_at)::int`.as('answered'),
      sql<number>`count(*) FILTER (WHERE r.answer->>'affected' = 'yes')::int`.as('affected'),
      sql<number>`count(*) FILTER (WHERE q.kind = 'information-request' AND r.answered_at IS NULL
        AND q.due_at IS NOT NULL AND q.due_at < ${now})::int`.as('overdue'),
    ])
    .where('r.org_id', '=', orgId)
    .where('r.request_id', 'in', requestIds)
    .groupBy('r.request_id')
    .execute();
  return new Map(rows.map((r) => [r.request_id, r]));
}

/** What an entity installation has not confirmed yet, oldest first. */
export async function listUndelivered(
  db: DbOrTrx,
  orgId: string,
  entityId: string,
  limit: number,
): Promise<(CrisisRequestRecipientRow & CrisisRequestRow)[]> {
  return db
    .selectFrom('crisis_request_recipients as r')
    .innerJoin('crisis_requests as q', (j) => j.onRef('q.org_id', '=', 'r.org_id').onRef('q.id', '=', 'r.request_id'))
    .selectAll(['r', 'q'])
    .where('r.org_id', '=', orgId)
    .where('r.entity_id', '=', entityId)
    .where('r.delivered_at', 'is', null)
    .orderBy('q.sent_at')
    .orderBy('r.message_id')
    .limit(limit)
    .execute();
}

/** Marks messages as stored (or read) by the entity; the first confirmation counts. Returns how many changed. */
export async function confirmMessages(
  trx: Trx,
  orgId: string,
  entityId: string,
  messageIds: readonly string[],
  column: 'delivered_at' | 'read_at',
  at: Date,
): Promise<number> {
  if (messageIds.length === 0) return 0;
  const result = await trx
    .updateTable('crisis_request_recipients')
    .set(
      column === 'read_at'
        ? { read_at: at, delivered_at: sql<Date>`coalesce(delivered_at, ${at})` }
        : { delivered_at: at },
    )
    .where('org_id', '=', orgId)
    .where('entity_id', '=', entityId)
    .where('message_id', 'in', messageIds)
    .where(column, 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Keeps an entity's answer on its recipient row: the newest answer (by answeredAt) wins. */
export async function storeAnswer(
  trx: Trx,
  orgId: string,
  entityId: string,
  messageId: string,
  answer: Record<string, unknown> & { answeredAt: string },
  submissionId: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('crisis_request_recipients')
    .set({
      answer: JSON.stringify(answer),
      answered_at: new Date(answer.answeredAt),
      answer_submission_id: submissionId,
      delivered_at: sql<Date>`coalesce(delivered_at, ${new Date(answer.answeredAt)})`,
      read_at: sql<Date>`coalesce(read_at, ${new Date(answer.answeredAt)})`,
    })
    .where('org_id', '=', orgId)
    .where('entity_id', '=', entityId)
    .where('message_id', '=', messageId)
    .where((eb) => eb.or([eb('answered_at', 'is', null), eb('answered_at', '<=', new Date(answer.answeredAt))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface RegistryCandidateRow {
  entity_id: string;
  name: string;
  sectors: string[];
  province: string | null;
}

export async function listRegistryCandidates(
  db: DbOrTrx,
  orgId: string,
  entityIds?: readonly string[],
): Promise<RegistryCandidateRow[]> {
  let q = db
    .selectFrom('registry_entities')
    .select(['entity_id', 'name', 'sectors', 'province'])
    .where('org_id', '=', orgId);
  if (entityIds) {
    if (entityIds.length === 0) return [];
    q = q.where('entity_id', 'in', entityIds);
  }
  return q.orderBy('name').execute();
}

/** Senders whose received reports carry one of these indicator values (the campaign index). */
export async function entitiesByObservables(
  db: DbOrTrx,
  orgId: string,
  values: readonly string[],
): Promise<{ entity_id: string; value: string }[]> {
  if (values.length === 0) return [];
  return db
    .selectFrom('campaign_observations')
    .select(['sender_org_id as entity_id', 'indicator_value as value'])
    .distinct()
    .where('org_id', '=', orgId)
    .where(
      sql<string>`lower(indicator_value)`,
      'in',
      values.map((v) => v.toLowerCase()),
    )
    .execute();
}

/** Organisations whose inventory matched a product of this authority's advisory (advisory matching). */
export async function entitiesByAdvisory(
  db: DbOrTrx,
  authorityOrgId: string,
  advisoryId: string,
): Promise<{ entity_id: string; tracking_id: string }[]> {
  return db
    .selectFrom('advisory_alerts as a')
    .innerJoin('csaf_advisories as c', (j) =>
      j.onRef('c.org_id', '=', 'a.advisory_org_id').onRef('c.id', '=', 'a.advisory_id'),
    )
    .select(['a.org_id as entity_id', 'c.tracking_id'])
    .distinct()
    .where('a.advisory_org_id', '=', authorityOrgId)
    .where('a.advisory_id', '=', advisoryId)
    .execute();
}

/** Members of the authority's own communities (owner_org_id = the authority). */
export async function communityMemberIds(
  db: DbOrTrx,
  authorityOrgId: string,
  communityIds: readonly string[],
): Promise<string[]> {
  if (communityIds.length === 0) return [];
  const rows = await db
    .selectFrom('community_members as m')
    .innerJoin('communities as c', 'c.id', 'm.community_id')
    .select('m.org_id')
    .distinct()
    .where('c.owner_org_id', '=', authorityOrgId)
    .where('c.id', 'in', communityIds)
    .execute();
  return rows.map((r) => r.org_id);
}

// ---- Entity side

/** Stores pulled messages; a message already stored is not stored again. Returns the ids that are new. */
export async function insertAuthorityMessages(
  trx: Trx,
  rows: readonly Insertable<AuthorityMessagesTable>[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await trx
    .insertInto('authority_messages')
    .values([...rows])
    .onConflict((oc) => oc.columns(['org_id', 'id']).doNothing())
    .returning('id')
    .execute();
  return inserted.map((r) => r.id);
}

/** What the authority has not been told yet: stored messages and opened ones. */
export async function listUnreported(
  db: DbOrTrx,
  orgId: string,
  recipient: SubmissionRecipient,
): Promise<{ delivered: string[]; read: string[] }> {
  const rows = await db
    .selectFrom('authority_messages')
    .select(['id', 'delivered_reported', 'read_reported'])
    .where('org_id', '=', orgId)
    .where('recipient', '=', recipient)
    .where((eb) => eb.or([eb('delivered_reported', '=', false), eb('read_reported', '=', false)]))
    .limit(1000)
    .execute();
  return {
    delivered: rows.filter((r) => !r.delivered_reported).map((r) => r.id),
    read: rows.filter((r) => !r.read_reported).map((r) => r.id),
  };
}

export async function markReported(
  trx: Trx,
  orgId: string,
  delivered: readonly string[],
  read: readonly string[],
): Promise<void> {
  if (delivered.length > 0)
    await trx
      .updateTable('authority_messages')
      .set({ delivered_reported: true })
      .where('org_id', '=', orgId)
      .where('id', 'in', delivered)
      .execute();
  if (read.length > 0)
    await trx
      .updateTable('authority_messages')
      .set({ read_reported: true })
      .where('org_id', '=', orgId)
      .where('id', 'in', read)
      .execute();
}

export async function listAuthorityMessages(db: DbOrTrx, orgId: string): Promise<AuthorityMessageRow[]> {
  return db
    .selectFrom('authority_messages')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('sent_at', 'desc')
    .orderBy('id')
    .limit(500)
    .execute();
}

export async function findAuthorityMessage(
  db: DbOrTrx,
  orgId: string,
  id: string,
): Promise<AuthorityMessageRow | undefined> {
  return db
    .selectFrom('authority_messages')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function lockAuthorityMessage(
  trx: Trx,
  orgId: string,
  id: string,
): Promise<AuthorityMessageRow | undefined> {
  return trx
    .selectFrom('authority_messages')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function markMessageRead(trx: Trx, orgId: string, id: string, at: Date): Promise<boolean> {
  const result = await trx
    .updateTable('authority_messages')
    .set({ read_at: at, read_reported: false })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setMessageAnswer(
  trx: Trx,
  orgId: string,
  id: string,
  answer: Record<string, unknown>,
  submissionId: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('authority_messages')
    .set({
      answer: JSON.stringify(answer),
      answer_submission_id: submissionId,
      answered_at: at,
      read_at: sql<Date>`coalesce(read_at, ${at})`,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** The pull schedule of one delivery target: the round of the next planned pull. */
export async function lockPullRound(trx: Trx, orgId: string, recipient: SubmissionRecipient): Promise<number> {
  await trx
    .insertInto('authority_message_pulls')
    .values({ org_id: orgId, recipient })
    .onConflict((oc) => oc.columns(['org_id', 'recipient']).doNothing())
    .execute();
  const row = await trx
    .selectFrom('authority_message_pulls')
    .select('round')
    .where('org_id', '=', orgId)
    .where('recipient', '=', recipient)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.round;
}

export async function savePull(
  trx: Trx,
  orgId: string,
  recipient: SubmissionRecipient,
  values: { round?: number; last_pulled_at?: Date; last_error?: string | null },
): Promise<void> {
  await trx
    .updateTable('authority_message_pulls')
    .set(values)
    .where('org_id', '=', orgId)
    .where('recipient', '=', recipient)
    .execute();
}

/** The answer submission's delivery status per message (the outbox rows of the answers). */
export async function answerDeliveries(
  db: DbOrTrx,
  orgId: string,
  submissionIds: readonly string[],
): Promise<Map<string, 'pending' | 'delivered' | 'failed'>> {
  if (submissionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('submissions_outbox')
    .select(['id', 'status'])
    .where('org_id', '=', orgId)
    .where('id', 'in', submissionIds)
    .execute();
  return new Map(rows.map((r) => [r.id, r.status as 'pending' | 'delivered' | 'failed']));
}
