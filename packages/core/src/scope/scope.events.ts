import { defineEvents, event } from '../platform/domain-event.ts';

export const SCOPE_EVENTS = defineEvents({
  'scope-assessment.created': event<{ outcome: string; rulesVersion: string }>(),
});
