import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of the authority's trends: an export (CSV, PDF) takes aggregates of every entity's
// reports out of the platform, so who took which table when is recorded.
export const TRENDS_EVENTS = defineEvents({
  'trends.exported': event(),
});
