// Crisis coordination (issue 16; import as '@weerbaar/core/crisis').
export * from './requests.ts';
