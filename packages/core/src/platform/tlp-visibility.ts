// The one visibility rule of shared information (issue 14 item 1): may this viewer read this object?
// FIRST TLP 2.0 (https://www.first.org/tlp/, ../shared/standards/tlp-2.0.md) as it applies on this platform:
//
//   CLEAR         everyone, also a public page without sign-in.
//   GREEN         the community the object was shared with: every member organisation ("peers and partner
//                 organisations within their community").
//   AMBER         the recipient organisations, and the clients a recipient passed it on to "on a need-to-know
//                 basis". Who is a client here: an authority's constituency — the entity organisations of this
//                 installation (isClientOf). An entity has no clients on the platform (its customers are not
//                 here); it passes AMBER on by its own means, outside the platform.
//   AMBER+STRICT  the recipient organisations only.
//   RED           the named people only ("for the eyes and ears of individual recipients only"); never a
//                 machine token, never a whole organisation.
//
// The recipient organisations of AMBER and AMBER+STRICT are the ones the sharer named; when it named none,
// the member organisations of the community are the recipients (a TAXII client posting to a collection
// names nobody). The organisation that shared an object always reads its own.
//
// `mayRead` is the rule in code; `TLP_AUDIENCE` is the same rule as data, from which the server builds the
// one SQL filter (repositories/shared-visibility.ts), so lists and TAXII pages filter in the database. A test
// holds the two equal for every label × viewer. It applies to every kind of shared object: STIX objects,
// CSAF advisories and the alerts derived from them; the object policy 'shared-information'
// (platform/policies.ts) delegates to it. It lives in platform so that the policies can use it without a
// cycle; sharing/visibility.ts offers it under the sharing area's name.
import type { OrgKind } from './roles.ts';
import type { TlpLabel } from './tlp.ts';

/** Who reads: the acting organisation (null on the public page), the person (null for machines), memberships. */
export interface SharingViewer {
  orgId: string | null;
  userId: string | null;
  /** Communities the viewer's organisation is a member of. */
  communityIds: readonly string[];
}

/** What the rule needs to know of a shared object. */
export interface SharedObjectAudience {
  ownerOrgId: string;
  /** The community it was shared with; null when none (an advisory an organisation imported for itself). */
  communityId: string | null;
  tlp: TlpLabel;
  /** Organisations the sharer named (AMBER, AMBER+STRICT); none named → the community's members. */
  recipientOrgIds: readonly string[];
  /** Organisations an AMBER recipient passed the object on to (its clients). */
  clientOrgIds: readonly string[];
  /** People the sharer named (RED). */
  recipientUserIds: readonly string[];
}

export type TlpAudience =
  'everyone' | 'community' | 'recipient-organisations-and-clients' | 'recipient-organisations' | 'named-people';

/** Per label, who besides the sharing organisation may read. */
export const TLP_AUDIENCE: Readonly<Record<TlpLabel, TlpAudience>> = {
  CLEAR: 'everyone',
  GREEN: 'community',
  AMBER: 'recipient-organisations-and-clients',
  'AMBER+STRICT': 'recipient-organisations',
  RED: 'named-people',
};

function isRecipientOrganisation(viewer: SharingViewer, object: SharedObjectAudience): boolean {
  if (viewer.orgId === null) return false;
  return object.recipientOrgIds.length > 0
    ? object.recipientOrgIds.includes(viewer.orgId)
    : object.communityId !== null && viewer.communityIds.includes(object.communityId);
}

/** May this viewer read this object? The one rule every read path asks. */
export function mayRead(viewer: SharingViewer, object: SharedObjectAudience): boolean {
  if (viewer.orgId !== null && viewer.orgId === object.ownerOrgId) return true;
  switch (TLP_AUDIENCE[object.tlp]) {
    case 'everyone':
      return true;
    case 'community':
      return viewer.orgId !== null && object.communityId !== null && viewer.communityIds.includes(object.communityId);
    case 'recipient-organisations-and-clients':
      return (
        isRecipientOrganisation(viewer, object) || (viewer.orgId !== null && object.clientOrgIds.includes(viewer.orgId))
      );
    case 'recipient-organisations':
      return isRecipientOrganisation(viewer, object);
    case 'named-people':
      return viewer.userId !== null && object.recipientUserIds.includes(viewer.userId);
  }
}

/**
 * May an organisation of kind `recipient` pass AMBER information on to one of kind `client`? An authority's
 * clients are its constituency, the entities; an entity has no clients on the platform.
 */
export function isClientOf(recipient: OrgKind, client: OrgKind): boolean {
  return recipient === 'authority' && client === 'entity';
}

/** Only AMBER travels on to clients; AMBER+STRICT and RED never, GREEN and CLEAR need no passing on. */
export function mayPassOnToClients(tlp: TlpLabel): boolean {
  return TLP_AUDIENCE[tlp] === 'recipient-organisations-and-clients';
}
