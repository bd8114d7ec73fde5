// Presenters of requests for information and crisis messages: allow-lists typed by the core contracts.
import {
  isOverdue,
  type AuthorityMessage,
  type CrisisAnswerPayload,
  type CrisisRecipient,
  type CrisisRequest,
  type ReceivedCrisisRequest,
} from '@weerbaar/core/crisis';
import type {
  AuthorityMessageRow,
  CrisisRequestRecipientRow,
  CrisisRequestRow,
} from '../../db/schema-crisis-requests.ts';
import type { RecipientCounts } from '../../repositories/crisis-request.repository.ts';

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

function presentAnswer(answer: unknown): CrisisAnswerPayload | null {
  if (!answer) return null;
  const a = answer as CrisisAnswerPayload;
  return {
    messageId: a.messageId,
    requestId: a.requestId,
    affected: a.affected,
    since: a.since,
    impact: a.impact,
    services: a.services.map((s) => ({ id: s.id, name: s.name })),
    note: a.note,
    answeredAt: a.answeredAt,
  };
}

export function presentRecipient(
  request: CrisisRequestRow,
  row: CrisisRequestRecipientRow,
  now: Date,
): CrisisRecipient {
  return {
    entityId: row.entity_id,
    name: row.entity_name,
    messageId: row.message_id,
    deliveredAt: iso(row.delivered_at),
    readAt: iso(row.read_at),
    answeredAt: iso(row.answered_at),
    overdue: isOverdue({ kind: request.kind, dueAt: request.due_at }, row.answered_at, now),
    answer: presentAnswer(row.answer),
  };
}

const NO_COUNTS = { recipients: 0, delivered: 0, read: 0, answered: 0, overdue: 0, affected: 0 };

export function presentCrisisRequest(
  row: CrisisRequestRow,
  counts: (RecipientCounts & { overdue: number }) | undefined,
  recipients: readonly CrisisRequestRecipientRow[],
  now: Date,
): CrisisRequest {
  const c = counts ?? NO_COUNTS;
  return {
    id: row.id,
    kind: row.kind,
    crisisId: row.crisis_id,
    subject: row.subject,
    body: row.body,
    tlp: row.tlp,
    dueAt: iso(row.due_at),
    exercise: row.exercise,
    sentBy: row.sent_by,
    sentAt: row.sent_at.toISOString(),
    counts: {
      recipients: c.recipients,
      delivered: c.delivered,
      read: c.read,
      answered: c.answered,
      overdue: c.overdue,
      affected: c.affected,
    },
    recipients: recipients.map((r) => presentRecipient(row, r, now)),
  };
}

/** What crosses to the entity installation: the request, without the other recipients or answers. */
export function presentAuthorityMessage(
  row: CrisisRequestRow & { message_id: string },
  authorityName: string,
): AuthorityMessage {
  return {
    id: row.message_id,
    requestId: row.id,
    kind: row.kind,
    authorityName,
    subject: row.subject,
    body: row.body,
    tlp: row.tlp,
    dueAt: iso(row.due_at),
    sentAt: row.sent_at.toISOString(),
    exercise: row.exercise,
  };
}

export function presentReceivedRequest(
  row: AuthorityMessageRow,
  answerDelivery: 'pending' | 'delivered' | 'failed' | null,
  now: Date,
): ReceivedCrisisRequest {
  return {
    id: row.id,
    requestId: row.request_id,
    kind: row.kind,
    authorityName: row.authority_name,
    subject: row.subject,
    body: row.body,
    tlp: row.tlp,
    dueAt: iso(row.due_at),
    sentAt: row.sent_at.toISOString(),
    exercise: row.exercise,
    receivedAt: row.received_at.toISOString(),
    readAt: iso(row.read_at),
    answeredAt: iso(row.answered_at),
    overdue: isOverdue({ kind: row.kind, dueAt: row.due_at }, row.answered_at, now),
    answer: presentAnswer(row.answer),
    answerDelivery,
  };
}
