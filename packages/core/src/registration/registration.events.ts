import { defineEvents, event } from '../platform/domain-event.ts';

export const REGISTRATION_EVENTS = defineEvents({
  'registration.saved': event(),
  'registration.submitted': event(),
});
