export * from './platform/index.ts';
export * from './scope/index.ts';
export * from './assets/index.ts';
export * from './delivery/index.ts';
export * from './incidents/index.ts';
export * from './registration/index.ts';
export * from './submissions/index.ts';
export * from './inbox/index.ts';
