import { CrisisDeclareSchema, declarableLevels, type Crisis, type CrisisDeclare } from '@weerbaar/core/crisis';
import { invalidField } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { findAgendaItem } from '../../repositories/exercise-agenda.repository.ts';
import {
  addMemberOrgs,
  addRemoteMembers,
  addScopeLinks,
  insertCrisis,
  insertLevelChange,
  nextCrisisReference,
  upsertTeamMember,
} from '../../repositories/crisis.repository.ts';
import { effectiveSettings, sortMembers, ownRoomSubject } from './crisis-guards.ts';
import { parseInput } from './crisis-input.ts';
import { loadCrisis } from './crisis-queries.ts';
import { checkScopeLinks } from './crisis-scope.ts';
import { scheduleSitrepReminder } from './sitrep-reminder.job.ts';

/**
 * An authority organisation declares a crisis or a heightened state at one of its levels (Cbw arts. 18, 20;
 * NIS2 Art. 9), with its scope, member organisations and the decision-making structures it feeds. The person
 * who declares becomes its coordinator. The exercise agenda starts exercise crises through this use case with
 * `{ isExercise: true, exerciseAgendaItemId }`: they are marked OEFENING and kept apart from real ones.
 */
export const declareCrisis = defineUseCase({
  actions: ['crisis.declared', 'crisis.member-added'],
  async run({ trx, now, record }, ctx: OrgActor, raw: CrisisDeclare): Promise<Crisis> {
    authorize(ctx, 'manage', ownRoomSubject(ctx.orgId), 'Crisis');
    const input = parseInput(CrisisDeclareSchema, raw);
    if (input.exerciseAgendaItemId !== null && !input.isExercise) {
      throw invalidField('body.exerciseAgendaItemId', 'only an exercise comes from the exercise agenda');
    }
    if (input.exerciseAgendaItemId !== null && !(await findAgendaItem(trx, ctx.orgId, input.exerciseAgendaItemId))) {
      throw invalidField('body.exerciseAgendaItemId', 'is not an item of your exercise agenda');
    }
    const settings = await effectiveSettings(trx, ctx.orgId);
    if (!declarableLevels(settings.levels).some((l) => l.key === input.level)) {
      throw invalidField('body.level', 'is not a level above normal in your crisis settings');
    }
    const unknownStructure = input.structures.findIndex((k) => !settings.structures.some((s) => s.key === k));
    if (unknownStructure >= 0)
      throw invalidField(`body.structures.${unknownStructure}`, 'is not a structure in your settings');
    await checkScopeLinks(trx, ctx.orgId, input.isExercise, input.scope);
    const memberIds = [...new Set(input.memberOrgIds)].filter((id) => id !== ctx.orgId);
    const members = await sortMembers(
      trx,
      ctx.orgId,
      memberIds,
      (i) => `body.memberOrgIds.${input.memberOrgIds.indexOf(memberIds[i]!)}`,
    );

    const reference = await nextCrisisReference(trx, ctx.orgId, input.isExercise ? 'OEF' : 'CR', now.getUTCFullYear());
    const row = await insertCrisis(trx, {
      org_id: ctx.orgId,
      reference,
      title: input.title,
      description: input.description,
      level: input.level,
      sectors: input.scope.sectors,
      regions: input.scope.regions,
      structures: [...new Set(input.structures)],
      sitrep_interval_minutes: input.sitrepIntervalMinutes ?? settings.defaultSitrepIntervalMinutes,
      is_exercise: input.isExercise,
      exercise_agenda_item_id: input.exerciseAgendaItemId,
      declared_at: now,
      declared_by: ctx.actor.label,
      declared_by_user_id: ctx.actor.type === 'user' ? ctx.actor.userId : null,
      updated_at: now,
    });
    await insertLevelChange(trx, {
      org_id: ctx.orgId,
      crisis_id: row.id,
      kind: 'declared',
      from_level: null,
      to_level: row.level,
      reason: input.reason,
      changed_by: ctx.actor.label,
      changed_at: now,
    });
    await addScopeLinks(trx, ctx.orgId, row.id, now, input.scope);
    if (ctx.actor.type === 'user') {
      await upsertTeamMember(trx, {
        org_id: ctx.orgId,
        crisis_id: row.id,
        user_id: ctx.actor.userId,
        role: 'coordinator',
        added_by: ctx.actor.label,
        added_at: now,
      });
    }
    await scheduleSitrepReminder(
      trx,
      ctx.orgId,
      row.id,
      new Date(now.getTime() + row.sitrep_interval_minutes * 60_000),
    );
    const added = await addMemberOrgs(trx, ctx.orgId, row.id, members.local, ctx.actor.label, now);
    const addedRemote = await addRemoteMembers(
      trx,
      members.remote.map((m) => ({
        ...m,
        org_id: ctx.orgId,
        crisis_id: row.id,
        added_by: ctx.actor.label,
        added_at: now,
      })),
    );
    await record(
      'crisis.declared',
      {
        subjectType: 'crisis',
        subjectId: row.id,
        after: { reference, title: row.title, level: row.level, isExercise: row.is_exercise, reason: input.reason },
      },
      {
        crisisId: row.id,
        level: row.level,
        isExercise: row.is_exercise,
        exerciseAgendaItemId: row.exercise_agenda_item_id,
      },
    );
    for (const memberOrgId of added) {
      await record(
        'crisis.member-added',
        { subjectType: 'crisis', subjectId: row.id, after: { memberOrgId } },
        { crisisId: row.id, memberOrgId, remote: false },
      );
    }
    for (const memberOrgId of addedRemote) {
      await record(
        'crisis.member-added',
        { subjectType: 'crisis', subjectId: row.id, after: { memberOrgId, remote: true } },
        { crisisId: row.id, memberOrgId, remote: true },
      );
    }
    return loadCrisis(trx, ctx, row.id, now);
  },
});
