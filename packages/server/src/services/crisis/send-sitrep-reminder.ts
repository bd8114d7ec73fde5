import { nextSitrepDueAt } from '@weerbaar/core/crisis';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { findReadableCrisis, lastSitrepTimes } from '../../repositories/crisis.repository.ts';
import { notifyMembers } from '../platform/notify-members.ts';
import { SITREP_REMINDED_ROLES, sitrepReminderKey, type SitrepReminderPayload } from './sitrep-reminder-payload.ts';

/** A sitrep is due (the crisis's rhythm, core/crisis/sitrep-rules.ts): remind those who issue them. */
export const sendSitrepReminder = defineUseCase({
  actions: ['crisis.sitrep-reminder-sent'],
  async run({ trx, record, unchanged }, _ctx: Actor, p: SitrepReminderPayload): Promise<'sent' | 'skipped'> {
    const crisis = await findReadableCrisis(trx, p.orgId, p.crisisId);
    const last = crisis ? ((await lastSitrepTimes(trx, [crisis])).get(crisis.id) ?? null) : null;
    const due = crisis
      ? nextSitrepDueAt({
          status: crisis.status,
          declaredAt: crisis.declared_at,
          lastSitrepAt: last,
          intervalMinutes: crisis.sitrep_interval_minutes,
        })
      : null;
    if (!crisis || !due || due.toISOString() !== new Date(p.dueAt).toISOString()) {
      unchanged();
      return 'skipped';
    }
    const mark = crisis.is_exercise ? 'OEFENING — ' : '';
    const notified = await notifyMembers(trx, {
      orgId: p.orgId,
      kind: 'crisis.sitrep-reminder-sent',
      title: `${mark}Situatierapport nodig: ${crisis.reference} ${crisis.title}`,
      body: `${mark}Het volgende situatierapport van "${crisis.title}" is nu nodig. Maak het in de crisiskamer.`,
      link: `/crises/${crisis.id}`,
      linkText: 'Open de crisiskamer',
      subjectType: 'crisis',
      subjectId: crisis.id,
      dedupeKey: sitrepReminderKey(p),
      roles: SITREP_REMINDED_ROLES,
    });
    if (!notified) {
      unchanged();
      return 'skipped';
    }
    await record(
      'crisis.sitrep-reminder-sent',
      { orgId: p.orgId, subjectType: 'crisis', subjectId: crisis.id, details: { dueAt: p.dueAt } },
      { crisisId: crisis.id, dueAt: p.dueAt },
    );
    return 'sent';
  },
});
