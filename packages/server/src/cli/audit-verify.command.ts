import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open-database.ts';
import { collectAuthorityAnchors } from '../services/audit/authority-anchors.ts';
import { verifyAuditChains } from '../services/audit/verify-audit-chains.ts';

/**
 * Exit 0: every chain intact. Exit 1: tampering found; the first bad event of each chain is named.
 * Each chain is checked against its hashes, the heads this installation signed (checkpoints) and, unless
 * --offline, the copies the authority keeps of the heads sent along with deliveries.
 */
export async function run(args: string[]): Promise<number> {
  const offline = args[0] === '--offline';
  const unexpected = args.slice(offline ? 1 : 0)[0];
  if (unexpected !== undefined) {
    process.stderr.write(`weerbaar audit verify: unexpected argument '${unexpected}' (only --offline)\n`);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const authority = offline ? { anchors: [], notices: [] } : await collectAuthorityAnchors(database.db, config);
    for (const notice of authority.notices) {
      process.stderr.write(`Note: the authority's copy could not be read for ${notice}\n`);
    }
    const report = await verifyAuditChains(database.db, config, authority.anchors);
    const against = `checked against ${report.anchors} signed heads (${authority.anchors.length} from the authority)`;
    if (report.problems.length === 0) {
      process.stdout.write(`Audit trail intact: ${report.events} events in ${report.chains} chains, ${against}.\n`);
      return 0;
    }
    for (const p of report.problems) {
      process.stdout.write(
        `TAMPERED chain ${p.orgId}: event #${p.seq}${p.eventId ? ` (id ${p.eventId})` : ''} ${p.problem}: ${p.detail}\n`,
      );
    }
    process.stdout.write(
      `Audit trail NOT intact: ${report.problems.length} of ${report.chains} chains failed (${against}).\n`,
    );
    return 1;
  } finally {
    await database.close();
  }
}
