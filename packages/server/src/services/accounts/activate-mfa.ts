import { DomainError } from '@weerbaar/core/platform';
import { replaceRecoveryCodes, updateUser } from '../../repositories/user.repository.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { currentUser, type UserActor } from './current-user.ts';
import { newRecoveryCodes, sha256Token } from './secrets.ts';
import { verifyTotp } from '../../adapters/totp.ts';

/** Step 2: a valid code turns MFA on and issues single-use recovery codes, shown once. */
export const activateMfa = defineUseCase({
  actions: ['mfa.enabled'],
  async run({ trx, record }, actor: UserActor, { code }: { code: string }): Promise<{ recoveryCodes: string[] }> {
    const user = await currentUser(trx, actor);
    if (!user.mfa_pending_secret) throw new DomainError('precondition_failed', 'Start the enrolment first');
    const step = verifyTotp(user.mfa_pending_secret, code, null);
    if (step === null) {
      throw new DomainError('validation_failed', 'The code is not valid', [
        { name: 'body.code', reason: 'is not valid' },
      ]);
    }
    const recoveryCodes = newRecoveryCodes();
    await updateUser(trx, user.id, {
      mfa_secret: user.mfa_pending_secret,
      mfa_pending_secret: null,
      mfa_enabled: true,
      mfa_last_step: step,
    });
    await replaceRecoveryCodes(trx, user.id, recoveryCodes.map(sha256Token));
    await record('mfa.enabled', { orgId: null, subjectType: 'user', subjectId: user.id }, {});
    return { recoveryCodes };
  },
});
