import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of supervision (issue 15 item 3). What crosses from supervisor to entity is recorded in
// both chains: the supervisor's (it asked, it judged) and the entity's (it was asked, it answered).
export const SUPERVISION_EVENTS = defineEvents({
  'supervision.authority-kinds-set': event<{ kinds: string[]; competentAuthorities: string[] }>(),
  'supervision.sector-authority-set': event<{ sector: string }>(),
  'supervision.request-sent': event<{ requestId: string; entityOrgId: string }>(),
  'supervision.request-document-added': event<{ requestId: string; documentId: string }>(),
  'supervision.request-answered': event<{ requestId: string; answerId: string; documentCount: number }>(),
  'supervision.request-assessed': event<{ requestId: string; decision: 'accepted' | 'more-asked' }>(),
  'supervision.finding-recorded': event<{ findingId: string; entityOrgId: string }>(),
  'supervision.finding-updated': event<{ findingId: string; status: string }>(),
});
