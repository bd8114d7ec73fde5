import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { enqueueMail } from '../../repositories/mail-outbox.repository.ts';
import { consumePasswordReset, insertPasswordReset } from '../../repositories/password-reset.repository.ts';
import { deleteSessionsOfUser } from '../../repositories/session.repository.ts';
import { findUserByEmail, updateUser } from '../../repositories/user.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { hashPassword, newSecret, sha256Token } from './secrets.ts';

const RESET_MINUTES = 60;

/** Always succeeds from the caller's view, so the answer does not reveal which addresses have accounts. */
export async function requestPasswordReset(db: Db, email: string, publicUrl: string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user) return;
  const { token, hash } = newSecret('');
  await db.transaction().execute(async (trx) => {
    await insertPasswordReset(trx, {
      token_hash: hash,
      user_id: user.id,
      expires_at: new Date(Date.now() + RESET_MINUTES * 60_000),
    });
    await enqueueMail(trx, {
      to_address: user.email,
      subject: 'Wachtwoord opnieuw instellen / Reset your password',
      body:
        `Stel een nieuw wachtwoord in via / Choose a new password at:\n${publicUrl}/password-reset/confirm?token=${token}\n\n` +
        `Deze link werkt ${RESET_MINUTES} minuten. / This link works for ${RESET_MINUTES} minutes.`,
    });
    await recordAuditEvent(trx, SYSTEM_ACTOR, {
      orgId: null,
      action: 'user.password-reset-requested',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
}

export async function confirmPasswordReset(db: Db, token: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    const userId = await consumePasswordReset(trx, sha256Token(token));
    if (!userId) {
      throw new DomainError('token_invalid', 'This link is not valid (any more); request a new one', [
        { name: 'body.token', reason: 'is unknown, used or expired' },
      ]);
    }
    // A reset also lifts a lockout: the user proved control of the mailbox.
    await updateUser(trx, userId, { password_hash: passwordHash, failed_logins: 0, locked_until: null });
    await deleteSessionsOfUser(trx, userId);
    await recordAuditEvent(trx, SYSTEM_ACTOR, {
      orgId: null,
      action: 'user.password-reset',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}
