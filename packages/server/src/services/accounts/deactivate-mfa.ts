import { DomainError } from '@weerbaar/core/platform';
import { replaceRecoveryCodes, updateUser } from '../../repositories/user.repository.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { currentUser, type UserActor } from './current-user.ts';
import { verifyPassword } from './secrets.ts';

export const deactivateMfa = defineUseCase({
  actions: ['mfa.disabled'],
  async run({ trx, record }, actor: UserActor, { password }: { password: string }): Promise<void> {
    const user = await currentUser(trx, actor);
    if (!(await verifyPassword(user.password_hash, password))) {
      throw new DomainError('validation_failed', 'Password is wrong', [{ name: 'body.password', reason: 'is wrong' }]);
    }
    await updateUser(trx, user.id, {
      mfa_secret: null,
      mfa_enabled: false,
      mfa_pending_secret: null,
      mfa_last_step: null,
    });
    await replaceRecoveryCodes(trx, user.id, []);
    await record('mfa.disabled', { orgId: null, subjectType: 'user', subjectId: user.id }, {});
  },
});
