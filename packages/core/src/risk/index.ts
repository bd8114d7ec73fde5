// Risk analysis: the all-hazards threat catalogue, the matrix, scenarios and risks.
export * from './threat-catalogue.ts';
export * from './risk-matrix.ts';
export * from './risk-review.ts';
export * from './risk.contracts.ts';
