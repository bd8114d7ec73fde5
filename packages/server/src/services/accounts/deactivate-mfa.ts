import { DomainError } from '@weerbaar/core/platform';
import { replaceRecoveryCodes, updateUser } from '../../repositories/user.repository.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { currentUser, type UserActor } from './current-user.ts';
import { verifyPassword } from './secrets.ts';

const wrongPassword = () =>
  new DomainError('validation_failed', 'Password is wrong', [{ name: 'body.password', reason: 'is wrong' }]);

/** Turns MFA off, if the password the caller proved (`verifiedHash`, checked outside) is still the stored one. */
const turnOffMfa = defineUseCase({
  actions: ['mfa.disabled'],
  async run({ trx, record }, actor: UserActor, { verifiedHash }: { verifiedHash: string | null }): Promise<void> {
    const user = await currentUser(trx, actor);
    // Changed meanwhile: the password the caller gave is not the current one.
    if (user.password_hash !== verifiedHash) throw wrongPassword();
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

/** The password is verified (argon2, slow) before the use case's transaction, so it holds no connection. */
export async function deactivateMfa(deps: Deps, actor: UserActor, { password }: { password: string }): Promise<void> {
  const user = await currentUser(deps.db, actor);
  if (!(await verifyPassword(user.password_hash, password))) throw wrongPassword();
  await turnOffMfa(deps, actor, { verifiedHash: user.password_hash });
}
