import type { Trx } from '../../db/database.ts';
import type { AuditEventRow } from '../../db/schema.ts';
import { insertAuditEvent, lockAuditHead } from '../../repositories/audit.repository.ts';
import { actorId, type Actor } from '../actor.ts';
import { digestOf, hashEvent } from './audit-chain.ts';

/** The chain for events that belong to no organisation (sign-in, profile, MFA). */
export const PLATFORM_CHAIN = '00000000-0000-0000-0000-000000000000';

export interface AuditInput {
  orgId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown>;
}

/**
 * Appends one event to the organisation's chain. Must run in the mutation's own transaction:
 * the event and the change commit together or not at all.
 */
export async function recordAuditEvent(trx: Trx, actor: Actor, input: AuditInput): Promise<AuditEventRow> {
  const orgId = input.orgId ?? PLATFORM_CHAIN;
  const head = await lockAuditHead(trx, orgId);
  const fields = {
    org_id: orgId,
    seq: head.seq + 1,
    // A JavaScript Date has millisecond precision, so the stored value re-hashes exactly.
    occurred_at: new Date(),
    actor_type: actor.type,
    actor_id: actorId(actor),
    actor_label: actor.label,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId ?? null,
    before_digest: digestOf(input.before),
    after_digest: digestOf(input.after),
    details: input.details ?? {},
  };
  return insertAuditEvent(trx, { ...fields, prev_hash: head.hash, hash: hashEvent(head.hash, fields) });
}
