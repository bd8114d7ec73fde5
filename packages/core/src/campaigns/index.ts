// Campaigns across entities: indicators compared across received reports, and the analyst's cases
// (import as '@weerbaar/core/campaigns').
export * from './indicator-match.ts';
export * from './campaign.contracts.ts';
export * from './campaigns.events.ts';
