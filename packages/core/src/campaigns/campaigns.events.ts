import { defineEvents, event } from '../platform/domain-event.ts';

// Campaigns across entities (issue 15 item 2): the analyst's cases that merge linked reports. Detection
// itself is a subscriber of 'submission.received' and records nothing of its own (it writes the index and
// the notification in the intake's transaction, whose audit event is the receipt).
export const CAMPAIGN_EVENTS = defineEvents({
  'campaign-case.created': event<{ caseId: string; submissionIds: string[] }>(),
  'campaign-case.report-added': event<{ caseId: string; submissionId: string }>(),
  'campaign-case.report-removed': event<{ caseId: string; submissionId: string }>(),
  'campaign-case.entry-added': event<{ caseId: string; entryId: string; kind: string }>(),
});
