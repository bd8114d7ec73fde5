// The overview of what needs doing (import as '@weerbaar/core/overview').
export * from './overview.contracts.ts';
