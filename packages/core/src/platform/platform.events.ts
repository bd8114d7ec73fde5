// Accounts, sessions, organisations, tokens and the audit trail itself.
import { defineEvents, event } from './domain-event.ts';
import type { OrgKind, Role } from './roles.ts';

export const PLATFORM_EVENTS = defineEvents({
  'session.created': event<{ userId: string }>(),
  'session.password-verified': event<{ userId: string }>(),
  // userId is null for an unknown account: the name typed is never kept.
  'session.sign-in-failed': event<{ userId: string | null; reason: string; blockedUntil: string | null }>(),
  'session.ended': event<{ userId: string }>(),
  'session.organisation-switched': event<{ userId: string; role: Role }>(),
  'user.updated': event(),
  'user.password-changed': event<{ userId: string }>(),
  'user.password-reset-requested': event(),
  'user.password-reset': event<{ userId: string }>(),
  'mfa.enrolment-started': event(),
  'mfa.enabled': event(),
  'mfa.disabled': event(),
  'organisation.created': event<{ kind: OrgKind; ownerId: string }>(),
  'organisation.updated': event(),
  // Sign-in with the organisation's own identity provider (OpenID Connect) was set up or changed.
  'sso.configured': event(),
  'member.added': event<{ userId: string; role: Role }>(),
  'member.role-changed': event<{ userId: string; from: Role; to: Role }>(),
  'member.removed': event<{ userId: string; role: Role }>(),
  'invitation.created': event<{ role: Role }>(),
  'invitation.accepted': event<{ userId: string; role: Role }>(),
  'invitation.revoked': event(),
  'api-token.created': event<{ role: Role; senderOrgId: string | null }>(),
  'api-token.revoked': event(),
  'api-token.sender-bound': event(),
  'audit.verified': event(),
  'audit.verification-failed': event(),
  // The platform chain records a restore from backup (operations, docs/OPERATIONS.md).
  'backup.restored': event<{ backupCreatedAt: string; rows: number }>(),
  'platform.pruned': event<{ removed: Record<string, number> }>(),
});
