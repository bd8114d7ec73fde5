import type { Migration } from 'kysely';
import * as platform from './20261122_0900_platform.ts';

// Listed explicitly (not read from disk) so migrations work the same under tsx, vitest and bundlers.
// Names sort by timestamp; Kysely runs them in that order and refuses to skip one.
export const migrations: Record<string, Migration> = {
  '20261122_0900_platform': platform,
};
