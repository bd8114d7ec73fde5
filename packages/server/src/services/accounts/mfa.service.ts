import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { findUser, replaceRecoveryCodes, updateUser } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { newRecoveryCodes, sha256Token, verifyPassword } from './secrets.ts';
import { newTotpSecret, totpUri, verifyTotp } from '../../adapters/totp.ts';

type UserActor = Actor & { type: 'user' };

async function currentUser(db: Db, actor: UserActor) {
  const user = await findUser(db, actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'Sign in first');
  return user;
}

/** Step 1: a fresh secret, not yet in force until the user proves their authenticator has it. */
export async function startMfaEnrolment(db: Db, actor: UserActor): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await currentUser(db, actor);
  if (user.mfa_enabled) throw new DomainError('conflict', 'MFA is already on; turn it off first to enrol again');
  const secret = newTotpSecret();
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { mfa_pending_secret: secret });
    await recordAuditEvent(trx, actor, {
      orgId: null,
      action: 'mfa.enrolment-started',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  return { secret, otpauthUrl: totpUri(secret, user.email) };
}

/** Step 2: a valid code turns MFA on and issues single-use recovery codes, shown once. */
export async function activateMfa(db: Db, actor: UserActor, code: string): Promise<{ recoveryCodes: string[] }> {
  const user = await currentUser(db, actor);
  if (!user.mfa_pending_secret) throw new DomainError('precondition_failed', 'Start the enrolment first');
  const step = verifyTotp(user.mfa_pending_secret, code, null);
  if (step === null) {
    throw new DomainError('validation_failed', 'The code is not valid', [
      { name: 'body.code', reason: 'is not valid' },
    ]);
  }
  const recoveryCodes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, {
      mfa_secret: user.mfa_pending_secret,
      mfa_pending_secret: null,
      mfa_enabled: true,
      mfa_last_step: step,
    });
    await replaceRecoveryCodes(trx, user.id, recoveryCodes.map(sha256Token));
    await recordAuditEvent(trx, actor, { orgId: null, action: 'mfa.enabled', subjectType: 'user', subjectId: user.id });
  });
  return { recoveryCodes };
}

export async function deactivateMfa(db: Db, actor: UserActor, password: string): Promise<void> {
  const user = await currentUser(db, actor);
  if (!(await verifyPassword(user.password_hash, password))) {
    throw new DomainError('validation_failed', 'Password is wrong', [{ name: 'body.password', reason: 'is wrong' }]);
  }
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, {
      mfa_secret: null,
      mfa_enabled: false,
      mfa_pending_secret: null,
      mfa_last_step: null,
    });
    await replaceRecoveryCodes(trx, user.id, []);
    await recordAuditEvent(trx, actor, {
      orgId: null,
      action: 'mfa.disabled',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
}
