import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';

/** What every route plugin receives: the database and the configuration, passed explicitly. */
export interface RouteDeps {
  db: Db;
  config: Config;
}

export const EMPTY = z.null().describe('No content');
export const NO_CONTENT = { 204: EMPTY } as const;
