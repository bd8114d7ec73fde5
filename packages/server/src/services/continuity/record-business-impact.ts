import { businessImpactFieldsNotFor, type BusinessImpact, type BusinessImpactInput } from '@weerbaar/core/continuity';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { lockAsset, updateAsset } from '../../repositories/asset.repository.ts';
import { findBusinessImpact, upsertBusinessImpact } from '../../repositories/business-impact.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentBusinessImpact } from '../assets/business-impact.presenter.ts';

/**
 * Records (replaces) the business impact analysis of a service, or the recovery objectives of an asset
 * (NIS2 Art. 21(2)(c); 2024/2690 Annex 4.1). The service's MTPD is written where it lives, in the assets
 * table, in the same transaction and audit event; the asset is locked, so its kind cannot change meanwhile.
 */
export const recordBusinessImpact = defineUseCase({
  actions: ['business-impact.recorded'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { assetId, ...input }: BusinessImpactInput & { assetId: string },
  ): Promise<BusinessImpact & { maxTolerableDowntimeHours: number | null }> {
    const asset = await lockAsset(trx, ctx.orgId, assetId, 'keep');
    if (!asset) throw notFound('Asset');
    authorize(ctx, 'write', { type: 'business-impact', orgId: asset.org_id }, 'Asset');
    const foreign = businessImpactFieldsNotFor(asset.kind, input);
    if (foreign.length > 0) {
      throw new DomainError(
        'validation_failed',
        `${foreign.join(', ')} not used for an asset`,
        foreign.map((f) => ({
          name: `body.${f}`,
          reason: 'is only recorded for a service',
          code: 'not_for_kind' as const,
          params: { kind: asset.kind },
        })),
      );
    }
    const before = await findBusinessImpact(trx, ctx.orgId, assetId);
    const effects = input.physicalEffects ?? null;
    const row = await upsertBusinessImpact(
      trx,
      ctx.orgId,
      assetId,
      {
        rto_hours: input.rtoHours,
        rpo_hours: input.rpoHours,
        minimum_service_level: input.minimumServiceLevel ?? null,
        peak_periods: input.peakPeriods ?? [],
        safety_effect: effects?.safety ?? null,
        health_effect: effects?.health ?? null,
        environment_effect: effects?.environment ?? null,
        physical_effects_description: effects?.description ?? null,
      },
      now,
    );
    const mtpdBefore = asset.max_tolerable_downtime_hours;
    let mtpd = mtpdBefore;
    if (input.maxTolerableDowntimeHours !== undefined && input.maxTolerableDowntimeHours !== mtpdBefore) {
      mtpd = (
        await updateAsset(trx, ctx.orgId, assetId, { max_tolerable_downtime_hours: input.maxTolerableDowntimeHours })
      ).max_tolerable_downtime_hours;
    }
    const after = { ...presentBusinessImpact(row), maxTolerableDowntimeHours: mtpd };
    await record(
      'business-impact.recorded',
      {
        subjectType: 'asset',
        subjectId: assetId,
        before: before ? { ...presentBusinessImpact(before), maxTolerableDowntimeHours: mtpdBefore } : undefined,
        after,
      },
      { assetId },
    );
    return after;
  },
});
