import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.ts';
import type { AuditEventRow } from '../db/schema.ts';

export interface AuditHead {
  seq: number;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Locks the chain's head for the rest of the transaction, creating it on first use. */
export async function lockAuditHead(trx: Trx, orgId: string): Promise<AuditHead> {
  // One statement creates the head on first use or else locks it and returns it: the update (to the same
  // values, but still a new row version) takes the row lock FOR UPDATE would, so appends to one chain
  // queue here until the holder commits.
  const head = await trx
    .insertInto('audit_heads')
    .values({ org_id: orgId, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('org_id').doUpdateSet((eb) => ({ org_id: eb.ref('excluded.org_id') })))
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

export interface NewAuditEventRow {
  org_id: string;
  seq: number;
  occurred_at: Date;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  before_digest: string | null;
  after_digest: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

/**
 * Appends consecutive events of one chain (in seq order) and moves the head to the last one, in one
 * statement (the head update rides along as a CTE).
 */
export async function insertAuditEvents(trx: Trx, rows: readonly NewAuditEventRow[]): Promise<AuditEventRow[]> {
  const last = rows[rows.length - 1];
  if (!last) return [];
  const inserted = await trx
    .with('moved_head', (db) =>
      db.updateTable('audit_heads').set({ seq: last.seq, hash: last.hash }).where('org_id', '=', last.org_id),
    )
    .insertInto('audit_events')
    .values(rows.map((row) => ({ ...row, details: JSON.stringify(row.details) })))
    .returningAll()
    .execute();
  // RETURNING order is not guaranteed by SQL; callers get the chain order.
  return inserted.sort((a, b) => Number(a.seq) - Number(b.seq));
}

export interface AuditEventFilter {
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function filtered(db: DbOrTrx, orgId: string, f: AuditEventFilter) {
  let q = db.selectFrom('audit_events').where('org_id', '=', orgId);
  if (f.subjectType) q = q.where('subject_type', '=', f.subjectType);
  if (f.subjectId) q = q.where('subject_id', '=', f.subjectId);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('occurred_at', '>=', new Date(f.from));
  if (f.to) q = q.where('occurred_at', '<', new Date(f.to));
  return q;
}

export async function listAuditEvents(
  db: DbOrTrx,
  orgId: string,
  filter: AuditEventFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: AuditEventRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, orgId, filter).selectAll().orderBy('seq', 'desc').limit(page.limit).offset(page.offset).execute(),
    filtered(db, orgId, filter)
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Streams a chain in order, in batches, for verification and export. */
export async function* iterateAuditChain(
  db: DbOrTrx,
  orgId: string,
  filter: AuditEventFilter = {},
  batch = 2000,
): AsyncGenerator<AuditEventRow> {
  let after = 0;
  for (;;) {
    const rows = await filtered(db, orgId, filter)
      .selectAll()
      .where('seq', '>', String(after))
      .orderBy('seq')
      .limit(batch)
      .execute();
    yield* rows;
    if (rows.length < batch) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

export async function listAuditChains(db: DbOrTrx): Promise<{ orgId: string; seq: number; hash: string }[]> {
  const rows = await db.selectFrom('audit_heads').selectAll().orderBy('org_id').execute();
  return rows.map((r) => ({ orgId: r.org_id, seq: Number(r.seq), hash: r.hash }));
}

/** The chain's head as it stands (no lock): what a delivery signs and sends along. */
export async function findAuditHead(db: DbOrTrx, orgId: string): Promise<AuditHead | undefined> {
  const row = await db.selectFrom('audit_heads').select(['seq', 'hash']).where('org_id', '=', orgId).executeTakeFirst();
  return row && { seq: Number(row.seq), hash: row.hash };
}

export interface AuditCheckpoint {
  orgId: string;
  seq: number;
  hash: string;
  signedAt: Date;
  keyId: string;
  signature: string;
}

/** Stores signed heads; a head already checkpointed at that seq is left as it is. */
export async function insertAuditCheckpoints(trx: Trx, checkpoints: readonly AuditCheckpoint[]): Promise<number> {
  if (checkpoints.length === 0) return 0;
  const rows = await trx
    .insertInto('audit_checkpoints')
    .values(
      checkpoints.map((c) => ({
        org_id: c.orgId,
        seq: c.seq,
        hash: c.hash,
        signed_at: c.signedAt,
        key_id: c.keyId,
        signature: c.signature,
      })),
    )
    .onConflict((oc) => oc.columns(['org_id', 'seq']).doNothing())
    .returning('seq')
    .execute();
  return rows.length;
}

export async function listAuditCheckpoints(db: DbOrTrx, orgId: string): Promise<AuditCheckpoint[]> {
  const rows = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    orgId: r.org_id,
    seq: Number(r.seq),
    hash: r.hash,
    signedAt: r.signed_at,
    keyId: r.key_id,
    signature: r.signature,
  }));
}

export interface ReceivedAuditAnchorRow {
  org_id: string;
  sender_org_id: string;
  seq: number;
  hash: string;
  signed_at: Date;
  key_id: string;
  public_key: string;
  signature: string;
  submission_id: string;
  received_at: Date;
}

/** The authority's copy of its senders' signed heads; one per sender and seq (the first one received). */
export async function insertReceivedAuditAnchors(trx: Trx, rows: readonly ReceivedAuditAnchorRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('received_audit_anchors')
    .values([...rows])
    .onConflict((oc) => oc.columns(['org_id', 'sender_org_id', 'seq']).doNothing())
    .execute();
}

export async function listReceivedAuditAnchors(
  db: DbOrTrx,
  orgId: string,
  senderOrgId: string,
): Promise<ReceivedAuditAnchorRow[]> {
  const rows = await db
    .selectFrom('received_audit_anchors')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('sender_org_id', '=', senderOrgId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}
