// Continuity: the business impact analysis per service (and, in later parts, plans and exercises).
export * from './bia.contracts.ts';
export * from './bia-warnings.ts';
