import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of requests for information and crisis communication (issue 16 items 3 and 4). What crosses
// from authority to entity is recorded in both chains: the authority's (it sent; the answer arrives as
// 'submission.received') and the entity's (it received, read and answered; the answer is 'submission.queued').
export const CRISIS_REQUEST_EVENTS = defineEvents({
  'crisis-request.sent': event<{ requestId: string; kind: string; recipients: number }>(),
  'crisis-request.received': event<{ messageId: string; requestId: string; kind: string }>(),
  'crisis-request.read': event<{ messageId: string }>(),
  'crisis-request.answered': event<{ messageId: string; requestId: string; answerId: string }>(),
});
