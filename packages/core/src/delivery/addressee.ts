// Who a delivery is meant for (issue 15 item 5). The sender resolves it from its registration: the sectors
// follow from the entity types (scope catalogue), the competent authority per sector from the sector table
// (Cbw art. 15(1)-(4); core/supervision/sector-authorities.ts). The receiving installation checks the
// recipient role against what it says it is (its authority kinds): a report meant for the competent
// authority that arrives at an installation that is only a CSIRT (or the other way round) was sent to the
// wrong intake, and is refused, so the sender's outbox shows it and its duty to report to "haar CSIRT en haar
// bevoegde autoriteit" (Cbw arts. 26(1), 27(1), 29(1)) is not silently left undone (docs/DELIVERY.md).
import { findEntityType } from '../scope/sector-catalogue.ts';
import { sectorAuthorityDefault } from '../supervision/sector-authorities.ts';
import {
  addresseeRoleOf,
  SECTOR_CSIRT_COPIES,
  type AddresseeRole,
  type SubmissionAddressee,
  type SubmissionRecipient,
} from './submission.contracts.ts';

/** The sectors of a registration's entity types, in order, de-duplicated. */
export function sectorsOfEntityTypes(entityTypeIds: readonly string[]): string[] {
  return [...new Set(entityTypeIds.map((id) => findEntityType(id)?.sector).filter((s): s is string => Boolean(s)))];
}

/** The addressee of one recipient's delivery, from the registration's entity types (none: empty lists). */
export function resolveAddressee(
  recipient: SubmissionRecipient,
  entityTypeIds: readonly string[],
): SubmissionAddressee {
  const sectors = sectorsOfEntityTypes(entityTypeIds);
  const competentAuthorities = [
    ...new Set(sectors.map((s) => sectorAuthorityDefault(s)?.competentAuthority).filter((a): a is string => !!a)),
  ];
  return { recipient: addresseeRoleOf(recipient), sectors, competentAuthorities };
}

/** The authority kinds (core/supervision) that may receive a delivery for each recipient role. */
const KIND_FOR_RECIPIENT: Readonly<Record<AddresseeRole, 'csirt' | 'competent-authority'>> = {
  csirt: 'csirt',
  sector_csirt: 'csirt',
  competent_authority: 'competent-authority',
};

/** Names compared as people write them: case, surrounding and repeated spaces do not matter. */
const sameName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/**
 * Why this installation may not receive a delivery addressed so; null when it may. Two checks, each skipped
 * when the receiving organisation has not said (so nothing that worked before is refused):
 * - the role: an organisation that has set its kinds receives only what is meant for one of them;
 * - the competent authority's name (Cbw art. 15: the minister per sector): an organisation that has set the
 *   competent authorities it acts for receives a report for the competent authority only when the addressee
 *   names at least one of them. At least one, not all: an entity in sectors of two ministers addresses both,
 *   and it has one competent-authority target, so an intake of either is its own. An addressee that names no
 *   competent authority (no registration, or sectors the table does not know) is not refused for its name.
 */
export function addresseeRefusal(
  addressee: SubmissionAddressee | undefined,
  receiverKinds: readonly string[],
  receiverActsFor: readonly string[] = [],
): string | null {
  if (!addressee) return null;
  if (receiverKinds.length > 0) {
    const needed = KIND_FOR_RECIPIENT[addressee.recipient];
    if (!receiverKinds.includes(needed)) {
      return `this installation is not a ${needed === 'csirt' ? 'CSIRT' : 'competent authority'} (it is: ${[...receiverKinds].sort().join(', ')}); the report is meant for ${addressee.recipient === 'competent_authority' ? `the competent authority${addressee.competentAuthorities.length ? ` (${addressee.competentAuthorities.join('; ')})` : ''}` : addressee.recipient === 'sector_csirt' ? 'a sector CSIRT' : 'the CSIRT'}`;
    }
  }
  if (addressee.recipient !== 'competent_authority') return null;
  if (receiverActsFor.length === 0 || addressee.competentAuthorities.length === 0) return null;
  const actsFor = new Set(receiverActsFor.map(sameName));
  if (addressee.competentAuthorities.some((name) => actsFor.has(sameName(name)))) return null;
  return `the report is meant for the competent authority ${addressee.competentAuthorities.join('; ')} (Cbw art. 15); this installation acts for ${[...receiverActsFor].sort().join('; ')}`;
}

/**
 * The recipients of an incident report: its stage's recipients (REPORT_RECIPIENTS) and, when the stage goes to
 * the CSIRT, every copy to a sector CSIRT the entity chose (those of SECTOR_CSIRT_COPIES it has a target for),
 * in slot order.
 */
export function withSectorCsirtCopies(
  recipients: readonly SubmissionRecipient[],
  chosenCopies: readonly SubmissionRecipient[],
): SubmissionRecipient[] {
  const out = [...recipients];
  if (!recipients.includes('csirt')) return out;
  for (const copy of SECTOR_CSIRT_COPIES) if (chosenCopies.includes(copy) && !out.includes(copy)) out.push(copy);
  return out;
}
