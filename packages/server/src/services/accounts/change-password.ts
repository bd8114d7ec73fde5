import { DomainError } from '@weerbaar/core/platform';
import { deleteSessionsOfUser } from '../../repositories/session.repository.ts';
import { updateUser } from '../../repositories/user.repository.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { currentUser, type UserActor } from './current-user.ts';
import { hashPassword, verifyPassword } from './secrets.ts';

/** Also ends the user's other sessions: whoever knew the old password is signed out. */
export const changePassword = defineUseCase({
  actions: ['user.password-changed'],
  async run({ trx, record }, actor: UserActor, input: { currentPassword: string; newPassword: string }): Promise<void> {
    const user = await currentUser(trx, actor);
    if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw new DomainError('validation_failed', 'Current password is wrong', [
        { name: 'body.currentPassword', reason: 'is wrong' },
      ]);
    }
    await updateUser(trx, user.id, { password_hash: await hashPassword(input.newPassword) });
    await deleteSessionsOfUser(trx, user.id, actor.sessionId);
    await record(
      'user.password-changed',
      { orgId: null, subjectType: 'user', subjectId: user.id },
      { userId: user.id },
    );
  },
});
