import type { Trx } from '../../db/database.ts';
import { insertMail } from '../../repositories/mail-outbox.repository.ts';
import { mailLogJob } from './mail-log.job.ts';

/** Stores the mail and queues its delivery in the same transaction (a use case's) as the change that caused it. */
export async function sendMail(trx: Trx, mail: { to_address: string; subject: string; body: string }) {
  const row = await insertMail(trx, mail);
  await mailLogJob.enqueue(trx, { mailId: row.id });
  return row;
}
