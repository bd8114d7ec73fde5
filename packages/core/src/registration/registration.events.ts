import { defineEvents, event } from '../platform/domain-event.ts';

export const REGISTRATION_EVENTS = defineEvents({
  'registration.saved': event<{ version: number }>(),
  'registration.submitted': event<{ version: number; submissionId: string | null }>(),
});
