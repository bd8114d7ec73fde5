import { defineEvents, event } from '../platform/domain-event.ts';
import type { SubmissionKind, SubmissionRecipient } from './submission.contracts.ts';

export const DELIVERY_EVENTS = defineEvents({
  'delivery-target.updated': event(),
  // Entity side: a submission entered the outbox, or the authority's answer came back.
  'submission.queued': event<{ kind: SubmissionKind }>(),
  'submission.delivered': event<{
    kind: SubmissionKind;
    /** What was submitted (the registration version, the incident report). */
    subjectId: string;
    /** Whose intake answered: each recipient's delivery has its own receipt. */
    recipient: SubmissionRecipient;
    authorityReference: string;
    receivedAt: string;
  }>(),
  'submission.refused': event<{ kind: SubmissionKind }>(),
  // Authority side: a submission received for the first time (never for a repeat).
  'submission.received': event<{
    kind: SubmissionKind;
    submissionId: string;
    sender: { orgId: string; name: string; kvkNumber: string | null };
    submittedAt: string;
    receivedAt: string;
    authorityReference: string;
    payload: Record<string, unknown>;
    payloadDigest: string;
  }>(),
  'signing-key.created': event(),
});
