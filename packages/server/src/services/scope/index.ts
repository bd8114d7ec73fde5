// The scope module's use cases, for routes and for other modules (registration reads the latest assessment).
export { findLatestScopeAssessment } from './find-latest-scope-assessment.ts';
export { getScopeAssessment, listOrgScopeAssessments } from './list-scope-assessments.ts';
export { saveScopeAssessment } from './save-scope-assessment.ts';
