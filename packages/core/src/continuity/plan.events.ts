import { defineEvents, event } from '../platform/domain-event.ts';

// Continuity plans and crisis protocols (issue 13 item 2) and the offline pack (item 3).
export const CONTINUITY_PLAN_EVENTS = defineEvents({
  'continuity-plan.created': event<{ planId: string; version: number }>(),
  /** Title, flag or the draft's content changed; a change after approval opens a new draft version. */
  'continuity-plan.updated': event<{ planId: string; version: number }>(),
  /** A version approved: it is frozen and in force; the previous approved version is superseded. */
  'continuity-plan.approved': event<{ planId: string; version: number; nextReviewOn: string }>(),
  'continuity-plan.review-due': event<{ planId: string; nextReviewOn: string }>(),
  'continuity-pack.made': event<{ packId: string; packVersion: number }>(),
  /** The last printed pack is older than the plans in force (a reminder went out). */
  'continuity-pack.outdated': event<{ planIds: string[] }>(),
});
