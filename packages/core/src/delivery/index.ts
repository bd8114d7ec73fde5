// Delivery of submissions from entities to the authority (import as '@weerbaar/core/delivery').
export * from './submission.contracts.ts';
export * from './addressee.ts';
