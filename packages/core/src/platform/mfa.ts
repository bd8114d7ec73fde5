// Multi-factor authentication where the law expects it. NIS2 (Directive (EU) 2022/2555) art. 21(2)(j)
// names "the use of multi-factor authentication or continuous authentication solutions" among the
// cybersecurity risk-management measures ("where appropriate"); Impl. Reg. (EU) 2024/2690, annex point 11.7.1,
// asks it by the classification of what is accessed, and point 11.3 sets stricter rules for privileged
// and administrative accounts. On this platform that means: whoever manages an organisation
// (owner, admin), and everyone at the authority (it holds every entity's reports), must use a second
// factor; an organisation may require it of all its members.
import type { OrgKind, Role } from './roles.ts';

const PRIVILEGED_ROLES: readonly Role[] = ['owner', 'admin'];

/** Whether this role in this organisation must sign in with a second factor (NIS2 art. 21(2)(j)). */
export function mfaRequired(role: Role, orgKind: OrgKind, requireMfaForAll: boolean): boolean {
  return orgKind === 'authority' || PRIVILEGED_ROLES.includes(role) || requireMfaForAll;
}

/** The person's second factor, however it was given. */
export interface MfaState {
  /** TOTP enrolled on the platform (with recovery codes). */
  mfaEnabled: boolean;
  /** The organisation's identity provider asserted MFA for this session (sign-in through SSO). */
  mfaViaProvider: boolean;
  /** A demo account (`weerbaar seed --demo`), usable without enrolling; never a real person. */
  mfaExempt: boolean;
}

/**
 * Whether the session must enrol a second factor before it may act in its active organisation:
 * the rule asks for one and the person has none.
 */
export function mfaEnrolmentRequired(
  membership: { role: Role; orgKind: OrgKind; requireMfaForAll: boolean } | null,
  state: MfaState,
): boolean {
  if (!membership) return false;
  if (state.mfaEnabled || state.mfaViaProvider || state.mfaExempt) return false;
  return mfaRequired(membership.role, membership.orgKind, membership.requireMfaForAll);
}
