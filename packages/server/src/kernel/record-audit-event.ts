import type { Trx } from '../db/database.ts';
import type { AuditEventRow } from '../db/schema.ts';
import { insertAuditEvents, lockAuditHead, type NewAuditEventRow } from '../repositories/audit.repository.ts';
import { actorId, type Actor } from './actor.ts';
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
 * Appends events to one organisation's chain in the given order: the head is locked once and the events
 * are chained and inserted together. Must run in the change's own transaction: the events and the change
 * commit together or not at all. An input may name its own actor, because one batch can hold the work of
 * several callers. Only the use-case runner calls this (lint enforces it).
 */
export async function recordAuditEvents(
  trx: Trx,
  actor: Actor,
  inputs: readonly (AuditInput & { actor?: Actor })[],
): Promise<AuditEventRow[]> {
  const first = inputs[0];
  if (!first) return [];
  const orgId = first.orgId ?? PLATFORM_CHAIN;
  if (inputs.some((input) => (input.orgId ?? PLATFORM_CHAIN) !== orgId)) {
    throw new Error('recordAuditEvents appends to one chain; the inputs name several organisations');
  }
  const head = await lockAuditHead(trx, orgId);
  // The time of appending (after the head lock), not the use case's clock reading: so a chain's times
  // follow its order even when concurrent use cases wait for the lock in another order than they began.
  const occurredAt = new Date();
  let { seq, hash } = head;
  const rows: NewAuditEventRow[] = inputs.map((input) => {
    const by = input.actor ?? actor;
    const fields = {
      org_id: orgId,
      seq: seq + 1,
      occurred_at: occurredAt,
      actor_type: by.type,
      actor_id: actorId(by),
      actor_label: by.label,
      action: input.action,
      subject_type: input.subjectType,
      subject_id: input.subjectId ?? null,
      before_digest: digestOf(input.before),
      after_digest: digestOf(input.after),
      details: input.details ?? {},
    };
    const row = { ...fields, prev_hash: hash, hash: hashEvent(hash, fields) };
    ({ seq, hash } = row);
    return row;
  });
  return insertAuditEvents(trx, rows);
}
