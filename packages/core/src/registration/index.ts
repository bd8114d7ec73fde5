// The entity's registration record and the authority's registry (import as '@weerbaar/core/registration').
export * from './contact-formats.ts';
export * from './ip-range.ts';
export * from './normalise-registration.ts';
export * from './registration-diff.ts';
export * from './registration-vocabulary.ts';
export * from './registration.contracts.ts';
export * from './registration-view.contracts.ts';
export * from './update-deadlines.ts';
