import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of an organisation's own catalogues (an OSCAL catalog imported as a custom framework).
export const MEASURE_CATALOGUE_EVENTS = defineEvents({
  'measure-catalogue.imported': event<{ catalogueId: string; requirementCount: number }>(),
});
