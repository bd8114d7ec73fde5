import type { DbOrTrx } from '../../db/database.ts';
import {
  GENESIS_HASH,
  iterateAuditChain,
  listAuditChains,
  listAuditCheckpoints,
} from '../../repositories/audit.repository.ts';
import { hashEvent } from '../../kernel/audit-chain.ts';
import { anchorSignatureValid, type ChainHead } from '../../kernel/audit-anchor.ts';
import { installationKey } from '../../adapters/installation-key.ts';
import type { SecretBoxConfig } from '../../adapters/secret-box.ts';

export interface ChainProblem {
  orgId: string;
  seq: number;
  eventId: string | null;
  /**
   * edited/missing/reordered/truncated: the chain does not hold together. rewritten: it holds together
   * but differs from a head this installation signed (all hashes recomputed after an edit).
   * bad-anchor: a signed head whose signature does not verify with this installation's key.
   */
  problem: 'edited' | 'missing' | 'reordered' | 'truncated' | 'rewritten' | 'bad-anchor';
  detail: string;
}

/** A signed chain head to check the chain against: a local checkpoint or the authority's copy. */
export interface ChainAnchor extends ChainHead {
  orgId: string;
  signedAt: string;
  signature: string;
  /** Where it came from, for the report: 'checkpoint', 'authority https://…'. */
  source: string;
}

export interface ChainReport {
  chains: number;
  events: number;
  /** Signed heads the chains were checked against. */
  anchors: number;
  problems: ChainProblem[];
  /** The heads of the chains found intact: what the nightly run checkpoints. */
  intactHeads: (ChainHead & { orgId: string })[];
}

/**
 * Walks every chain from its start and reports the first bad event of each chain. Besides the hash links
 * it checks the chain against the heads this installation signed (audit_checkpoints) and `external` ones
 * (the authority's copy): recomputing every hash after an edit, as a database superuser can, leaves the
 * chain consistent but no longer through those heads, and without the installation's key (outside the
 * database) no new head can be signed.
 */
export async function verifyAuditChains(
  db: DbOrTrx,
  config: SecretBoxConfig,
  external: readonly ChainAnchor[] = [],
): Promise<ChainReport> {
  const { publicKey } = installationKey(config);
  const heads = await listAuditChains(db);
  const problems: ChainProblem[] = [];
  const intactHeads: ChainReport['intactHeads'] = [];
  let events = 0;
  let anchorCount = 0;
  for (const head of heads) {
    const anchors: ChainAnchor[] = [
      ...(await listAuditCheckpoints(db, head.orgId)).map((c) => ({
        ...c,
        signedAt: c.signedAt.toISOString(),
        source: 'checkpoint',
      })),
      ...external.filter((a) => a.orgId === head.orgId),
    ].filter((a) => a.seq > 0);
    anchorCount += anchors.length;
    let problem: ChainProblem | undefined;
    const forged = anchors.find((a) => !anchorSignatureValid(head.orgId, a, publicKey));
    if (forged) {
      problem = {
        orgId: head.orgId,
        seq: forged.seq,
        eventId: null,
        problem: 'bad-anchor',
        detail: `the head #${forged.seq} signed ${forged.signedAt} (${forged.source}) does not verify with this installation's key`,
      };
    }
    const bySeq = new Map<number, ChainAnchor[]>();
    for (const a of anchors) bySeq.set(a.seq, [...(bySeq.get(a.seq) ?? []), a]);
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    if (!problem) {
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
        const differs = bySeq.get(seq)?.find((a) => a.hash !== row.hash);
        if (differs) {
          problem = {
            ...at,
            problem: 'rewritten',
            detail: `the chain up to here differs from the head signed ${differs.signedAt} (${differs.source}): an event at or before #${seq} was changed and the hashes recomputed`,
          };
          break;
        }
        prevHash = row.hash;
        expectedSeq += 1;
      }
    }
    const last = expectedSeq - 1;
    const beyond = anchors.find((a) => a.seq > last);
    if (!problem && beyond) {
      problem = {
        orgId: head.orgId,
        seq: last + 1,
        eventId: null,
        problem: 'truncated',
        detail: `the chain ends at #${last} but a head #${beyond.seq} was signed ${beyond.signedAt} (${beyond.source})`,
      };
    }
    if (!problem && (last !== head.seq || prevHash !== head.hash)) {
      problem = {
        orgId: head.orgId,
        seq: expectedSeq,
        eventId: null,
        problem: 'truncated',
        detail: `chain ends at #${last} but its head records #${head.seq}`,
      };
    }
    if (problem) problems.push(problem);
    else intactHeads.push({ orgId: head.orgId, seq: head.seq, hash: head.hash });
  }
  return { chains: heads.length, events, anchors: anchorCount, problems, intactHeads };
}
