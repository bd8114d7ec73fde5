import type { Trx } from '../../db/database.ts';
import { insertNotification, listMemberEmailsWithRoles } from '../../repositories/notification.repository.ts';
import { sendMail } from './send-mail.ts';

export interface MemberNotice {
  orgId: string;
  /** The notification's kind (its audit action, as a rule). */
  kind: string;
  title: string;
  body: string;
  link: string;
  /** Said before the link in the mail ("Open het plan"); the link alone when absent. */
  linkText?: string;
  subjectType: string;
  subjectId: string;
  /** One notice per key: a second call with the same key notifies no one. */
  dedupeKey: string;
  /** The members with any of these roles get the mail. */
  roles: readonly string[];
}

/**
 * A reminder to the members who act on it: one notification in the organisation's inbox and a mail to each
 * member with one of `roles`, in the caller's transaction. False when this notice was given already (same
 * dedupe key): nothing is sent again, and the caller records nothing.
 */
export async function notifyMembers(trx: Trx, n: MemberNotice): Promise<boolean> {
  const notification = await insertNotification(trx, {
    org_id: n.orgId,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    subject_type: n.subjectType,
    subject_id: n.subjectId,
    dedupe_key: n.dedupeKey,
  });
  if (!notification) return false;
  const mailBody = `${n.body}\n\n${n.linkText ? `${n.linkText}: ` : ''}${n.link}`;
  for (const to of await listMemberEmailsWithRoles(trx, n.orgId, n.roles)) {
    await sendMail(trx, { to_address: to, subject: `[Weerbaar] ${n.title}`, body: mailBody });
  }
  return true;
}
