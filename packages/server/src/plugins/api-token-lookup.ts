import type { Db } from '../db/database.ts';
import { GroupBatcher } from '../db/group-batcher.ts';
import { findActiveApiTokensByHash, type ActiveApiToken } from '../repositories/api-token.repository.ts';

// Machines (SIEMs, entity installations delivering reports) call in bursts with many requests in flight.
// Each database round trip costs the event loop far more than the lookup itself, so lookups that arrive
// while one is running share the next query. At rest a lookup goes alone at once; nothing is cached, so
// a revoked token is refused from the next query on.
const lookups = new WeakMap<Db, GroupBatcher<string, ActiveApiToken | undefined>>();

/** The active (unrevoked) API token with this sha256 hash, with its organisation's kind. */
export function findActiveApiToken(db: Db, tokenHash: string): Promise<ActiveApiToken | undefined> {
  let batcher = lookups.get(db);
  if (!batcher) {
    batcher = new GroupBatcher(async (hashes) => {
      const rows = await findActiveApiTokensByHash(db, [...new Set(hashes)]);
      const byHash = new Map(rows.map((row) => [row.token_hash, row]));
      return hashes.map((hash) => ({ ok: true, value: byHash.get(hash) }));
    });
    lookups.set(db, batcher);
  }
  return batcher.submit(tokenHash);
}
