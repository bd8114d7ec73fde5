import { DomainError, type MfaVerificationRequest, type Session } from '@weerbaar/core/platform';
import { findLiveSession } from '../../repositories/session.repository.ts';
import { findUser } from '../../repositories/user.repository.ts';
import type { Deps } from '../../kernel/deps.ts';
import { completeMfaSignIn } from './complete-mfa-sign-in.ts';
import { isMfaLocked, mfaFailed, mfaLockedOut, sessionActor, SIGN_IN_ACTOR } from './session-rules.ts';
import { recordSignInFailure } from './record-sign-in-failure.ts';
import { findThrottle, throttled, throttleKeys } from './sign-in-throttle.ts';

/**
 * The second step of signing in, from address `ip`. Like signIn, two use cases: a wrong code is recorded
 * and committed before this throws. It counts towards the same source throttle as wrong passwords (this
 * address with this account) and towards the account's own second-factor lock (session-rules.ts).
 */
export async function verifyMfa(
  deps: Deps,
  sessionId: string,
  factor: MfaVerificationRequest,
  ip: string,
): Promise<Session> {
  const session = await findLiveSession(deps.db, sessionId);
  if (!session) throw new DomainError('unauthenticated', 'Sign in first');
  if (!session.mfa_pending) throw new DomainError('conflict', 'This session has already passed MFA');
  const user = await findUser(deps.db, session.user_id);
  if (!user?.mfa_secret) throw new DomainError('unauthenticated', 'Sign in first');
  const keys = throttleKeys(deps.config, ip, user.email);
  const blockedUntil = await findThrottle(deps.db, keys, deps.clock.now());
  if (blockedUntil) {
    await recordSignInFailure(deps, SIGN_IN_ACTOR, { user, reason: 'source-blocked', throttle: null });
    throw throttled(blockedUntil, deps.clock.now());
  }
  if (isMfaLocked(user, deps.clock.now())) {
    await recordSignInFailure(deps, SIGN_IN_ACTOR, { user, reason: 'mfa-locked', throttle: null });
    throw mfaLockedOut();
  }
  const view = await completeMfaSignIn(deps, sessionActor(user, sessionId), {
    user,
    session,
    factor,
    throttle: keys,
  });
  if (view) return view;
  const totp = factor.code !== undefined;
  const outcome = await recordSignInFailure(deps, SIGN_IN_ACTOR, {
    user,
    reason: totp ? 'wrong-mfa-code' : 'wrong-recovery-code',
    throttle: keys,
    countMfa: true,
  });
  if (outcome.blockedUntil) throw throttled(outcome.blockedUntil, deps.clock.now());
  if (outcome.mfaLockedUntil) throw mfaLockedOut();
  throw mfaFailed(totp ? 'code' : 'recoveryCode');
}
