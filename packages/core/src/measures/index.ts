// Measures: catalogues of requirements, their crosswalk, and what an organisation implemented.
export * from './catalogue.contracts.ts';
export * from './catalogues.ts';
export * from './implementation.contracts.ts';
export * from './coverage.ts';
export * from './measure.events.ts';
export * from './applicability.ts';
export * from './oscal-catalog.ts';
export * from './board.contracts.ts';
export * from './board.events.ts';
export * from './oscal-component-definition.ts';
export * from './custom-catalogue.contracts.ts';
