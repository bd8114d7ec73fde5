import type { DbOrTrx } from '../db/database.ts';
import { insertJob } from './job.repository.ts';

/** Stores the mail and queues its delivery in the same transaction as the change that caused it. */
export async function enqueueMail(db: DbOrTrx, mail: { to_address: string; subject: string; body: string }) {
  const row = await db.insertInto('mail_outbox').values(mail).returningAll().executeTakeFirstOrThrow();
  await insertJob(db, { kind: 'mail.log', payload: { mailId: row.id } });
  return row;
}

export async function listMails(db: DbOrTrx, toAddress?: string) {
  let q = db.selectFrom('mail_outbox').selectAll().orderBy('created_at');
  if (toAddress) q = q.where('to_address', '=', toAddress);
  return q.execute();
}

export async function findMail(db: DbOrTrx, id: string) {
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}
