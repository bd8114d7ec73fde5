export * from './domain-error.ts';
export * from './roles.ts';
export * from './auth.contracts.ts';
export * from './organisation.contracts.ts';
export * from './audit.contracts.ts';
export * from './problem.contracts.ts';
