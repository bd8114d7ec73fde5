// Imports one CSAF 2.0 advisory into the acting organisation (issue 14 item 4): validated (schema and
// every mandatory test, csaf-validation.ts), stored whole with its facts, its TLP 1.0 label mapped to TLP
// 2.0 (core sharing/tlp.ts: WHITE → CLEAR, the others keep their name; a document without a label is held
// as AMBER — a label is never widened), and matched against the inventories of every organisation that may
// read it under the one TLP rule (a job per organisation). One advisory per tracking id: a newer release
// replaces the older one, an older or identical one changes nothing.
//
// Its audience: what an entity imports is its own (not shared, whatever the label). What the authority
// imports it shares when the label lets it travel by community (CLEAR, GREEN) — with its own all-entities
// community — and otherwise keeps (an AMBER advisory from a provider is not passed on by an import).
import { extractAdvisoryFacts, type AdvisoryFacts, type AdvisoryImported } from '@weerbaar/core/advisories';
import type { Trx } from '../../db/database.ts';
import { DomainError } from '@weerbaar/core/platform';
import { tlpFromVersion1, type TlpLabel } from '@weerbaar/core/sharing';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { authorize } from '../../kernel/authorize.ts';
import {
  findAdvisoryByTracking,
  findOwnAllEntitiesCommunity,
  insertAdvisoryRecipients,
  listEntityReaders,
  upsertAdvisory,
} from '../../repositories/advisory.repository.ts';
import { validateCsaf } from './csaf-validation.ts';
import { scheduleAdvisoryMatch } from './match-advisories.job.ts';

export interface CsafImportInput {
  document: unknown;
  sha512: string;
  source: 'file' | 'provider' | 'authored';
  sourceUrl?: string | undefined;
}

export type CsafImported = AdvisoryImported;

export const UNLABELLED_TLP: TlpLabel = 'AMBER';

/** Who an advisory is shared with; the one TLP rule decides who of them reads it. */
export interface AdvisoryAudience {
  shared: boolean;
  communityId: string | null;
  recipientOrgIds: readonly string[];
  recipientUserIds: readonly string[];
}

/** An import's audience (see the head of this file). */
async function importAudience(trx: Trx, ctx: OrgActor, tlp: TlpLabel): Promise<AdvisoryAudience> {
  const travels = tlp === 'CLEAR' || tlp === 'GREEN';
  if (ctx.orgKind !== 'authority' || !travels) {
    return { shared: false, communityId: null, recipientOrgIds: [], recipientUserIds: [] };
  }
  const communityId = (await findOwnAllEntitiesCommunity(trx, ctx.orgId)) ?? null;
  return { shared: true, communityId, recipientOrgIds: [], recipientUserIds: [] };
}

/**
 * Validates and stores one advisory in the acting organisation and schedules its matching; shared by the
 * import and the authority's own publication (each records its own audit event). Undefined: this release
 * or a newer one is held already.
 */
export async function storeCsafAdvisory(
  trx: Trx,
  now: Date,
  ctx: OrgActor,
  input: CsafImportInput,
  audienceOf: (tlp: TlpLabel) => Promise<AdvisoryAudience> = (tlp) => importAudience(trx, ctx, tlp),
): Promise<{ result: CsafImported; facts: AdvisoryFacts } | { unchanged: CsafImported }> {
  // Validity only (schema and mandatory tests); `weerbaar csaf validate` reports the optional findings too.
  const validation = await validateCsaf(input.document, { advice: false });
  if (!validation.valid) {
    throw new DomainError(
      'validation_failed',
      `Not a valid CSAF 2.0 document (${validation.errors.length} errors)`,
      validation.errors.slice(0, 50).map((e) => ({
        name: `document${e.instancePath.replace(/\//g, '.')}`,
        reason: `${e.test}: ${e.message}`,
        code: 'invalid' as const,
      })),
    );
  }
  const facts = extractAdvisoryFacts(input.document);
  const tlp = facts.tlp1 ? tlpFromVersion1(facts.tlp1) : UNLABELLED_TLP;
  const existing = await findAdvisoryByTracking(trx, ctx.orgId, facts.trackingId);
  if (
    existing &&
    (existing.sha512 === input.sha512 || existing.current_release_date.getTime() > Date.parse(facts.currentReleaseDate))
  ) {
    return {
      unchanged: {
        advisoryId: existing.id,
        trackingId: facts.trackingId,
        tlp,
        outcome: 'unchanged',
        warnings: validation.warnings.length,
      },
    };
  }
  const audience = await audienceOf(tlp);
  const scores = facts.vulnerabilities.flatMap((v) => (v.cvss ? [v.cvss.score] : []));
  const row = await upsertAdvisory(
    trx,
    ctx.orgId,
    {
      tracking_id: facts.trackingId,
      version: facts.version,
      title: facts.title,
      publisher_name: facts.publisher,
      tlp,
      current_release_date: facts.currentReleaseDate,
      cves: facts.cves,
      max_cvss: scores.length > 0 ? Math.max(...scores) : null,
      source: input.source,
      source_url: input.sourceUrl ?? null,
      sha512: input.sha512,
      document: input.document as Record<string, unknown>,
      facts,
      shared: audience.shared,
      community_id: audience.communityId,
    },
    now,
  );
  if (!existing) {
    await insertAdvisoryRecipients(trx, ctx.orgId, row.id, {
      orgIds: audience.recipientOrgIds,
      userIds: audience.recipientUserIds,
    });
  }
  // Whom to match it for: the one rule every read path uses, asked in SQL per organisation.
  const readers = await listEntityReaders(trx, ctx.orgId, row.id);
  for (const orgId of readers) {
    await scheduleAdvisoryMatch(trx, orgId, `${row.id}:${input.sha512.slice(0, 32)}`, {
      advisory: { orgId: ctx.orgId, id: row.id },
    });
  }
  return {
    facts,
    result: {
      advisoryId: row.id,
      trackingId: facts.trackingId,
      tlp,
      outcome: existing ? 'replaced' : 'imported',
      warnings: validation.warnings.length,
    },
  };
}

export const importCsafAdvisory = defineUseCase({
  actions: ['advisory.imported'],
  async run({ trx, now, record, unchanged }, ctx: OrgActor, input: CsafImportInput): Promise<CsafImported> {
    authorize(ctx, 'import', { type: 'advisory', orgId: ctx.orgId }, 'Advisory');
    const stored = await storeCsafAdvisory(trx, now, ctx, input);
    if ('unchanged' in stored) {
      unchanged();
      return stored.unchanged;
    }
    const { result, facts } = stored;
    await record(
      'advisory.imported',
      {
        subjectType: 'advisory',
        subjectId: result.advisoryId,
        details: { trackingId: facts.trackingId, version: facts.version, tlp: result.tlp, source: input.source },
      },
      { advisoryId: result.advisoryId, trackingId: facts.trackingId, replaced: result.outcome === 'replaced' },
    );
    return result;
  },
});
