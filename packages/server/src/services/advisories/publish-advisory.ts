// The authority writes and publishes its own CSAF 2.0 advisory (issue 14 item 4): the form becomes a CSAF
// document (core csaf-author.ts) with the authority as publisher (category coordinator) and this
// installation's public address as its namespace, is validated like any import, and is matched against
// the inventories of every organisation that may read it. TLP:CLEAR advisories appear in the public
// provider feed (/.well-known/csaf/provider-metadata.json, CSAF §7.1.1).
import { AdvisoryAuthorSchema, buildCsafAdvisory, type AdvisoryAuthor } from '@weerbaar/core/advisories';
import { DomainError, notFound } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { findOwnAllEntitiesCommunity } from '../../repositories/advisory.repository.ts';
import { findCommunityOf } from '../../repositories/community.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import { sha512Of } from './csaf-sources.ts';
import { storeCsafAdvisory, type AdvisoryAudience, type CsafImported } from './import-csaf-advisory.ts';

/**
 * A publication is shared: with the community named (the publisher must own it or be a member), else the
 * publisher's own all-entities community; named organisations count for AMBER and AMBER+STRICT, named
 * people for RED (core platform/tlp-visibility.ts).
 */
async function publishedAudience(trx: Trx, ctx: OrgActor, input: AdvisoryAuthor): Promise<AdvisoryAudience> {
  let communityId = input.communityId ?? null;
  if (communityId !== null) {
    if (!(await findCommunityOf(trx, ctx.orgId, communityId))) throw notFound('Community');
  } else {
    communityId = (await findOwnAllEntitiesCommunity(trx, ctx.orgId)) ?? null;
  }
  const amber = input.tlp === 'AMBER' || input.tlp === 'AMBER+STRICT';
  return {
    shared: true,
    communityId,
    recipientOrgIds: amber ? (input.recipientOrgIds ?? []) : [],
    recipientUserIds: input.tlp === 'RED' ? (input.recipientUserIds ?? []) : [],
  };
}

export const publishAdvisory = defineUseCase({
  actions: ['advisory.published'],
  input: AdvisoryAuthorSchema,
  async run({ trx, now, config, record }, ctx: OrgActor, input: AdvisoryAuthor): Promise<CsafImported> {
    authorize(ctx, 'publish', { type: 'advisory', orgId: ctx.orgId }, 'Advisory');
    const org = await findOrganisation(trx, ctx.orgId);
    const document = buildCsafAdvisory(input, { name: org!.name, namespace: config.publicUrl.replace(/\/$/, '') }, now);
    const text = JSON.stringify(document);
    const audience = await publishedAudience(trx, ctx, input);
    const stored = await storeCsafAdvisory(
      trx,
      now,
      ctx,
      { document, sha512: sha512Of(text), source: 'authored' },
      async () => audience,
    );
    // An authored advisory is release 1; a second with the same tracking id is a new advisory, not an update.
    if ('unchanged' in stored || stored.result.outcome !== 'imported') {
      throw new DomainError('conflict', `An advisory ${input.trackingId} exists already`);
    }
    await record(
      'advisory.published',
      {
        subjectType: 'advisory',
        subjectId: stored.result.advisoryId,
        details: { trackingId: input.trackingId, tlp: input.tlp },
      },
      { advisoryId: stored.result.advisoryId, trackingId: input.trackingId },
    );
    return stored.result;
  },
});
