import type { DbOrTrx } from '../../db/database.ts';
import { iterateAuditChain, listAuditChains } from '../../repositories/audit.repository.ts';
import { GENESIS_HASH } from '../../repositories/audit.repository.ts';
import { hashEvent } from '../../kernel/audit-chain.ts';

export interface ChainProblem {
  orgId: string;
  seq: number;
  eventId: string | null;
  problem: 'edited' | 'missing' | 'reordered' | 'truncated';
  detail: string;
}

export interface ChainReport {
  chains: number;
  events: number;
  problems: ChainProblem[];
}

/** Walks every chain from its start; reports the first bad event of each chain. */
export async function verifyAuditChains(db: DbOrTrx): Promise<ChainReport> {
  const heads = await listAuditChains(db);
  const problems: ChainProblem[] = [];
  let events = 0;
  for (const head of heads) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let problem: ChainProblem | undefined;
    for await (const row of iterateAuditChain(db, head.orgId)) {
      events += 1;
      const seq = Number(row.seq);
      const at = { orgId: head.orgId, seq, eventId: row.id };
      if (seq !== expectedSeq) {
        problem = { ...at, problem: 'missing', detail: `expected event #${expectedSeq}, found #${seq}` };
        break;
      }
      if (row.prev_hash !== prevHash) {
        problem = { ...at, problem: 'reordered', detail: 'prev_hash does not match the previous event' };
        break;
      }
      if (hashEvent(row.prev_hash, row) !== row.hash) {
        problem = { ...at, problem: 'edited', detail: 'content does not match its hash' };
        break;
      }
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (!problem && (expectedSeq - 1 !== head.seq || prevHash !== head.hash)) {
      problem = {
        orgId: head.orgId,
        seq: expectedSeq,
        eventId: null,
        problem: 'truncated',
        detail: `chain ends at #${expectedSeq - 1} but its head records #${head.seq}`,
      };
    }
    if (problem) problems.push(problem);
  }
  return { chains: heads.length, events, problems };
}
