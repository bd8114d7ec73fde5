import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';

export async function pingDatabase(db: DbOrTrx): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
