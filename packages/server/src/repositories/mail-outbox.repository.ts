import type { DbOrTrx } from '../db/database.ts';

/** Only the mail row: services/platform/send-mail.ts also queues its delivery job. */
export async function insertMail(db: DbOrTrx, mail: { to_address: string; subject: string; body: string }) {
  return db.insertInto('mail_outbox').values(mail).returningAll().executeTakeFirstOrThrow();
}

export async function listMails(db: DbOrTrx, toAddress?: string) {
  let q = db.selectFrom('mail_outbox').selectAll().orderBy('created_at');
  if (toAddress) q = q.where('to_address', '=', toAddress);
  return q.execute();
}

export async function findMail(db: DbOrTrx, id: string) {
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}
