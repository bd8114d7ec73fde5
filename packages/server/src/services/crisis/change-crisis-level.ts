import { levelDirection, type Crisis, type CrisisLevelChange } from '@weerbaar/core/crisis';
import { baseLevel } from '@weerbaar/core/crisis';
import { invalidField } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertLevelChange, updateCrisis } from '../../repositories/crisis.repository.ts';
import { effectiveSettings, openRoomFor } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';

/**
 * Escalate or de-escalate, with the reason and time on the record. Back at the base level ("normal") the
 * crisis is de-escalated: it stays open for the evaluation until it is closed; a higher level declares it again.
 */
export const changeCrisisLevel = defineUseCase({
  actions: ['crisis.level-changed'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { crisisId: string; change: CrisisLevelChange },
  ): Promise<Crisis> {
    const { crisis, chains } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    const { levels } = await effectiveSettings(trx, crisis.org_id);
    const direction = levelDirection(levels, crisis.level, input.change.level);
    if (!direction) throw invalidField('body.level', 'is not another level of your crisis settings');
    const toBase = baseLevel(levels).key === input.change.level;
    await updateCrisis(trx, crisis.org_id, crisis.id, {
      level: input.change.level,
      status: toBase ? 'de-escalated' : 'declared',
      updated_at: now,
    });
    await insertLevelChange(trx, {
      org_id: crisis.org_id,
      crisis_id: crisis.id,
      kind: direction,
      from_level: crisis.level,
      to_level: input.change.level,
      reason: input.change.reason,
      changed_by: ctx.actor.label,
      changed_at: now,
    });
    for (const orgId of chains) {
      await record(
        'crisis.level-changed',
        {
          orgId,
          subjectType: 'crisis',
          subjectId: crisis.id,
          before: { level: crisis.level },
          after: { level: input.change.level, reason: input.change.reason },
        },
        { crisisId: crisis.id, from: crisis.level, to: input.change.level, direction },
      );
    }
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});
