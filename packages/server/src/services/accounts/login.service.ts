import {
  DomainError,
  notFound,
  type LoginRequest,
  type MfaVerificationRequest,
  type Session,
} from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { UserRow } from '../../db/schema.ts';
import { findMembership, listMembershipsOfUser } from '../../repositories/membership.repository.ts';
import { deleteSession, findLiveSession, insertSession, updateSession } from '../../repositories/session.repository.ts';
import {
  claimTotpStep,
  consumeRecoveryCode,
  findUser,
  findUserByEmail,
  recordFailedLogin,
  updateUser,
} from '../../repositories/user.repository.ts';
import { SYSTEM_ACTOR, type Actor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { newSecret, normaliseRecoveryCode, sha256Token, verifyPassword } from './secrets.ts';
import { buildSessionView } from './session-view.ts';
import { verifyTotp } from '../../adapters/totp.ts';

export const SESSION_HOURS = 12;
export const MFA_PENDING_MINUTES = 10;
// Lockout after repeated failures slows online guessing per account (NCSC ICT-beveiligingsrichtlijnen).
export const LOCKOUT_THRESHOLD = 10;
export const LOCKOUT_MINUTES = 15;

export interface CreatedSession {
  token: string;
  view: Session;
}

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000);

function userActor(user: { id: string; email: string }, sessionId: string): Actor {
  return { type: 'user', userId: user.id, label: user.email, sessionId, orgId: null, role: null, orgKind: null };
}

type SignInFailure = 'unknown-account' | 'account-locked' | 'wrong-password' | 'wrong-mfa-code' | 'wrong-recovery-code';

/** Nobody has signed in yet, so the platform records the attempt; the account tried is the subject. */
const SIGN_IN_ACTOR: Actor = { ...SYSTEM_ACTOR, label: 'sign-in' };

/**
 * Records a failed attempt in the platform chain (and counts it towards the lockout when `count`) in a
 * transaction of its own that commits before the caller throws: the refusal must stay on record, it is
 * not undone with the failed request. What is recorded is deliberately little: never the password or
 * code tried, and for an unknown account neither a user id (there is none) nor the name typed — the
 * trail is append-only, so a mistyped password or someone else's address in the name field could never
 * be erased again, and an unkeyed hash of an e-mail address is reversible by guessing.
 */
async function recordSignInFailure(
  db: Db,
  user: UserRow | undefined,
  reason: SignInFailure,
  count: boolean,
): Promise<UserRow | undefined> {
  return db.transaction().execute(async (trx) => {
    const after = user && count ? await recordFailedLogin(trx, user.id, LOCKOUT_THRESHOLD, LOCKOUT_MINUTES) : user;
    const lockedNow = count && after?.locked_until && after.locked_until > new Date();
    await recordAuditEvent(trx, SIGN_IN_ACTOR, {
      orgId: null,
      action: 'session.sign-in-failed',
      subjectType: 'user',
      subjectId: user?.id ?? null,
      details: {
        reason,
        ...(after && count ? { failedLogins: after.failed_logins } : {}),
        ...(lockedNow ? { lockedUntil: after.locked_until!.toISOString() } : {}),
      },
    });
    return after;
  });
}

function isLocked(user: UserRow | undefined): boolean {
  return Boolean(user?.locked_until && user.locked_until > new Date());
}

export async function logIn(db: Db, input: LoginRequest): Promise<CreatedSession> {
  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user) {
    await recordSignInFailure(db, undefined, 'unknown-account', false);
    throw new DomainError('invalid_credentials', 'E-mail address or password is wrong');
  }
  if (isLocked(user)) {
    await recordSignInFailure(db, user, 'account-locked', false);
    throw lockedOut();
  }
  if (!passwordOk) {
    const after = await recordSignInFailure(db, user, 'wrong-password', true);
    if (isLocked(after)) throw lockedOut();
    throw new DomainError('invalid_credentials', 'E-mail address or password is wrong');
  }
  const { token, hash } = newSecret('');
  const memberships = await listMembershipsOfUser(db, user.id);
  const mfaPending = user.mfa_enabled;
  return db.transaction().execute(async (trx) => {
    // With MFA the count resets only once the second factor passes too; otherwise password-right,
    // code-wrong pairs could guess codes for ever. An expired lock starts a fresh count.
    if (!mfaPending || user.locked_until !== null) {
      await updateUser(trx, user.id, { failed_logins: 0, locked_until: null });
    }
    const session = {
      id: hash,
      user_id: user.id,
      active_org_id: memberships[0]?.org_id ?? null,
      mfa_pending: mfaPending,
      expires_at: mfaPending ? new Date(Date.now() + MFA_PENDING_MINUTES * 60_000) : hoursFromNow(SESSION_HOURS),
    };
    await insertSession(trx, session);
    await recordAuditEvent(trx, userActor(user, hash), {
      orgId: null,
      action: mfaPending ? 'session.password-verified' : 'session.created',
      subjectType: 'user',
      subjectId: user.id,
    });
    return { token, view: await buildSessionView(trx, user, session, memberships) };
  });
}

