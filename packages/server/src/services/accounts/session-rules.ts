// What sign-in, MFA and the session routes share: the session rules and the read of a session.
import { DomainError, type Session } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { UserRow } from '../../db/schema.ts';
import { findLiveSession } from '../../repositories/session.repository.ts';
import { findUser } from '../../repositories/user.repository.ts';
import { SYSTEM_ACTOR, type Actor } from '../../kernel/actor.ts';
import { buildSessionView } from './session-view.ts';

export const SESSION_HOURS = 12;
export const MFA_PENDING_MINUTES = 10;
// Wrong passwords are throttled per source (sign-in-throttle.ts), never per account. Wrong second factors
// also count per account: only someone who has the password gets that far, so this lock cannot be turned
// against the user by someone who merely knows the address, and it bounds code guessing from many addresses.
export const MFA_LOCK_THRESHOLD = 10;
export const MFA_LOCK_MINUTES = 15;

export interface CreatedSession {
  token: string;
  view: Session;
}

export type SignInFailure =
  'unknown-account' | 'wrong-password' | 'source-blocked' | 'wrong-mfa-code' | 'wrong-recovery-code' | 'mfa-locked';

/** Nobody has signed in yet, so the platform records the attempt; the account tried is the subject. */
export const SIGN_IN_ACTOR: Actor = { ...SYSTEM_ACTOR, label: 'sign-in' };

/** The user acting in the session being opened (no organisation yet: sign-in is in the platform chain). */
export function sessionActor(user: { id: string; email: string }, sessionId: string): Actor & { type: 'user' } {
  return { type: 'user', userId: user.id, label: user.email, sessionId, orgId: null, role: null, orgKind: null };
}

export function isMfaLocked(user: UserRow, now: Date): boolean {
  return Boolean(user.mfa_locked_until && user.mfa_locked_until > now);
}

export function mfaLockedOut(): DomainError {
  return new DomainError('account_locked', 'Too many wrong codes; sign in again later');
}

export function mfaFailed(field: 'code' | 'recoveryCode'): DomainError {
  return new DomainError('invalid_credentials', 'The code is not valid', [
    { name: `body.${field}`, reason: 'is not valid or was already used' },
  ]);
}

export async function getSessionView(db: Db, sessionId: string): Promise<Session> {
  const session = await findLiveSession(db, sessionId);
  const user = session && (await findUser(db, session.user_id));
  if (!session || !user) throw new DomainError('unauthenticated', 'Sign in first');
  return buildSessionView(db, user, session);
}
