// Crisis coordination under the national plan (issue 16): levels, contracts, sitrep rhythm.
export * from './crisis-levels.ts';
export * from './crisis.contracts.ts';
export * from './sitrep-rules.ts';
export * from './crisis.events.ts';
export * from './requests.ts';
