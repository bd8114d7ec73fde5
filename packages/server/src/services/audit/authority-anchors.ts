// The authority's copy of this installation's signed audit heads (kept from every delivery), fetched for
// `weerbaar audit verify`: a rewrite that also deleted the local checkpoints still differs from them.
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { listDeliveryTargetsWithToken } from '../../repositories/delivery-target.repository.ts';
import { fetchAuditAnchors } from '../../adapters/authority-client.ts';
import { openSecret } from '../../adapters/secret-box.ts';
import { API_TOKEN_PURPOSE } from '../delivery/delivery-secrets.ts';
import type { ChainAnchor } from './verify-audit-chains.ts';

export interface AuthorityAnchors {
  anchors: ChainAnchor[];
  /** Authorities that could not be asked: said, but no failure (the local checks still run). */
  notices: string[];
}

export async function collectAuthorityAnchors(db: Db, config: Config): Promise<AuthorityAnchors> {
  const anchors: ChainAnchor[] = [];
  const notices: string[] = [];
  // One intake may serve both recipients of an organisation (docs/DELIVERY.md): ask each intake once.
  const asked = new Set<string>();
  for (const target of await listDeliveryTargetsWithToken(db)) {
    const intake = `${target.org_id} ${target.authority_url}`;
    if (asked.has(intake)) continue;
    asked.add(intake);
    try {
      const token = openSecret(config, target.api_token_ciphertext!, API_TOKEN_PURPOSE);
      for (const a of await fetchAuditAnchors(config, target.authority_url, token)) {
        anchors.push({
          orgId: target.org_id,
          seq: a.seq,
          hash: a.hash,
          signedAt: a.signedAt,
          signature: a.signature,
          source: `authority ${target.authority_url}, submission ${a.submissionId}`,
        });
      }
    } catch (error) {
      notices.push(`organisation ${target.org_id}: ${(error as Error).message}`);
    }
  }
  return { anchors, notices };
}
