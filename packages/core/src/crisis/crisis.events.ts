import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of crisis coordination (issue 16 items 1, 2, 5). Every step in a crisis room is recorded in
// the chain of the authority organisation that owns the crisis.
export const CRISIS_EVENTS = defineEvents({
  'crisis.settings-changed': event<{ levelCount: number; structureCount: number }>(),
  'crisis.declared': event<{
    crisisId: string;
    level: string;
    isExercise: boolean;
    exerciseAgendaItemId: string | null;
  }>(),
  'crisis.level-changed': event<{
    crisisId: string;
    from: string;
    to: string;
    direction: 'escalated' | 'de-escalated';
  }>(),
  'crisis.scope-changed': event<{ crisisId: string }>(),
  'crisis.member-added': event<{ crisisId: string; memberOrgId: string; remote: boolean }>(),
  'crisis.member-removed': event<{ crisisId: string; memberOrgId: string; remote: boolean }>(),
  'crisis.team-member-set': event<{ crisisId: string; userId: string; role: string }>(),
  'crisis.team-member-removed': event<{ crisisId: string; userId: string; role: string }>(),
  'crisis.fact-added': event<{ crisisId: string; factId: string }>(),
  'crisis.decision-logged': event<{ crisisId: string; decisionId: string; number: number }>(),
  'crisis.action-added': event<{ crisisId: string; taskId: string }>(),
  'crisis.action-changed': event<{ crisisId: string; taskId: string; done: boolean }>(),
  'crisis.sitrep-issued': event<{ crisisId: string; sitrepId: string; number: number }>(),
  'crisis.sitrep-reminder-sent': event<{ crisisId: string; dueAt: string }>(),
  'crisis.closed': event<{ crisisId: string; lessonCount: number }>(),
  'crisis.lesson-added': event<{ crisisId: string; lessonId: string; taskId: string | null }>(),
});
