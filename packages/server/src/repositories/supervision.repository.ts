// Supervision (issue 15 item 3): authority kinds, the sector table, information requests with their
// messages and documents, and findings. Requests and findings belong to the supervisor (org_id); the
// addressed entity reads its own by entity_org_id (the one read across tenants, like exercise invitations).
import type { AuthorityKind, LegalBasis, RequestStatus } from '@weerbaar/core/supervision';
import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.ts';
import type {
  SectorAuthorityRow,
  SupervisionFindingRow,
  SupervisionRequestDocumentRow,
  SupervisionRequestMessageRow,
  SupervisionRequestRow,
} from '../db/schema-supervision.ts';

// ---- Authority kinds and the sector table

export async function listAuthorityKinds(db: DbOrTrx, orgId: string): Promise<AuthorityKind[]> {
  const rows = await db
    .selectFrom('authority_kinds')
    .select('kind')
    .where('org_id', '=', orgId)
    .orderBy('kind')
    .execute();
  return rows.map((r) => r.kind);
}

export async function replaceAuthorityKinds(trx: Trx, orgId: string, kinds: readonly AuthorityKind[]): Promise<void> {
  await trx.deleteFrom('authority_kinds').where('org_id', '=', orgId).execute();
  if (kinds.length > 0) {
    await trx
      .insertInto('authority_kinds')
      .values(kinds.map((kind) => ({ org_id: orgId, kind })))
      .execute();
  }
}

/** The competent authorities this organisation acts for (none: it receives for any). */
export async function listActsFor(db: DbOrTrx, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('authority_competent_authorities')
    .select('name')
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name);
}

export async function replaceActsFor(trx: Trx, orgId: string, names: readonly string[]): Promise<void> {
  await trx.deleteFrom('authority_competent_authorities').where('org_id', '=', orgId).execute();
  if (names.length > 0) {
    await trx
      .insertInto('authority_competent_authorities')
      .values(names.map((name) => ({ org_id: orgId, name })))
      .execute();
  }
}

export async function listSectorAuthorityOverrides(db: DbOrTrx, orgId: string): Promise<SectorAuthorityRow[]> {
  return db.selectFrom('supervision_sector_authorities').selectAll().where('org_id', '=', orgId).execute();
}

export async function saveSectorAuthority(
  trx: Trx,
  orgId: string,
  sector: string,
  values: { competent_authority: string | null; supervisor: string | null },
  now: Date,
): Promise<void> {
  if (values.competent_authority === null && values.supervisor === null) {
    await trx
      .deleteFrom('supervision_sector_authorities')
      .where('org_id', '=', orgId)
      .where('sector', '=', sector)
      .execute();
    return;
  }
  await trx
    .insertInto('supervision_sector_authorities')
    .values({ org_id: orgId, sector, ...values, updated_at: now })
    .onConflict((oc) => oc.columns(['org_id', 'sector']).doUpdateSet({ ...values, updated_at: now }))
    .execute();
}

// ---- The entity as the supervisor's registry knows it

export interface SupervisedEntityRow {
  entity_id: string;
  name: string;
  sectors: string[];
  classification: string | null;
  /** The entity's organisation on this installation, if it is here. */
  local_org_id: string | null;
}

/**
 * An entity of the supervisor's registry, and whether it is an organisation on this installation; else an
 * entity organisation on this installation that has not (yet) registered — supervision does not wait for
 * the registration (Cbw art. 47 is itself a duty the supervisor checks).
 */
export async function findSupervisedEntity(
  db: DbOrTrx,
  orgId: string,
  entityId: string,
): Promise<SupervisedEntityRow | undefined> {
  const registered = await findRegisteredEntity(db, orgId, entityId);
  if (registered) return registered;
  const local = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'sector'])
    .where('id', '=', entityId)
    .where('kind', '=', 'entity')
    .executeTakeFirst();
  return (
    local && {
      entity_id: local.id,
      name: local.name,
      sectors: local.sector ? [local.sector] : [],
      classification: null,
      local_org_id: local.id,
    }
  );
}

function findRegisteredEntity(db: DbOrTrx, orgId: string, entityId: string): Promise<SupervisedEntityRow | undefined> {
  return db
    .selectFrom('registry_entities as r')
    .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'r.entity_id').on('o.kind', '=', 'entity'))
    .select([
      'r.entity_id',
      'r.name',
      'r.sectors',
      (eb) => eb.fn.coalesce('r.classification_nl', 'r.classification_eu').as('classification'),
      'o.id as local_org_id',
    ])
    .where('r.org_id', '=', orgId)
    .where('r.entity_id', '=', entityId)
    .executeTakeFirst();
}

