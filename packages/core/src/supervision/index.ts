// Supervision: authority kinds, authorities per sector, information requests and findings (import as '@weerbaar/core/supervision').
export * from './supervision.contracts.ts';
export * from './supervision-rules.ts';
export * from './sector-authorities.ts';
export * from './supervision-transport.contracts.ts';
