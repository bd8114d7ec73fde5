export * from './tlp.ts';
export * from './visibility.ts';
export * from './sharing.contracts.ts';
export * from './sharing.events.ts';
export * from './stix.ts';