// ---- Requests

export type RequestWithNames = SupervisionRequestRow & { entity_name: string; supervisor_name: string };

// A party on another installation is no organisation here: its name is kept on the row (migration
// 20261211_0300: remote_entity_name on the supervisor's row, supervisor_name on the entity's pulled copy).
function requestsWithNames(db: DbOrTrx) {
  return db
    .selectFrom('supervision_requests as q')
    .leftJoin('organisations as e', 'e.id', 'q.entity_org_id')
    .leftJoin('organisations as s', 's.id', 'q.org_id')
    .selectAll('q')
    .select([
      sql<string>`coalesce(q.remote_entity_name, e.name, '')`.as('entity_name'),
      sql<string>`coalesce(q.supervisor_name, s.name, '')`.as('supervisor_name'),
    ]);
}

/** The supervisor's own rows: never an entity's pulled copy (whose org_id is the entity's). */
function sentRequestsWithNames(db: DbOrTrx) {
  return requestsWithNames(db).where('q.pulled_from', 'is', null);
}

export async function insertRequest(
  trx: Trx,
  row: {
    org_id: string;
    entity_org_id: string;
    subject: string;
    question: string;
    legal_basis: LegalBasis;
    indication: string | null;
    due_on: string;
    asks_measures_dossier: boolean;
    sent_by: string;
    sent_at: Date;
    updated_at: Date;
    remote_entity_name?: string | null;
  },
): Promise<SupervisionRequestRow> {
  return trx.insertInto('supervision_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

export interface RequestFilter {
  status?: RequestStatus;
  entityOrgId?: string;
}

/** The supervisor's requests, newest first. */
export async function listRequests(db: DbOrTrx, orgId: string, f: RequestFilter): Promise<RequestWithNames[]> {
  let q = sentRequestsWithNames(db).where('q.org_id', '=', orgId);
  if (f.status) q = q.where('q.status', '=', f.status);
  if (f.entityOrgId) q = q.where('q.entity_org_id', '=', f.entityOrgId);
  return q.orderBy('q.sent_at', 'desc').orderBy('q.id').limit(500).execute();
}

/** The requests an entity received, from every supervisor on this installation, newest first. */
export async function listReceivedRequests(db: DbOrTrx, entityOrgId: string): Promise<RequestWithNames[]> {
  return requestsWithNames(db)
    .where('q.entity_org_id', '=', entityOrgId)
    .orderBy('q.sent_at', 'desc')
    .orderBy('q.id')
    .limit(500)
    .execute();
}

export async function findRequest(db: DbOrTrx, orgId: string, id: string): Promise<RequestWithNames | undefined> {
  return sentRequestsWithNames(db).where('q.org_id', '=', orgId).where('q.id', '=', id).executeTakeFirst();
}

export async function findReceivedRequest(
  db: DbOrTrx,
  entityOrgId: string,
  id: string,
): Promise<RequestWithNames | undefined> {
  return requestsWithNames(db).where('q.entity_org_id', '=', entityOrgId).where('q.id', '=', id).executeTakeFirst();
}

/** Locks the request for a step of its status flow (either side's view of the same row). */
export async function lockRequest(
  trx: Trx,
  by: { orgId: string } | { entityOrgId: string },
  id: string,
): Promise<RequestWithNames | undefined> {
  let q = requestsWithNames(trx).where('q.id', '=', id);
  q =
    'orgId' in by
      ? q.where('q.org_id', '=', by.orgId).where('q.pulled_from', 'is', null)
      : q.where('q.entity_org_id', '=', by.entityOrgId);
  return q.forUpdate('q').executeTakeFirst();
}

export async function setRequestStatus(
  trx: Trx,
  orgId: string,
  id: string,
  status: RequestStatus,
  now: Date,
  dueOn?: string,
): Promise<void> {
  await trx
    .updateTable('supervision_requests')
    .set({ status, updated_at: now, ...(dueOn ? { due_on: dueOn } : {}) })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function insertMessage(
  trx: Trx,
  row: {
    org_id: string;
    request_id: string;
    kind: SupervisionRequestMessageRow['kind'];
    text: string;
    due_on: string | null;
    by_label: string;
    at: Date;
    /** Null for a step that still has to travel to the entity's installation; else delivered when written. */
    delivered_at?: Date | null;
  },
): Promise<SupervisionRequestMessageRow> {
  // Numbered under the request's row lock (lockRequest), which every step of the exchange holds.
  return trx
    .insertInto('supervision_request_messages')
    .values((eb) => ({
      ...row,
      delivered_at: row.delivered_at === undefined ? row.at : row.delivered_at,
      seq: eb
        .selectFrom('supervision_request_messages')
        .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
        .where('org_id', '=', row.org_id)
        .where('request_id', '=', row.request_id),
    }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listMessages(
  db: DbOrTrx,
  orgId: string,
  requestId: string,
): Promise<SupervisionRequestMessageRow[]> {
  return db
    .selectFrom('supervision_request_messages')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('request_id', '=', requestId)
    .orderBy('seq')
    .execute();
}

// ---- Requests to an entity on another installation (docs/DELIVERY.md, "Authority → entity")

/** Supervisor side: the requests to this entity its installation has not confirmed storing, oldest first. */
export async function listUndeliveredRemoteRequests(
  db: DbOrTrx,
  orgId: string,
  entityId: string,
  limit: number,
): Promise<RequestWithNames[]> {
  return requestsWithNames(db)
    .where('q.org_id', '=', orgId)
    .where('q.entity_org_id', '=', entityId)
    .where('q.remote_entity_name', 'is not', null)
    .where('q.delivered_at', 'is', null)
    .orderBy('q.sent_at')
    .orderBy('q.id')
    .limit(limit)
    .execute();
}

/** Supervisor side: the entity installation stored these; the first confirmation counts. */
export async function confirmRemoteRequests(
  trx: Trx,
  orgId: string,
  entityId: string,
  ids: readonly string[],
  at: Date,
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await trx
    .updateTable('supervision_requests')
    .set({ delivered_at: at })
    .where('org_id', '=', orgId)
    .where('entity_org_id', '=', entityId)
    .where('remote_entity_name', 'is not', null)
    .where('id', 'in', ids)
    .where('delivered_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Supervisor side: the request an answer from another installation is for, of that sender only. */
export async function lockRemoteRequest(
  trx: Trx,
  orgId: string,
  entityId: string,
  id: string,
): Promise<RequestWithNames | undefined> {
  return requestsWithNames(trx)
    .where('q.org_id', '=', orgId)
    .where('q.entity_org_id', '=', entityId)
    .where('q.remote_entity_name', 'is not', null)
    .where('q.id', '=', id)
    .forUpdate('q')
    .executeTakeFirst();
}

/** Entity side: stores pulled requests, each once by its id. Returns the ids that are new. */
export async function insertPulledRequests(
  trx: Trx,
  rows: readonly {
    org_id: string;
    id: string;
    entity_org_id: string;
    subject: string;
    question: string;
    legal_basis: LegalBasis;
    indication: string | null;
    due_on: string;
    asks_measures_dossier: boolean;
    sent_by: string;
    sent_at: Date;
    updated_at: Date;
    pulled_from: SupervisionRequestRow['pulled_from'];
    supervisor_name: string;
    delivered_reported: boolean;
  }[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await trx
    .insertInto('supervision_requests')
    .values([...rows])
    .onConflict((oc) => oc.columns(['org_id', 'id']).doNothing())
    .returning('id')
    .execute();
  return inserted.map((r) => r.id);
}

/** Entity side: pulled copies the authority has not been told are stored. */
export async function listUnreportedCopies(
  db: DbOrTrx,
  orgId: string,
  recipient: NonNullable<SupervisionRequestRow['pulled_from']>,
): Promise<string[]> {
  const rows = await db
    .selectFrom('supervision_requests')
    .select('id')
    .where('org_id', '=', orgId)
    .where('pulled_from', '=', recipient)
    .where('delivered_reported', '=', false)
    .limit(500)
    .execute();
  return rows.map((r) => r.id);
}

export async function markCopiesReported(trx: Trx, orgId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('supervision_requests')
    .set({ delivered_reported: true })
    .where('org_id', '=', orgId)
    .where('pulled_from', 'is not', null)
    .where('id', 'in', ids)
    .execute();
}

// ---- Later steps on a request to an entity on another installation (more asked, accepted)

/** Supervisor side: the steps on this entity's requests its installation has not confirmed storing, oldest first. */
export async function listUndeliveredRemoteSteps(
  db: DbOrTrx,
  orgId: string,
  entityId: string,
  limit: number,
): Promise<SupervisionRequestMessageRow[]> {
  return db
    .selectFrom('supervision_request_messages as m')
    .innerJoin('supervision_requests as q', (j) =>
      j.onRef('q.org_id', '=', 'm.org_id').onRef('q.id', '=', 'm.request_id'),
    )
    .selectAll('m')
    .where('m.org_id', '=', orgId)
    .where('m.delivered_at', 'is', null)
    .where('m.kind', '<>', 'answer')
    .where('q.entity_org_id', '=', entityId)
    .where('q.remote_entity_name', 'is not', null)
    .orderBy('m.at')
    .orderBy('m.request_id')
    .orderBy('m.seq')
    .limit(limit)
    .execute();
}

/** Supervisor side: the entity installation stored these steps; the first confirmation counts, this entity's only. */
export async function confirmRemoteSteps(
  trx: Trx,
  orgId: string,
  entityId: string,
  ids: readonly string[],
  at: Date,
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await trx
    .updateTable('supervision_request_messages as m')
    .set({ delivered_at: at })
    .where('m.org_id', '=', orgId)
    .where('m.id', 'in', ids)
    .where('m.delivered_at', 'is', null)
    .where('m.kind', '<>', 'answer')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('supervision_requests as q')
          .select(sql`1`.as('one'))
          .whereRef('q.org_id', '=', 'm.org_id')
          .whereRef('q.id', '=', 'm.request_id')
          .where('q.entity_org_id', '=', entityId)
          .where('q.remote_entity_name', 'is not', null),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Entity side: stores a pulled step on the entity's copy under the supervisor's message id, once (a repeat after
 * a lost commit inserts nothing). Numbered under the copy's row lock. Returns whether it is new.
 */
export async function insertPulledStep(
  trx: Trx,
  row: {
    org_id: string;
    id: string;
    request_id: string;
    kind: 'more-asked' | 'accepted';
    text: string;
    due_on: string | null;
    by_label: string;
    at: Date;
    delivered_at: Date;
  },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('supervision_request_messages')
    .values((eb) => ({
      ...row,
      delivered_reported: false,
      seq: eb
        .selectFrom('supervision_request_messages')
        .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
        .where('org_id', '=', row.org_id)
        .where('request_id', '=', row.request_id),
    }))
    .onConflict((oc) => oc.columns(['org_id', 'id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Entity side: steps pulled over this target (the copy's) the supervisor has not been told are stored. */
export async function listUnreportedSteps(
  db: DbOrTrx,
  orgId: string,
  recipient: NonNullable<SupervisionRequestRow['pulled_from']>,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('supervision_request_messages as m')
    .innerJoin('supervision_requests as q', (j) =>
      j.onRef('q.org_id', '=', 'm.org_id').onRef('q.id', '=', 'm.request_id'),
    )
    .select('m.id')
    .where('m.org_id', '=', orgId)
    .where('m.delivered_reported', '=', false)
    .where('q.pulled_from', '=', recipient)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function markStepsReported(trx: Trx, orgId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('supervision_request_messages')
    .set({ delivered_reported: true })
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .where('delivered_reported', '=', false)
    .execute();
}

// ---- Documents

const DOCUMENT_METADATA = [
  'org_id',
  'id',
  'request_id',
  'answer_id',
  'kind',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'added_by',
  'added_at',
] as const;

export async function insertDocument(
  trx: Trx,
  row: {
    org_id: string;
    request_id: string;
    answer_id: string | null;
    kind: SupervisionRequestDocumentRow['kind'];
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
    content: Buffer;
    added_by: string;
    added_at: Date;
  },
): Promise<SupervisionRequestDocumentRow> {
  return trx
    .insertInto('supervision_request_documents')
    .values(row)
    .returning(DOCUMENT_METADATA)
    .executeTakeFirstOrThrow();
}

export async function listDocuments(
  db: DbOrTrx,
  orgId: string,
  requestId: string,
): Promise<SupervisionRequestDocumentRow[]> {
  return db
    .selectFrom('supervision_request_documents')
    .select(DOCUMENT_METADATA)
    .where('org_id', '=', orgId)
    .where('request_id', '=', requestId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
}

/** The documents the entity added while preparing its answer go with the answer. Returns how many. */
export async function attachPendingDocuments(
  trx: Trx,
  orgId: string,
  requestId: string,
  answerId: string,
): Promise<number> {
  const result = await trx
    .updateTable('supervision_request_documents')
    .set({ answer_id: answerId })
    .where('org_id', '=', orgId)
    .where('request_id', '=', requestId)
    .where('answer_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The documents sent with one answer, with their bytes (to travel to a supervisor on another installation). */
export async function readAnswerDocuments(
  db: DbOrTrx,
  orgId: string,
  requestId: string,
  answerId: string,
): Promise<(SupervisionRequestDocumentRow & { content: Buffer })[]> {
  return db
    .selectFrom('supervision_request_documents')
    .select([...DOCUMENT_METADATA, 'content'])
    .where('org_id', '=', orgId)
    .where('request_id', '=', requestId)
    .where('answer_id', '=', answerId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
}

export async function readDocument(
  db: DbOrTrx,
  orgId: string,
  requestId: string,
  id: string,
): Promise<(SupervisionRequestDocumentRow & { content: Buffer }) | undefined> {
  return db
    .selectFrom('supervision_request_documents')
    .select([...DOCUMENT_METADATA, 'content'])
    .where('org_id', '=', orgId)
    .where('request_id', '=', requestId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---- Findings

export type FindingWithNames = SupervisionFindingRow & { entity_name: string; supervisor_name: string };

// A party on another installation is no organisation here: its name is on the row (migration 20261211_0500).
function findingsWithNames(db: DbOrTrx) {
  return db
    .selectFrom('supervision_findings as f')
    .leftJoin('organisations as e', 'e.id', 'f.entity_org_id')
    .leftJoin('organisations as s', 's.id', 'f.org_id')
    .selectAll('f')
    .select([
      sql<string>`coalesce(f.remote_entity_name, e.name, '')`.as('entity_name'),
      sql<string>`coalesce(f.supervisor_name, s.name, '')`.as('supervisor_name'),
    ]);
}

/** The supervisor's own findings: never an entity's pulled copy (whose org_id is the entity's). */
function recordedFindingsWithNames(db: DbOrTrx) {
  return findingsWithNames(db).where('f.pulled_from', 'is', null);
}

export async function insertFinding(
  trx: Trx,
  row: {
    org_id: string;
    entity_org_id: string;
    request_id: string | null;
    observation: string;
    severity: SupervisionFindingRow['severity'];
    follow_up_due_on: string;
    recorded_by: string;
    recorded_at: Date;
    updated_at: Date;
    remote_entity_name?: string | null;
  },
): Promise<SupervisionFindingRow> {
  return trx.insertInto('supervision_findings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listFindings(db: DbOrTrx, orgId: string, entityOrgId?: string): Promise<FindingWithNames[]> {
  let q = recordedFindingsWithNames(db).where('f.org_id', '=', orgId);
  if (entityOrgId) q = q.where('f.entity_org_id', '=', entityOrgId);
  return q.orderBy('f.recorded_at', 'desc').orderBy('f.id').limit(500).execute();
}

export async function listReceivedFindings(db: DbOrTrx, entityOrgId: string): Promise<FindingWithNames[]> {
  return findingsWithNames(db)
    .where('f.entity_org_id', '=', entityOrgId)
    .orderBy('f.recorded_at', 'desc')
    .orderBy('f.id')
    .limit(500)
    .execute();
}

export async function findFinding(db: DbOrTrx, orgId: string, id: string): Promise<FindingWithNames | undefined> {
  return recordedFindingsWithNames(db).where('f.org_id', '=', orgId).where('f.id', '=', id).executeTakeFirst();
}

export async function lockFinding(trx: Trx, orgId: string, id: string): Promise<FindingWithNames | undefined> {
  return recordedFindingsWithNames(trx)
    .where('f.org_id', '=', orgId)
    .where('f.id', '=', id)
    .forUpdate('f')
    .executeTakeFirst();
}

export async function updateFinding(
  trx: Trx,
  orgId: string,
  id: string,
  values: { status: SupervisionFindingRow['status']; follow_up_note: string },
  now: Date,
): Promise<void> {
  // A new version: a finding about a remote entity travels again (and a local one's version is merely renewed).
  await trx
    .updateTable('supervision_findings')
    .set({ ...values, updated_at: now, version_id: sql`gen_random_uuid()`, delivered_at: null })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

// ---- Findings about an entity on another installation (the pull channel, as requests)

/** Supervisor side: findings about this entity whose current version its installation has not confirmed. */
export async function listUndeliveredRemoteFindings(
  db: DbOrTrx,
  orgId: string,
  entityId: string,
  limit: number,
): Promise<FindingWithNames[]> {
  return recordedFindingsWithNames(db)
    .where('f.org_id', '=', orgId)
    .where('f.entity_org_id', '=', entityId)
    .where('f.remote_entity_name', 'is not', null)
    .where('f.delivered_at', 'is', null)
    .orderBy('f.updated_at')
    .orderBy('f.id')
    .limit(limit)
    .execute();
}

/** Supervisor side: the entity installation stored these versions; an older version confirms nothing newer. */
export async function confirmRemoteFindings(
  trx: Trx,
  orgId: string,
  entityId: string,
  versionIds: readonly string[],
  at: Date,
): Promise<number> {
  if (versionIds.length === 0) return 0;
  const result = await trx
    .updateTable('supervision_findings')
    .set({ delivered_at: at })
    .where('org_id', '=', orgId)
    .where('entity_org_id', '=', entityId)
    .where('remote_entity_name', 'is not', null)
    .where('version_id', 'in', versionIds)
    .where('delivered_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Entity side: keeps the pulled version of a finding — a new one is inserted, a newer version replaces the
 * follow-up (status, note), the same or an older version changes nothing. Returns what happened.
 */
export async function upsertPulledFinding(
  trx: Trx,
  row: {
    org_id: string;
    id: string;
    version_id: string;
    request_id: string | null;
    observation: string;
    severity: SupervisionFindingRow['severity'];
    follow_up_due_on: string;
    status: SupervisionFindingRow['status'];
    follow_up_note: string;
    recorded_by: string;
    recorded_at: Date;
    updated_at: Date;
    pulled_from: NonNullable<SupervisionFindingRow['pulled_from']>;
    supervisor_name: string;
  },
): Promise<{ outcome: 'new' | 'changed' | 'same'; before?: SupervisionFindingRow['status'] }> {
  const before = await trx
    .selectFrom('supervision_findings')
    .select(['status', 'version_id', 'updated_at', 'pulled_from'])
    .where('org_id', '=', row.org_id)
    .where('id', '=', row.id)
    .forUpdate()
    .executeTakeFirst();
  if (!before) {
    await trx
      .insertInto('supervision_findings')
      .values({ ...row, entity_org_id: row.org_id, delivered_reported: false })
      .execute();
    return { outcome: 'new' };
  }
  if (before.pulled_from !== row.pulled_from) return { outcome: 'same' };
  if (before.version_id === row.version_id || before.updated_at > row.updated_at) {
    // Stored already (a pull answered but not committed before) or older: confirm it again, change nothing.
    await trx
      .updateTable('supervision_findings')
      .set({ delivered_reported: false })
      .where('org_id', '=', row.org_id)
      .where('id', '=', row.id)
      .where('version_id', '=', row.version_id)
      .execute();
    return { outcome: 'same' };
  }
  await trx
    .updateTable('supervision_findings')
    .set({
      version_id: row.version_id,
      status: row.status,
      follow_up_note: row.follow_up_note,
      follow_up_due_on: row.follow_up_due_on,
      updated_at: row.updated_at,
      delivered_reported: false,
    })
    .where('org_id', '=', row.org_id)
    .where('id', '=', row.id)
    .execute();
  return { outcome: 'changed', before: before.status };
}

/** Entity side: versions of findings pulled over this target that the supervisor has not been told are stored. */
export async function listUnreportedFindingVersions(
  db: DbOrTrx,
  orgId: string,
  recipient: NonNullable<SupervisionFindingRow['pulled_from']>,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('supervision_findings')
    .select('version_id')
    .where('org_id', '=', orgId)
    .where('pulled_from', '=', recipient)
    .where('delivered_reported', '=', false)
    .limit(limit)
    .execute();
  return rows.map((r) => r.version_id);
}

export async function markFindingVersionsReported(trx: Trx, orgId: string, versionIds: readonly string[]) {
  if (versionIds.length === 0) return;
  await trx
    .updateTable('supervision_findings')
    .set({ delivered_reported: true })
    .where('org_id', '=', orgId)
    .where('pulled_from', 'is not', null)
    .where('version_id', 'in', versionIds)
    .execute();
}
