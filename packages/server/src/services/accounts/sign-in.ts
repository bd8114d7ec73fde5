import { DomainError, type LoginRequest } from '@weerbaar/core/platform';
import { listMembershipsOfUser } from '../../repositories/membership.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import type { Deps } from '../../kernel/deps.ts';
import { sessionActor, SIGN_IN_ACTOR, type CreatedSession } from './session-rules.ts';
import { openSession } from './open-session.ts';
import { recordSignInFailure } from './record-sign-in-failure.ts';
import { newSecret, verifyPassword } from './secrets.ts';
import { findThrottle, throttled, throttleKeys } from './sign-in-throttle.ts';

/**
 * Signs in with e-mail and password from address `ip`. Two use cases, not one: a refusal is recorded
 * (recordSignInFailure) and committed before this throws, which one transaction could not do. The password
 * is checked before either opens, so the slow hash holds no connection. A blocked source is refused before
 * the hash (sign-in-throttle.ts): an attack costs the server no hashing, and known and unknown accounts are
 * refused alike.
 */
export async function signIn(deps: Deps, input: LoginRequest, ip: string): Promise<CreatedSession> {
  const keys = throttleKeys(deps.config, ip, input.email);
  const user = await findUserByEmail(deps.db, input.email);
  const blockedUntil = await findThrottle(deps.db, keys, deps.clock.now());
  if (blockedUntil) {
    await recordSignInFailure(deps, SIGN_IN_ACTOR, { user, reason: 'source-blocked', throttle: null });
    throw throttled(blockedUntil, deps.clock.now());
  }
  const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !passwordOk) {
    const reason = user ? 'wrong-password' : 'unknown-account';
    const outcome = await recordSignInFailure(deps, SIGN_IN_ACTOR, { user, reason, throttle: keys });
    if (outcome.blockedUntil) throw throttled(outcome.blockedUntil, deps.clock.now());
    throw new DomainError('invalid_credentials', 'E-mail address or password is wrong');
  }
  const { token, hash } = newSecret('');
  const memberships = await listMembershipsOfUser(deps.db, user.id);
  const view = await openSession(deps, sessionActor(user, hash), {
    user,
    sessionId: hash,
    memberships,
    throttle: keys,
  });
  return { token, view };
}
