// TLP 2.0 AMBER: "Recipients may share TLP:AMBER information with members of their own organization and
// its clients on a need-to-know basis" (FIRST TLP 2.0; core platform/tlp-visibility.ts). A recipient
// organisation of an AMBER advisory passes it on to named client organisations: recorded as recipients
// passed on by it (advisory_recipients.passed_on_by), which the one rule reads as "AMBER: the recipient
// organisations and the clients a recipient passed it on to" — visible to those clients only, never to their
// communities. Only AMBER travels on (not AMBER+STRICT or RED; GREEN and CLEAR need no passing on), only a
// recipient organisation passes it (not a client it was passed to, so it never travels further), and only
// to its clients (core isClientOf: an authority's constituency, the entities). The clients' inventories are
// matched against it as for any advisory they may read.
import { AdvisoryPassOnSchema } from '@weerbaar/core/advisories';
import { z } from 'zod';
import { DomainError, invalidField, notFound } from '@weerbaar/core/platform';
import { isClientOf } from '@weerbaar/core/sharing';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize, policyActorOf } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  findOrganisationKinds,
  findVisibleAdvisory,
  insertAdvisoryPassOn,
} from '../../repositories/advisory.repository.ts';
import { scheduleAdvisoryMatch } from './match-advisories.job.ts';
import { passOnRefusal } from './pass-on-rule.ts';

const PassOnInputSchema = AdvisoryPassOnSchema.extend({ advisoryId: z.uuid() });

export const passOnAdvisory = defineUseCase({
  actions: ['advisory.passed-on'],
  input: PassOnInputSchema,
  async run(
    { trx, record, unchanged },
    ctx: OrgActor,
    input: z.infer<typeof PassOnInputSchema>,
  ): Promise<{ passedOnTo: string[] }> {
    // Passing on is sharing information (as importing is): not the read-only auditor.
    authorize(ctx, 'import', { type: 'advisory', orgId: ctx.orgId }, 'Advisory');
    const { userId } = policyActorOf(ctx);
    const row = await findVisibleAdvisory(trx, { orgId: ctx.orgId, userId }, input.advisoryId);
    if (!row) throw notFound('Advisory');
    const advisory = { orgId: row.org_id, id: row.id };
    const refusal = await passOnRefusal(trx, ctx.orgId, row);
    if (refusal !== null) throw new DomainError('conflict', refusal);
    const kinds = new Map((await findOrganisationKinds(trx, input.clientOrgIds)).map((o) => [o.id, o.kind]));
    input.clientOrgIds.forEach((id, i) => {
      const kind = kinds.get(id);
      if (!kind || id === ctx.orgId || !isClientOf(ctx.orgKind, kind)) {
        throw invalidField(`body.clientOrgIds.${i}`, 'not a client organisation of yours', 'invalid');
      }
    });
    const added = await insertAdvisoryPassOn(trx, advisory, ctx.orgId, [...new Set(input.clientOrgIds)]);
    if (added.length === 0) {
      unchanged();
      return { passedOnTo: [] };
    }
    for (const orgId of added) {
      await scheduleAdvisoryMatch(trx, orgId, `pass-on:${row.id}:${orgId}`, { advisory });
    }
    await record(
      'advisory.passed-on',
      { subjectType: 'advisory', subjectId: row.id, details: { tlp: row.tlp, clients: added.length } },
      { advisoryId: row.id, clientOrgIds: added },
    );
    return { passedOnTo: added };
  },
});
