import { attendanceExpiry, type AttendanceCreate, type AwarenessActivity } from '@weerbaar/core/continuity';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { findAwarenessActivity, insertAttendance } from '../../repositories/critical-role.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadAwarenessActivities } from './critical-role-queries.ts';

/** Records that a person attended; it counts until the activity's validity has passed. */
export const recordAttendance = defineUseCase({
  actions: ['awareness-activity.attendance-recorded'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { activityId, attendance }: { activityId: string; attendance: AttendanceCreate },
  ): Promise<AwarenessActivity> {
    authorize(ctx, 'write', { type: 'critical-role', orgId: ctx.orgId }, 'Awareness activity');
    const activity = await findAwarenessActivity(trx, ctx.orgId, activityId);
    if (!activity) throw notFound('Awareness activity');
    const row = await insertAttendance(trx, {
      org_id: ctx.orgId,
      activity_id: activityId,
      person_name: attendance.personName,
      attended_on: attendance.attendedOn,
      expires_on: attendanceExpiry(attendance.attendedOn, activity.validity_months),
      recorded_by: ctx.actor.label,
    });
    if (!row) throw new DomainError('conflict', 'This attendance is already recorded');
    await record(
      'awareness-activity.attendance-recorded',
      {
        subjectType: 'awareness-activity',
        subjectId: activityId,
        after: { personName: row.person_name, attendedOn: row.attended_on, expiresOn: row.expires_on },
      },
      { activityId, attendanceId: row.id },
    );
    return (await loadAwarenessActivities(trx, ctx.orgId)).find((a) => a.id === activityId)!;
  },
});
