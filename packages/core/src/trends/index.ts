// The authority's trends over received reports and registrations (import as '@weerbaar/core/trends').
export * from './suppression.ts';
export * from './buckets.ts';
export * from './trends.contracts.ts';
export * from './quarterly-report.contracts.ts';
