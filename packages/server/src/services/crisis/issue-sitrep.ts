import type { CrisisSitrep, CrisisSitrepCreate, SitrepContent } from '@weerbaar/core/crisis';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertSitrep, listRemoteMembers, nextNumber } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';
import { presentSitrep } from './crisis.presenter.ts';
import { SITREP_MESSAGE_TLP, sendSitrepToRemoteMembers } from './remote-sitrep-message.ts';
import { scheduleSitrepReminder } from './sitrep-reminder.job.ts';

/**
 * A situation report: a numbered, frozen snapshot of the picture, decisions and actions as they stand now
 * (a trigger refuses any later change). The next one is due one interval later (core/crisis/sitrep-rules.ts).
 * Members on another installation receive it as a crisis message over the pull (remote-sitrep-message.ts),
 * recorded as the owner's 'crisis-request.sent'.
 */
export const issueSitrep = defineUseCase({
  actions: ['crisis.sitrep-issued', 'crisis-request.sent'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { crisisId: string; sitrep: CrisisSitrepCreate },
  ): Promise<CrisisSitrep> {
    const { crisis, chains } = await openRoomFor(trx, ctx, input.crisisId, 'post');
    const current = await loadCrisis(trx, ctx, crisis.id, now);
    const content: SitrepContent = {
      reference: current.reference,
      title: current.title,
      isExercise: current.isExercise,
      level: current.level,
      levelLabel: current.levelLabel,
      status: current.status,
      sectors: current.sectors,
      regions: current.regions,
      facts: current.facts,
      decisions: current.decisions,
      actions: current.actions,
    };
    const number = await nextNumber(trx, 'crisis_sitreps', crisis.org_id, crisis.id);
    const row = await insertSitrep(trx, {
      org_id: crisis.org_id,
      crisis_id: crisis.id,
      number,
      summary: input.sitrep.summary,
      content: JSON.stringify(content),
      issued_by: ctx.actor.label,
      issued_at: now,
    });
    await scheduleSitrepReminder(
      trx,
      crisis.org_id,
      crisis.id,
      new Date(now.getTime() + crisis.sitrep_interval_minutes * 60_000),
    );
    for (const orgId of chains) {
      await record(
        'crisis.sitrep-issued',
        { orgId, subjectType: 'crisis', subjectId: crisis.id, after: { number, summary: row.summary } },
        { crisisId: crisis.id, sitrepId: row.id, number },
      );
    }
    const remote = await listRemoteMembers(trx, crisis.org_id, crisis.id);
    const messageId = await sendSitrepToRemoteMembers(trx, crisis, row, remote);
    if (messageId) {
      await record(
        'crisis-request.sent',
        {
          orgId: crisis.org_id,
          subjectType: 'crisis-request',
          subjectId: messageId,
          after: {
            kind: 'crisis-message',
            sitrepNumber: number,
            tlp: SITREP_MESSAGE_TLP,
            exercise: crisis.is_exercise,
          },
          details: { crisisId: crisis.id, sitrepId: row.id, entityIds: remote.map((m) => m.entity_id) },
        },
        { requestId: messageId, kind: 'crisis-message', recipients: remote.length },
      );
    }
    return presentSitrep(row);
  },
});
