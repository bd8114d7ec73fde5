import { DomainError, type LoginRequest, type MfaVerificationRequest, type Session } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
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
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { newSecret, normaliseRecoveryCode, sha256Token, verifyPassword } from './secrets.ts';
import { buildSessionView } from './session-view.ts';
import { verifyTotp } from './totp.ts';

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

export async function logIn(db: Db, input: LoginRequest): Promise<CreatedSession> {
  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user) throw new DomainError('invalid_credentials', 'E-mail address or password is wrong');
  if (user.locked_until && user.locked_until > new Date()) {
    throw new DomainError('account_locked', 'Too many failed attempts; try again later or reset your password');
  }
  if (!passwordOk) {
    const after = await recordFailedLogin(db, user.id, LOCKOUT_THRESHOLD, LOCKOUT_MINUTES);
    if (after.locked_until && after.locked_until > new Date()) {
      throw new DomainError('account_locked', 'Too many failed attempts; try again later or reset your password');
    }
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
    return { token, view: await buildSessionView(trx, user, session) };
  });
}

export async function verifyMfa(db: Db, sessionId: string, input: MfaVerificationRequest): Promise<Session> {
  const session = await findLiveSession(db, sessionId);
  if (!session) throw new DomainError('unauthenticated', 'Sign in first');
  if (!session.mfa_pending) throw new DomainError('conflict', 'This session has already passed MFA');
  const user = await findUser(db, session.user_id);
  if (!user?.mfa_secret) throw new DomainError('unauthenticated', 'Sign in first');
  if (user.locked_until && user.locked_until > new Date()) {
    throw new DomainError('account_locked', 'Too many failed attempts; try again later or reset your password');
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
    await recordFailedLogin(db, user.id, LOCKOUT_THRESHOLD, LOCKOUT_MINUTES);
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
  if (!membership) throw new DomainError('not_found', 'Organisation not found');
  await updateSession(db, actor.sessionId, { active_org_id: orgId });
  return getSessionView(db, actor.sessionId);
}
