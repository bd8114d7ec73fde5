import { DomainError, type LoginRequest } from '@weerbaar/core/platform';
import { listMembershipsOfUser } from '../../repositories/membership.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import type { Deps } from '../../kernel/deps.ts';
import { isLocked, lockedOut, sessionActor, SIGN_IN_ACTOR, type CreatedSession } from './session-rules.ts';
import { openSession } from './open-session.ts';
import { recordSignInFailure } from './record-sign-in-failure.ts';
import { newSecret, verifyPassword } from './secrets.ts';

/**
 * Signs in with e-mail and password. Two use cases, not one: a refusal is recorded (recordSignInFailure)
 * and committed before this throws, which one transaction could not do. The password is checked before
 * either opens, so the slow hash holds no connection.
 */
export async function signIn(deps: Deps, input: LoginRequest): Promise<CreatedSession> {
  const user = await findUserByEmail(deps.db, input.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user) {
    await recordSignInFailure(deps, SIGN_IN_ACTOR, { user: undefined, reason: 'unknown-account', count: false });
    throw new DomainError('invalid_credentials', 'E-mail address or password is wrong');
  }
  if (isLocked(user, deps.clock.now())) {
    await recordSignInFailure(deps, SIGN_IN_ACTOR, { user, reason: 'account-locked', count: false });
    throw lockedOut();
  }
  if (!passwordOk) {
    const after = await recordSignInFailure(deps, SIGN_IN_ACTOR, { user, reason: 'wrong-password', count: true });
    if (isLocked(after, deps.clock.now())) throw lockedOut();
    throw new DomainError('invalid_credentials', 'E-mail address or password is wrong');
  }
  const { token, hash } = newSecret('');
  const memberships = await listMembershipsOfUser(deps.db, user.id);
  const view = await openSession(deps, sessionActor(user, hash), { user, sessionId: hash, memberships });
  return { token, view };
}
