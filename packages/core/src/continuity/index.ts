// Business continuity (issue 13): continuity plans, crisis protocols and the offline pack.
export * from './plan.contracts.ts';
export * from './plan-rules.ts';
export * from './critical-role.contracts.ts';
export * from './critical-role.events.ts';
export * from './exercise.contracts.ts';
export * from './exercise.events.ts';
export * from './people-exercise-coverage.ts';
