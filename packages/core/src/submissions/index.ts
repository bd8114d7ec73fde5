// The payload schema of each kind of submission (import as '@weerbaar/core/submissions'). Its own area
// because it names the payloads of other areas (incidents, registration): delivery stays below them, and
// no other core area imports this one.
export * from './submission-payloads.ts';
