import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of exercises (issue 13 item 6). An invitation's answer is recorded in both chains: the
// invited organisation's (it answered) and the organiser's (its exercise changed).
export const EXERCISE_EVENTS = defineEvents({
  'exercise.planned': event<{ exerciseId: string }>(),
  'exercise.updated': event<{ exerciseId: string; status: string }>(),
  'exercise.invitation-sent': event<{ exerciseId: string; invitationId: string; invitedOrgId: string }>(),
  'exercise.invitation-answered': event<{ invitationId: string; response: 'accepted' | 'declined' }>(),
  'exercise.log-entry-added': event<{ exerciseId: string; entryId: string }>(),
  'exercise.finding-added': event<{ exerciseId: string; findingId: string }>(),
  'exercise.action-added': event<{ exerciseId: string; findingId: string; actionId: string }>(),
  'exercise.action-updated': event<{ exerciseId: string; actionId: string; finished: boolean }>(),
  /** A reminder went out: the exercise is a week away, or its evaluation is overdue. */
  'exercise.reminder-sent': event<{ exerciseId: string; reminder: 'upcoming' | 'evaluation-overdue' }>(),
});
