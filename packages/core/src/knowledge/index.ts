export * from './knowledge.contracts.ts';
export * from './knowledge.events.ts';
