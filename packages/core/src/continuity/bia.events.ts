import { defineEvents, event } from '../platform/domain-event.ts';

// The business impact analysis (NIS2 Art. 21(2)(c); CER Art. 13(1)(c)-(d)).
export const BIA_EVENTS = defineEvents({
  /** The analysis of a service or asset was recorded or replaced (a service's MTPD included). */
  'business-impact.recorded': event<{ assetId: string }>(),
});
