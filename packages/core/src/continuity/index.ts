// Business continuity (issue 13): continuity plans, crisis protocols and the offline pack.
export * from './plan.contracts.ts';
export * from './plan-rules.ts';
