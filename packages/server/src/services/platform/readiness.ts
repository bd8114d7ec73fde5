import type { Db } from '../../db/database.ts';
import { pingDatabase } from '../../repositories/health.repository.ts';

/** Ready means: the database answers. Replicas that are not ready get no traffic from the balancer. */
export async function isReady(db: Db): Promise<boolean> {
  try {
    await pingDatabase(db);
    return true;
  } catch {
    return false;
  }
}
