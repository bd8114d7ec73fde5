import { defineEvents, event } from '../platform/domain-event.ts';

export const RISK_EVENTS = defineEvents({
  'risk-threat.created': event(),
  'risk-threat.updated': event(),
  'risk-matrix.changed': event(),
  'risk-scenario.created': event<{ scenarioId: string }>(),
  'risk-scenario.updated': event<{ scenarioId: string }>(),
  'risk.created': event<{ riskId: string }>(),
  'risk.updated': event<{ riskId: string }>(),
  /** Accepting a risk is a decision of its own on the record (who, why). */
  'risk.accepted': event<{ riskId: string }>(),
  'risk.reviewed': event<{ riskId: string; nextReviewOn: string }>(),
  'risk.review-due': event<{ riskId: string; nextReviewOn: string }>(),
});
