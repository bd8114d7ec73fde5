import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { findExercise } from '../../repositories/exercise.repository.ts';
import { notifyMembers } from '../platform/notify-members.ts';
import { exerciseReminderKey, REMINDED_ROLES, type ExerciseReminderPayload } from './continuity-reminder-payloads.ts';

const dutchDay = (d: Date) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(d);

/**
 * A week before an exercise: prepare it (participants, plans on paper). Four weeks after it started and not
 * evaluated: write the evaluation and findings, so they become improvement actions (the exercise's point;
 * NIS2 Art. 21(2)(c), CER Art. 13(1)). Nothing when the exercise moved on (held, evaluated, cancelled).
 */
export const sendExerciseReminder = defineUseCase({
  actions: ['exercise.reminder-sent'],
  async run({ trx, record, unchanged }, _ctx: Actor, p: ExerciseReminderPayload): Promise<'sent' | 'skipped'> {
    const exercise = await findExercise(trx, p.orgId, p.exerciseId);
    const due =
      exercise !== undefined &&
      exercise.starts_at.toISOString() === new Date(p.startsAt).toISOString() &&
      (p.reminder === 'upcoming' ? exercise.status === 'planned' : ['planned', 'held'].includes(exercise.status));
    if (!exercise || !due) {
      unchanged();
      return 'skipped';
    }
    const upcoming = p.reminder === 'upcoming';
    const title = upcoming ? `Oefening over een week: ${exercise.title}` : `Evaluatie van oefening: ${exercise.title}`;
    const body = upcoming
      ? `De oefening "${exercise.title}" begint op ${dutchDay(exercise.starts_at)}. Zijn de deelnemers en de uitgenodigde organisaties op de hoogte, en liggen de plannen klaar?`
      : `De oefening "${exercise.title}" van ${dutchDay(exercise.starts_at)} is nog niet geëvalueerd. Schrijf de evaluatie en de bevindingen op, en maak er verbeteracties van.`;
    const link = `/exercises/${exercise.id}`;
    const notified = await notifyMembers(trx, {
      orgId: p.orgId,
      kind: 'exercise.reminder-sent',
      title,
      body,
      link,
      linkText: 'Open de oefening',
      subjectType: 'exercise',
      subjectId: exercise.id,
      dedupeKey: exerciseReminderKey(p),
      roles: REMINDED_ROLES,
    });
    if (!notified) {
      unchanged();
      return 'skipped';
    }
    await record(
      'exercise.reminder-sent',
      { orgId: p.orgId, subjectType: 'exercise', subjectId: exercise.id, details: { reminder: p.reminder } },
      { exerciseId: exercise.id, reminder: p.reminder },
    );
    return 'sent';
  },
});
