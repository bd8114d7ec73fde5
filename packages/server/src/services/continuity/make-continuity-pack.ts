import type { Pack } from '@weerbaar/core/continuity';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertPack, listApprovedVersions } from '../../repositories/continuity-plan.repository.ts';
import { presentPack } from './continuity-plan.presenter.ts';

/**
 * Records an offline pack of the plans in force (their approved versions) with the next pack version. The
 * pack itself (PDF, static HTML) is rendered from this record, so it can be downloaded again unchanged, and
 * the platform knows which plan versions are on paper. Whoever may read the plans may print them.
 */
export const makeContinuityPack = defineUseCase({
  actions: ['continuity-pack.made'],
  async run({ trx, now, record }, ctx: OrgActor, { via }: { via: 'web' | 'cli' }): Promise<Pack> {
    authorize(ctx, 'read', { type: 'continuity-plan', orgId: ctx.orgId }, 'Continuity plan');
    const approved = await listApprovedVersions(trx, ctx.orgId);
    // What goes on paper is kept as printed: each plan's version and its title of now.
    const printed = approved.map((v) => ({ plan_id: v.plan_id, version: v.version, title: v.title }));
    const row = await insertPack(trx, { org_id: ctx.orgId, made_at: now, made_by_name: ctx.actor.label, via }, printed);
    const pack = presentPack(row, printed);
    await record(
      'continuity-pack.made',
      { subjectType: 'continuity-pack', subjectId: row.id, after: pack },
      { packId: row.id, packVersion: row.pack_version },
    );
    return pack;
  },
});
