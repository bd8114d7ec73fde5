import { defineEvents, event } from '../platform/domain-event.ts';

export const INBOX_EVENTS = defineEvents({
  'inbox.report-acknowledged': event(),
  'inbox.intermediate-report-requested': event(),
});
