export * from './platform/index.ts';
export * from './scope/index.ts';
export * from './incidents/index.ts';
export * from './delivery/index.ts';
export * from './registration/index.ts';
