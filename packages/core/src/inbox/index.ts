// The authority's inbox of received incident reports (import as '@weerbaar/core/inbox').
export * from './inbox.contracts.ts';
export * from './cross-border.ts';
