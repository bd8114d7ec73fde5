export * from './critical-role.contracts.ts';
export * from './critical-role.events.ts';
export * from './exercise.contracts.ts';
export * from './exercise.events.ts';
export * from './people-exercise-coverage.ts';
