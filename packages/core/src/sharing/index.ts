export * from './tlp.ts';
