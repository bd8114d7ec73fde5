// Incident reporting: the clock (NIS2 Art. 23(4)-(5), CER Art. 15(1)) and the significance rules
// (NIS2 Art. 23(3), Impl. Reg. 2024/2690 Arts. 3-14, CER Art. 15(1)).
export * from './reporting-stages.ts';
export * from './reporting-deadlines.ts';
export * from './incident-impact.ts';
export * from './significance-entity-types.ts';
export * from './significance.ts';
export * from './recurrence.ts';
export * from './cer-disruption.ts';
export * from './incident-workflow.ts';
export * from './incident-progress.ts';
export * from './observables.ts';
export * from './incident.contracts.ts';
export * from './report-content.contracts.ts';
export * from './incident-report.contracts.ts';
export * from './report-recipients.ts';
export * from './deadline-tracking.ts';
export * from './report-prefill.ts';
export * from './incident-report-view.contracts.ts';
export * from './notification.contracts.ts';
export * from './attachment.contracts.ts';
export * from './voluntary-notification.ts';
export * from './legal-labels.ts';
export * from './report-root-cause.ts';
