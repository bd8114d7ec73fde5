import { defineEvents, event } from '../platform/domain-event.ts';

// Audit actions of the measures module (what an organisation implements against its catalogues).
export const MEASURE_EVENTS = defineEvents({
  'measure.framework-adopted': event<{ catalogueId: string }>(),
  'measure.framework-dropped': event<{ catalogueId: string }>(),
  'measure.updated': event<{ requirementId: string; status: string }>(),
  'measure.evidence-added': event<{ requirementId: string; fileName: string; sizeBytes: number; sha256: string }>(),
  'measure.evidence-removed': event<{ requirementId: string; evidenceId: string }>(),
  'measure.review-due': event<{ requirementId: string; reviewDate: string }>(),
});
