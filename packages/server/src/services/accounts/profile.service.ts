import { DomainError, type Locale, type User } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { deleteSessionsOfUser } from '../../repositories/session.repository.ts';
import { findUser, updateUser } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { hashPassword, verifyPassword } from './secrets.ts';
import { presentUser } from './user.presenter.ts';

type UserActor = Actor & { type: 'user' };

export async function getProfile(db: Db, actor: UserActor): Promise<User> {
  const user = await findUser(db, actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'Sign in first');
  return presentUser(user);
}

export async function updateProfile(
  db: Db,
  actor: UserActor,
  changes: { name?: string; locale?: Locale },
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const before = await findUser(trx, actor.userId);
    if (!before) throw new DomainError('unauthenticated', 'Sign in first');
    const after = await updateUser(trx, actor.userId, changes);
    await recordAuditEvent(trx, actor, {
      orgId: null,
      action: 'user.updated',
      subjectType: 'user',
      subjectId: actor.userId,
      before: presentUser(before),
      after: presentUser(after),
    });
    return presentUser(after);
  });
}

export async function changePassword(
  db: Db,
  actor: UserActor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await findUser(db, actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'Sign in first');
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    throw new DomainError('validation_failed', 'Current password is wrong', [
      { name: 'body.currentPassword', reason: 'is wrong' },
    ]);
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { password_hash: passwordHash });
    await deleteSessionsOfUser(trx, user.id, actor.sessionId);
    await recordAuditEvent(trx, actor, {
      orgId: null,
      action: 'user.password-changed',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
}
