import { outdatedPlans } from '@weerbaar/core/continuity';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { listApprovedVersions } from '../../repositories/continuity-plan.repository.ts';
import { notifyMembers } from '../platform/notify-members.ts';
import { printedVersions } from './continuity-plan-loaders.ts';
import { packReminderKey, REMINDED_ROLES, type PackReminderPayload } from './continuity-reminder-payloads.ts';

/**
 * A day after a plan version was approved: if the last printed offline pack does not hold it, remind the
 * people who keep the plans to print a new one (a plan is needed most when the systems are down).
 */
export const sendContinuityPackReminder = defineUseCase({
  actions: ['continuity-pack.outdated'],
  async run({ trx, record, unchanged }, _ctx: Actor, p: PackReminderPayload): Promise<'sent' | 'skipped'> {
    const current = (await listApprovedVersions(trx, p.orgId)).map((v) => ({
      planId: v.plan_id,
      title: v.title,
      version: v.version,
    }));
    const printed = [...(await printedVersions(trx, p.orgId))].map(([planId, version]) => ({ planId, version }));
    const outdated = outdatedPlans(current, printed);
    // Printed since, or a newer version was approved (which has its own reminder).
    const mine = outdated.find((o) => o.planId === p.planId && o.currentVersion === p.version);
    if (!mine) {
      unchanged();
      return 'skipped';
    }
    const title = 'Noodpakket opnieuw printen';
    const names = outdated.map((o) => `"${o.title}" (versie ${o.currentVersion})`).join(', ');
    const body = `Het laatst geprinte noodpakket is ouder dan de plannen die nu gelden: ${names}. Maak een nieuw noodpakket en vervang de papieren versie.`;
    const link = '/continuity-plans';
    const notified = await notifyMembers(trx, {
      orgId: p.orgId,
      kind: 'continuity-pack.outdated',
      title,
      body,
      link,
      subjectType: 'continuity-plan',
      subjectId: p.planId,
      dedupeKey: packReminderKey(p),
      roles: REMINDED_ROLES,
    });
    if (!notified) {
      unchanged();
      return 'skipped';
    }
    await record(
      'continuity-pack.outdated',
      {
        orgId: p.orgId,
        subjectType: 'continuity-plan',
        subjectId: p.planId,
        details: { plans: outdated.map((o) => ({ planId: o.planId, version: o.currentVersion })) },
      },
      { planIds: outdated.map((o) => o.planId) },
    );
    return 'sent';
  },
});
