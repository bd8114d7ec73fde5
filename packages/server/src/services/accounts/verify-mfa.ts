import { DomainError, type MfaVerificationRequest, type Session } from '@weerbaar/core/platform';
import { findLiveSession } from '../../repositories/session.repository.ts';
import { findUser } from '../../repositories/user.repository.ts';
import type { Deps } from '../../kernel/deps.ts';
import { completeMfaSignIn } from './complete-mfa-sign-in.ts';
import { isLocked, lockedOut, mfaFailed, sessionActor, SIGN_IN_ACTOR } from './session-rules.ts';
import { recordSignInFailure } from './record-sign-in-failure.ts';

/**
 * The second step of signing in. Like signIn, two use cases: a wrong code is recorded (and counted towards
 * the same lockout as wrong passwords) and committed before this throws.
 */
export async function verifyMfa(deps: Deps, sessionId: string, factor: MfaVerificationRequest): Promise<Session> {
  const session = await findLiveSession(deps.db, sessionId);
  if (!session) throw new DomainError('unauthenticated', 'Sign in first');
  if (!session.mfa_pending) throw new DomainError('conflict', 'This session has already passed MFA');
  const user = await findUser(deps.db, session.user_id);
  if (!user?.mfa_secret) throw new DomainError('unauthenticated', 'Sign in first');
  if (isLocked(user, deps.clock.now())) {
    await recordSignInFailure(deps, SIGN_IN_ACTOR, { user, reason: 'account-locked', count: false });
    throw lockedOut();
  }
  const view = await completeMfaSignIn(deps, sessionActor(user, sessionId), { user, session, factor });
  if (view) return view;
  const totp = factor.code !== undefined;
  await recordSignInFailure(deps, SIGN_IN_ACTOR, {
    user,
    reason: totp ? 'wrong-mfa-code' : 'wrong-recovery-code',
    count: true,
  });
  throw mfaFailed(totp ? 'code' : 'recoveryCode');
}
