// Accounts, sessions, organisations, tokens and the audit trail itself.
import { defineEvents, event } from './domain-event.ts';

export const PLATFORM_EVENTS = defineEvents({
  'session.created': event(),
  'session.password-verified': event(),
  'session.sign-in-failed': event(),
  'session.ended': event(),
  'session.organisation-switched': event(),
  'user.updated': event(),
  'user.password-changed': event(),
  'user.password-reset-requested': event(),
  'user.password-reset': event(),
  'mfa.enrolment-started': event(),
  'mfa.enabled': event(),
  'mfa.disabled': event(),
  'organisation.created': event(),
  'organisation.updated': event(),
  'member.added': event(),
  'member.role-changed': event(),
  'member.removed': event(),
  'invitation.created': event(),
  'invitation.accepted': event(),
  'invitation.revoked': event(),
  'api-token.created': event(),
  'api-token.revoked': event(),
  'api-token.sender-bound': event(),
  'audit.verified': event(),
  'audit.verification-failed': event(),
  // The platform chain records a restore from backup (operations, docs/OPERATIONS.md).
  'backup.restored': event(),
  'platform.pruned': event<{ removed: Record<string, number> }>(),
});
