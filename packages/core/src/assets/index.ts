// Services and assets, shared by incidents and the risk analysis.
export * from './asset.contracts.ts';
export * from './dependency-graph.ts';
