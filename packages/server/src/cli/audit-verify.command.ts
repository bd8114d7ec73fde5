import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open-database.ts';
import { verifyAuditChains } from '../services/audit/verify-audit-chains.ts';

/** Exit 0: every chain intact. Exit 1: tampering found; the first bad event of each chain is named. */
export async function run(args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write(`weerbaar audit verify: unexpected argument '${args[0]}'\n`);
    return 2;
  }
  const database = await openDatabase(loadConfig());
  try {
    const report = await verifyAuditChains(database.db);
    if (report.problems.length === 0) {
      process.stdout.write(`Audit trail intact: ${report.events} events in ${report.chains} chains.\n`);
      return 0;
    }
    for (const p of report.problems) {
      process.stdout.write(
        `TAMPERED chain ${p.orgId}: event #${p.seq}${p.eventId ? ` (id ${p.eventId})` : ''} ${p.problem}: ${p.detail}\n`,
      );
    }
    process.stdout.write(`Audit trail NOT intact: ${report.problems.length} of ${report.chains} chains failed.\n`);
    return 1;
  } finally {
    await database.close();
  }
}
