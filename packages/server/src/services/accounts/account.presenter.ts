import {
  mfaEnrolmentRequired,
  type ApiToken,
  type Invitation,
  type Member,
  type Organisation,
  type Role,
  type Session,
  type User,
} from '@weerbaar/core/platform';
import type { OrganisationRow, UserRow } from '../../db/schema.ts';
import type { insertApiToken } from '../../repositories/api-token.repository.ts';
import type { insertInvitation } from '../../repositories/invitation.repository.ts';
import type { listMembers, MembershipView } from '../../repositories/membership.repository.ts';

type InvitationRow = Awaited<ReturnType<typeof insertInvitation>>;
type TokenRow = Awaited<ReturnType<typeof insertApiToken>>;
type MemberRow = Awaited<ReturnType<typeof listMembers>>['rows'][number];

/** The allow-list of user fields that leave the server: never hashes or secrets. */
export function presentUser(u: UserRow): User {
  return { id: u.id, email: u.email, name: u.name, locale: u.locale, mfaEnabled: u.mfa_enabled };
}

/**
 * The session as the client sees it. A session waiting for its second factor shows no memberships and no
 * active organisation. mfaEnrolmentRequired follows the active membership (core/platform/mfa.ts).
 */
export function presentSession(
  user: UserRow,
  session: { active_org_id: string | null; mfa_pending: boolean; mfa_via_provider: boolean },
  memberships: readonly MembershipView[],
): Session {
  const active = session.mfa_pending ? undefined : memberships.find((m) => m.org_id === session.active_org_id);
  return {
    user: presentUser(user),
    memberships: session.mfa_pending
      ? []
      : memberships.map((m) => ({
          orgId: m.org_id,
          orgName: m.org_name,
          orgKind: m.org_kind,
          role: m.role as Session['memberships'][number]['role'],
        })),
    activeOrgId: session.mfa_pending ? null : session.active_org_id,
    mfaPending: session.mfa_pending,
    mfaEnrolmentRequired: mfaEnrolmentRequired(
      active
        ? { role: active.role as Role, orgKind: active.org_kind, requireMfaForAll: active.require_mfa_for_all }
        : null,
      { mfaEnabled: user.mfa_enabled, mfaViaProvider: session.mfa_via_provider, mfaExempt: user.mfa_exempt },
    ),
  };
}

export function presentOrganisation(o: OrganisationRow): Organisation {
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    kvkNumber: o.kvk_number,
    sector: o.sector,
    requireMfaForAll: o.require_mfa_for_all,
    createdAt: o.created_at.toISOString(),
  };
}

export function presentMember(r: MemberRow): Member {
  return {
    userId: r.user_id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    mfaEnabled: r.mfa_enabled,
    joinedAt: r.created_at.toISOString(),
  };
}

export function presentInvitation(r: InvitationRow): Invitation {
  return {
    id: r.id,
    email: r.email,
    role: r.role as Role,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    acceptedAt: r.accepted_at?.toISOString() ?? null,
  };
}

export function presentApiToken(r: TokenRow): ApiToken {
  return {
    id: r.id,
    name: r.name,
    role: r.role as Role,
    prefix: r.prefix,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
    senderOrgId: r.sender_org_id,
  };
}
