import type { OrgKind, Role } from '@weerbaar/core/platform';

/** Who is acting: a signed-in user, a machine with an API token, or the platform itself. */
export type Actor =
  | {
      type: 'user';
      userId: string;
      label: string;
      sessionId: string;
      orgId: string | null;
      role: Role | null;
      orgKind: OrgKind | null;
    }
  | {
      type: 'api-token';
      tokenId: string;
      label: string;
      orgId: string;
      role: Role;
      orgKind: OrgKind;
      /** The sender this token delivers submissions for, once bound (docs/DELIVERY.md). */
      senderOrgId: string | null;
    }
  | { type: 'system'; label: string; orgId: null; role: null; orgKind: null };

export const SYSTEM_ACTOR: Actor = { type: 'system', label: 'system', orgId: null, role: null, orgKind: null };

export function actorId(actor: Actor): string | null {
  if (actor.type === 'user') return actor.userId;
  if (actor.type === 'api-token') return actor.tokenId;
  return null;
}

/** The organisation an org-scoped use case acts in; routes guarantee it is set before calling. */
export interface OrgActor {
  actor: Actor;
  orgId: string;
  role: Role;
  orgKind: OrgKind;
}
