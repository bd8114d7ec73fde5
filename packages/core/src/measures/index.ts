// Measures: catalogues of requirements, their crosswalk, and what an organisation implemented.
export * from './catalogue.contracts.ts';
export * from './catalogues.ts';
export * from './applicability.ts';
export * from './oscal-catalog.ts';
