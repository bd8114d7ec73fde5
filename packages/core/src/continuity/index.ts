// Business continuity (issue 13): continuity plans, crisis protocols and the offline pack.
export * from './plan.contracts.ts';
export * from './plan-rules.ts';
export * from './critical-role.contracts.ts';
export * from './critical-role.events.ts';
export * from './exercise.contracts.ts';
export * from './exercise.events.ts';
export * from './people-exercise-coverage.ts';
// Continuity: the business impact analysis per service (and, in later parts, plans and exercises).
export * from './bia.contracts.ts';
export * from './bia-warnings.ts';
