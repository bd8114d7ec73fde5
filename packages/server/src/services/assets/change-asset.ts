import { fieldsNotForKind, type Asset, type AssetUpdate } from '@weerbaar/core/assets';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { countExternalDependantsOf } from '../../repositories/asset-graph.repository.ts';
import { lockAsset, updateAsset } from '../../repositories/asset.repository.ts';
import { clearServiceOnlyImpact, findBusinessImpact } from '../../repositories/business-impact.repository.ts';
import { countPlansForService } from '../../repositories/continuity-plan.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentBusinessImpact } from './business-impact.presenter.ts';
import { assertAssetNameFree } from './asset-name.ts';
import { presentAsset } from './asset.presenter.ts';

export const changeAsset = defineUseCase({
  actions: ['asset.updated', 'business-impact.recorded'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { id, changes }: { id: string; changes: AssetUpdate },
  ): Promise<Asset> {
    const before = await lockAsset(trx, ctx.orgId, id, 'change');
    if (!before) throw notFound('Asset');
    authorize(ctx, 'write', { type: 'asset', orgId: before.org_id }, 'Asset');
    if (changes.name !== undefined || changes.kind !== undefined) {
      await assertAssetNameFree(trx, ctx.orgId, changes.kind ?? before.kind, changes.name ?? before.name, id);
    }
    const kind = changes.kind ?? before.kind;
    // The fields of the other kind must be empty afterwards: stored ones are cleared when the kind changes.
    const foreign = fieldsNotForKind(kind, changes);
    if (foreign.length > 0) {
      throw new DomainError(
        'validation_failed',
        `${foreign.join(', ')} not used for a ${kind}`,
        foreign.map((f) => ({
          name: `body.${f}`,
          reason: `is not used for a ${kind}`,
          code: 'not_for_kind' as const,
          params: { kind },
        })),
      );
    }
    // Only services have external dependants (they are what others receive).
    if (kind === 'asset' && before.kind === 'service' && (await countExternalDependantsOf(trx, ctx.orgId, id)) > 0) {
      throw new DomainError('conflict', 'This service still has external dependants', [
        { name: 'body.kind', reason: 'remove the external dependants first', code: 'dependants_first' },
      ]);
    }
    // A continuity plan is about a service (NIS2 Art. 21(2)(c)): it does not silently end up about an asset.
    if (kind === 'asset' && before.kind === 'service' && (await countPlansForService(trx, ctx.orgId, id)) > 0) {
      throw new DomainError('conflict', 'Continuity plans are about this service', [
        { name: 'body.kind', reason: 'continuity plans are about this service', code: 'plans_first' },
      ]);
    }
    const clear =
      kind === before.kind
        ? {}
        : kind === 'service'
          ? { asset_type: null, control_function: null }
          : { max_tolerable_downtime_hours: null, people_served: null };
    const row = await updateAsset(trx, ctx.orgId, id, {
      ...clear,
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.crownJewel !== undefined ? { crown_jewel: changes.crownJewel } : {}),
      ...(changes.owner !== undefined ? { owner: changes.owner } : {}),
      ...(changes.assetType !== undefined ? { asset_type: changes.assetType } : {}),
      ...(changes.controlFunction !== undefined ? { control_function: changes.controlFunction } : {}),
      ...(changes.confidentiality !== undefined ? { confidentiality: changes.confidentiality } : {}),
      ...(changes.integrity !== undefined ? { integrity: changes.integrity } : {}),
      ...(changes.availability !== undefined ? { availability: changes.availability } : {}),
      ...(changes.maxTolerableDowntimeHours !== undefined
        ? { max_tolerable_downtime_hours: changes.maxTolerableDowntimeHours }
        : {}),
      ...(changes.peopleServed !== undefined ? { people_served: changes.peopleServed } : {}),
    });
    const after = presentAsset(row);
    await record('asset.updated', { subjectType: 'asset', subjectId: id, before: presentAsset(before), after }, {});
    // Its business impact analysis keeps only what a plain asset has (the recovery objectives), as the MTPD
    // above is cleared: no stale service fields stay behind (NIS2 Art. 21(2)(c)).
    if (kind === 'asset' && before.kind === 'service') {
      const impactBefore = await findBusinessImpact(trx, ctx.orgId, id);
      const impactAfter = impactBefore && (await clearServiceOnlyImpact(trx, ctx.orgId, id, now));
      if (impactBefore && impactAfter) {
        await record(
          'business-impact.recorded',
          {
            subjectType: 'asset',
            subjectId: id,
            before: {
              ...presentBusinessImpact(impactBefore),
              maxTolerableDowntimeHours: before.max_tolerable_downtime_hours,
            },
            after: { ...presentBusinessImpact(impactAfter), maxTolerableDowntimeHours: null },
          },
          { assetId: id },
        );
      }
    }
    return after;
  },
});
