import type { AuditEvent } from '@weerbaar/core/platform';
import type { AuditEventRow } from '../../db/schema.ts';

/** One link of the organisation's audit chain; its digests, details and previous hash stay on the server. */
export function presentAuditEvent(r: AuditEventRow, subjectLabel: string | null = null): AuditEvent {
  return {
    id: r.id,
    seq: Number(r.seq),
    occurredAt: r.occurred_at.toISOString(),
    actorType: r.actor_type as AuditEvent['actorType'],
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    subjectLabel,
    hash: r.hash,
  };
}
