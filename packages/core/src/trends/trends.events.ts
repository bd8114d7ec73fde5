import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of the authority's trends: an export (CSV, PDF) takes aggregates of every entity's
// reports out of the platform, so who took which table when is recorded; a quarterly report published
// as a knowledge article shares them with entities.
export const TRENDS_EVENTS = defineEvents({
  'trends.exported': event(),
  'trends.quarterly-report-published': event<{ articleId: string; year: number; quarter: number; tlp: string }>(),
});
