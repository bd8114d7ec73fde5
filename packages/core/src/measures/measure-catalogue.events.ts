import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of an organisation's own catalogues (an OSCAL catalog imported as a custom framework).
export const MEASURE_CATALOGUE_EVENTS = defineEvents({
  'measure-catalogue.imported': event<{ catalogueId: string; requirementCount: number }>(),
  // The same catalogue imported again (same id derived from its title): its requirements replaced.
  'measure-catalogue.updated': event<{ catalogueId: string; requirementCount: number; previousCount: number }>(),
  // Removed with its adoption; its implementation records stay (docs/MEASURES-EXPORTS.md).
  'measure-catalogue.deleted': event<{ catalogueId: string }>(),
});
