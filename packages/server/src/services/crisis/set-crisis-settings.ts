import type { CrisisSettings } from '@weerbaar/core/crisis';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { upsertCrisisSettings } from '../../repositories/crisis.repository.ts';
import { effectiveSettings } from './crisis-guards.ts';

/**
 * The organisation's escalation levels and decision-making structures (the LCP-D's own levels are unverified:
 * configurable data, not law). Those who configure the authority organisation set them.
 */
export const setCrisisSettings = defineUseCase({
  actions: ['crisis.settings-changed'],
  async run({ trx, now, record }, ctx: OrgActor, input: CrisisSettings): Promise<CrisisSettings> {
    authorize(ctx, 'manage', { type: 'authority-profile', orgId: ctx.orgId }, 'Authority');
    const before = await effectiveSettings(trx, ctx.orgId);
    await upsertCrisisSettings(trx, {
      org_id: ctx.orgId,
      levels: JSON.stringify(input.levels),
      structures: JSON.stringify(input.structures),
      default_sitrep_interval_minutes: input.defaultSitrepIntervalMinutes,
      updated_by: ctx.actor.label,
      updated_at: now,
    });
    await record(
      'crisis.settings-changed',
      { subjectType: 'crisis-settings', before, after: input },
      {
        levelCount: input.levels.length,
        structureCount: input.structures.length,
      },
    );
    return input;
  },
});
