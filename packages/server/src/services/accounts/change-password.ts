import { DomainError } from '@weerbaar/core/platform';
import { deleteSessionsOfUser } from '../../repositories/session.repository.ts';
import { updateUser } from '../../repositories/user.repository.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { currentUser, type UserActor } from './current-user.ts';
import { hashPassword, verifyPassword } from './secrets.ts';

const wrongPassword = () =>
  new DomainError('validation_failed', 'Current password is wrong', [
    { name: 'body.currentPassword', reason: 'is wrong', code: 'wrong_password' },
  ]);

/**
 * Stores the new hash, if the password the caller proved is still the stored one (`verifiedHash`: it was
 * checked outside the transaction). Also ends the user's other sessions: whoever knew the old password
 * is signed out.
 */
const storeNewPassword = defineUseCase({
  actions: ['user.password-changed'],
  async run(
    { trx, record },
    actor: UserActor,
    input: { verifiedHash: string | null; passwordHash: string },
  ): Promise<void> {
    const user = await currentUser(trx, actor);
    // Changed meanwhile (another session, a reset): the password the caller gave is not the current one.
    if (user.password_hash !== input.verifiedHash) throw wrongPassword();
    await updateUser(trx, user.id, { password_hash: input.passwordHash });
    await deleteSessionsOfUser(trx, user.id, actor.sessionId);
    await record(
      'user.password-changed',
      { orgId: null, subjectType: 'user', subjectId: user.id },
      { userId: user.id },
    );
  },
});

/** The slow hashes (argon2: verify the current password, hash the new one) run before the use case's transaction. */
export async function changePassword(
  deps: Deps,
  actor: UserActor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await currentUser(deps.db, actor);
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) throw wrongPassword();
  const passwordHash = await hashPassword(input.newPassword);
  await storeNewPassword(deps, actor, { verifiedHash: user.password_hash, passwordHash });
}
