// A board member's training certificate that is about to expire reminds the organisation in the app
// (Cbw art. 24(4): each board member keeps the knowledge demonstrably up to date). Planned by
// recordBoardTraining; silent when the record is gone or its expiry changed.
import { z } from 'zod';
import { insertNotification } from '../../repositories/notification.repository.ts';
import { findBoardTraining } from '../../repositories/measure-board.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

export const TRAINING_JOB_KIND = 'board.training-reminder';

export const TrainingReminderPayloadSchema = z.object({
  orgId: z.uuid(),
  trainingId: z.uuid(),
  expiresOn: z.iso.date(),
});
export type TrainingReminderPayload = z.infer<typeof TrainingReminderPayloadSchema>;

export const trainingKey = (p: Omit<TrainingReminderPayload, 'orgId'>) =>
  `${TRAINING_JOB_KIND}:${p.trainingId}:${p.expiresOn}`;

export const sendTrainingReminder = defineUseCase({
  actions: ['board.training-expiring'],
  async run({ trx, record, unchanged }, _ctx: Actor, p: TrainingReminderPayload): Promise<'sent' | 'skipped'> {
    const row = await findBoardTraining(trx, p.orgId, p.trainingId);
    if (!row || row.expires_on !== p.expiresOn) {
      unchanged();
      return 'skipped';
    }
    const notification = await insertNotification(trx, {
      org_id: p.orgId,
      kind: 'board.training-expiring',
      title: `Opleiding van ${row.person_name} verloopt op ${row.expires_on}`,
      body: `Het certificaat van ${row.person_name} (${row.board_role}) voor "${row.training_name}" is geldig tot ${row.expires_on}. Elk bestuurslid houdt zijn kennis over cyberbeveiliging aantoonbaar bij (Cbw artikel 24, vierde lid). Plan een nieuwe opleiding en leg die vast.`,
      link: '/measures/board',
      subject_type: 'board-training',
      subject_id: row.id,
      dedupe_key: trainingKey(p),
    });
    if (!notification) {
      unchanged();
      return 'skipped';
    }
    await record(
      'board.training-expiring',
      { orgId: p.orgId, subjectType: 'board-training', subjectId: row.id, details: { expiresOn: p.expiresOn } },
      { trainingId: row.id, expiresOn: p.expiresOn },
    );
    return 'sent';
  },
});