export async function verifyMfa(db: Db, sessionId: string, input: MfaVerificationRequest): Promise<Session> {
  const session = await findLiveSession(db, sessionId);
  if (!session) throw new DomainError('unauthenticated', 'Sign in first');
  if (!session.mfa_pending) throw new DomainError('conflict', 'This session has already passed MFA');
  const user = await findUser(db, session.user_id);
  if (!user?.mfa_secret) throw new DomainError('unauthenticated', 'Sign in first');
  if (isLocked(user)) {
    await recordSignInFailure(db, user, 'account-locked', false);
    throw lockedOut();
  }
  const method = input.code !== undefined ? 'totp' : 'recovery-code';
  const accepted = await db.transaction().execute(async (trx) => {
    if (input.code !== undefined) {
      const step = verifyTotp(user.mfa_secret!, input.code, null);
      // Claiming the step atomically refuses a replay, also by a second session at the same moment.
      return step !== null && (await claimTotpStep(trx, user.id, step));
    }
    return consumeRecoveryCode(trx, user.id, sha256Token(normaliseRecoveryCode(input.recoveryCode!)));
  });
  if (!accepted) {
    // Wrong second factors count towards the same lockout as wrong passwords.
    await recordSignInFailure(db, user, method === 'totp' ? 'wrong-mfa-code' : 'wrong-recovery-code', true);
    throw mfaFailed(method === 'totp' ? 'code' : 'recoveryCode');
  }
  return db.transaction().execute(async (trx) => {
    const active = { active_org_id: session.active_org_id, mfa_pending: false };
    await updateUser(trx, user.id, { failed_logins: 0 });
    await updateSession(trx, sessionId, { mfa_pending: false, expires_at: hoursFromNow(SESSION_HOURS) });
    await recordAuditEvent(trx, userActor(user, sessionId), {
      orgId: null,
      action: 'session.created',
      subjectType: 'user',
      subjectId: user.id,
      details: { mfa: method },
    });
    return buildSessionView(trx, user, active);
  });
}

function lockedOut(): DomainError {
  return new DomainError('account_locked', 'Too many failed attempts; try again later or reset your password');
}

function mfaFailed(field: 'code' | 'recoveryCode'): DomainError {
  return new DomainError('invalid_credentials', 'The code is not valid', [
    { name: `body.${field}`, reason: 'is not valid or was already used' },
  ]);
}

export async function logOut(db: Db, actor: Actor & { type: 'user' }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, actor.sessionId);
    await recordAuditEvent(trx, actor, {
      orgId: null,
      action: 'session.ended',
      subjectType: 'user',
      subjectId: actor.userId,
    });
  });
}

export async function getSessionView(db: Db, sessionId: string): Promise<Session> {
  const session = await findLiveSession(db, sessionId);
  const user = session && (await findUser(db, session.user_id));
  if (!session || !user) throw new DomainError('unauthenticated', 'Sign in first');
  return buildSessionView(db, user, session);
}

export async function switchOrganisation(db: Db, actor: Actor & { type: 'user' }, orgId: string): Promise<Session> {
  // Not a member and no such organisation look the same: 404, no existence leak.
  const membership = await findMembership(db, orgId, actor.userId);
  if (!membership) throw notFound('Organisation');
  await db.transaction().execute(async (trx) => {
    await updateSession(trx, actor.sessionId, { active_org_id: orgId });
    // In the chain of the organisation entered: its own trail shows who started acting in it. The
    // organisation left is not named, so one organisation's trail never reveals another's.
    await recordAuditEvent(trx, actor, {
      orgId,
      action: 'session.organisation-switched',
      subjectType: 'user',
      subjectId: actor.userId,
      details: { role: membership.role },
    });
  });
  return getSessionView(db, actor.sessionId);
}
