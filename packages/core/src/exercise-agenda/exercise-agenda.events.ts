import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of the exercise agenda (issue 16 item 6). An invited organisation's answer and link are
// recorded in both chains: the invited organisation's (it answered) and the authority's (its item changed).
export const EXERCISE_AGENDA_EVENTS = defineEvents({
  'exercise-agenda.created': event<{ agendaId: string }>(),
  'exercise-agenda.item-planned': event<{ agendaId: string; itemId: string }>(),
  'exercise-agenda.item-updated': event<{ itemId: string; status: string }>(),
  'exercise-agenda.invitation-sent': event<{ itemId: string; invitationId: string; invitedOrgId: string }>(),
  'exercise-agenda.invitation-answered': event<{ invitationId: string; response: 'confirmed' | 'declined' }>(),
  'exercise-agenda.exercise-linked': event<{ invitationId: string; exerciseId: string | null }>(),
});
