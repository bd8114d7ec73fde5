import type { DbOrTrx } from '../db/database.ts';
import type { ReceivedSubmissionRow } from '../db/schema-delivery.ts';

/** A received submission without its payload: what the intake needs to answer with a receipt. */
export type ReceivedSubmissionReceipt = Omit<ReceivedSubmissionRow, 'payload'>;

// Every column but the payload: the intake never needs the (large) payload back from the database.
const RECEIPT_COLUMNS = [
  'org_id',
  'id',
  'kind',
  'sender_org_id',
  'sender_name',
  'sender_kvk_number',
  'submitted_at',
  'payload_digest',
  'audit_hash',
  'authority_reference',
  'received_at',
  'key_id',
  'signature',
  'received_via',
] as const satisfies readonly (keyof ReceivedSubmissionReceipt)[];

export async function findReceivedSubmission(
  db: DbOrTrx,
  orgId: string,
  id: string,
): Promise<ReceivedSubmissionReceipt | undefined> {
  return db
    .selectFrom('received_submissions')
    .select(RECEIPT_COLUMNS)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts unless the id exists (then returns undefined); a concurrent duplicate waits for the first to commit. */
export async function insertReceivedSubmission(
  db: DbOrTrx,
  row: ReceivedSubmissionReceipt & { payload: Record<string, unknown> },
): Promise<ReceivedSubmissionReceipt | undefined> {
  return db
    .insertInto('received_submissions')
    .values({ ...row, payload: JSON.stringify(row.payload) })
    .onConflict((oc) => oc.columns(['org_id', 'id']).doNothing())
    .returning(RECEIPT_COLUMNS)
    .executeTakeFirst();
}

/** The rows of those ids that are already stored (a batch answers them as repeats instead of numbering them). */
export async function findReceivedSubmissions(
  db: DbOrTrx,
  orgId: string,
  ids: readonly string[],
): Promise<ReceivedSubmissionReceipt[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('received_submissions')
    .select(RECEIPT_COLUMNS)
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
}

/**
 * One multi-row insert; returns only the rows it inserted. An id another transaction stored meanwhile is
 * skipped (after waiting for that transaction), so the caller can tell by the missing row.
 */
export async function insertReceivedSubmissions(
  db: DbOrTrx,
  rows: readonly (ReceivedSubmissionReceipt & { payload: Record<string, unknown> })[],
): Promise<ReceivedSubmissionReceipt[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('received_submissions')
    .values(rows.map((row) => ({ ...row, payload: JSON.stringify(row.payload) })))
    .onConflict((oc) => oc.columns(['org_id', 'id']).doNothing())
    .returning(RECEIPT_COLUMNS)
    .execute();
}

/**
 * Reserves `count` consecutive numbers of a reference series in one statement and returns the last one
 * (the caller numbers last-count+1 … last). The counter row stays locked until the transaction ends,
 * and a rollback gives the numbers back, so committed references have no gaps.
 */
export async function reserveReferenceNumbers(
  db: DbOrTrx,
  orgId: string,
  prefix: string,
  year: number,
  count: number,
): Promise<number> {
  const row = await db
    .insertInto('authority_reference_counters')
    .values({ org_id: orgId, prefix, year, last_value: count })
    .onConflict((oc) =>
      oc.columns(['org_id', 'prefix', 'year']).doUpdateSet((eb) => ({
        last_value: eb('authority_reference_counters.last_value', '+', eb.ref('excluded.last_value')),
      })),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

/** A sender's submissions of one kind, oldest first (the history of a registry entry). */
export async function listReceivedFromSender(
  db: DbOrTrx,
  orgId: string,
  senderOrgId: string,
  kind: string,
): Promise<ReceivedSubmissionRow[]> {
  return db
    .selectFrom('received_submissions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('sender_org_id', '=', senderOrgId)
    .where('kind', '=', kind)
    .orderBy('submitted_at')
    .orderBy('received_at')
    .execute();
}
