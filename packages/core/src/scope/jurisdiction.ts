// Which Member State's law applies: NIS2 Art. 26 (jurisdiction and territoriality), which the Cbw carries over in
// art. 4 ("toepassingsbereik en jurisdictie"). The Cbw applies to an organisation only where the Netherlands is
// among the Member States with jurisdiction.
//
// NIS2 Art. 26, as published (OJ L 333, 27.12.2022):
// (1) entities "fall under the jurisdiction of the Member State in which they are established, except in the case
//     of (a) providers of public electronic communications networks or ... services, ... the Member State in
//     which they provide their services; (b) DNS service providers, TLD name registries, entities providing domain
//     name registration services, cloud computing ..., data centre ..., content delivery network ..., managed
//     service ..., managed security service providers, ... online marketplaces, ... online search engines or ...
//     social networking services platforms, ... the Member State in which they have their main establishment in
//     the Union under paragraph 2; (c) public administration entities, ... the Member State which established them."
// (2) main establishment = where cybersecurity risk-management decisions are predominantly taken; else where
//     cybersecurity operations are carried out; else the establishment with the most employees in the Union.
// (3) a point (b) entity not established in the Union but offering services there designates a representative,
//     established in a Member State where the services are offered, and falls under that Member State; without
//     a representative "any Member State in which the entity provides services may take legal actions".
import {
  isMainEstablishmentType,
  isPublicEcnProvider,
  isPublicEcsProvider,
  publicAdministrationLevel,
  type RuleContext,
} from './facts.ts';
import type { MemberState } from './scope-input.schema.ts';

export const NETHERLANDS: MemberState = 'NL';

export interface JurisdictionOutcome {
  /** The Member States whose law applies (sorted); [] when none has jurisdiction. */
  member_states: MemberState[];
  /** The provision that decides it, e.g. 'NIS2 Art. 26(1)(b), (2)'. */
  decided_by: string;
  /** True when no place was answered and the Netherlands is assumed (the answers of earlier versions). */
  assumed: boolean;
}

const sorted = (states: readonly MemberState[]) => [...new Set(states)].sort();

/** Whether any of the place answers was given at all. */
export function hasLocationAnswers(ctx: RuleContext): boolean {
  const l = ctx.location;
  return (
    l !== undefined &&
    (l.member_states_established !== undefined ||
      (l.main_establishment_member_state ?? null) !== null ||
      l.member_states_served !== undefined ||
      (l.eu_representative_member_state ?? null) !== null)
  );
}

/**
 * The Member States with jurisdiction over the entity. Reads facts (the entity's activities decide which point of
 * Art. 26(1) applies), so it also works inside the unknown-answer explorer. An organisation that answered no place
 * is taken to be established in the Netherlands only (`assumed`).
 */
export function determineJurisdiction(ctx: RuleContext): JurisdictionOutcome {
  if (!hasLocationAnswers(ctx))
    return {
      member_states: [NETHERLANDS],
      decided_by: 'NIS2 Art. 26(1) (assumed: established in the Netherlands)',
      assumed: true,
    };
  const l = ctx.location ?? {};
  const established = l.member_states_established;
  const outcome = (states: readonly MemberState[], decided_by: string): JurisdictionOutcome => ({
    member_states: sorted(states),
    decided_by,
    assumed: false,
  });

  // (c) public administration entities: the Member State that established them; the wizard and the API read
  // member_states_established as that state.
  if (publicAdministrationLevel(ctx) !== null) return outcome(established ?? [NETHERLANDS], 'NIS2 Art. 26(1)(c)');

  // (b) the main establishment in the Union, or the representative of an entity not established in the Union.
  if (isMainEstablishmentType(ctx)) {
    const main = l.main_establishment_member_state ?? null;
    if (main) return outcome([main], 'NIS2 Art. 26(1)(b), (2)');
    if (established && established.length === 1)
      return outcome(established, 'NIS2 Art. 26(1)(b), (2) (only establishment)');
    if (established && established.length > 1)
      return outcome(established, 'NIS2 Art. 26(2) (main establishment not answered: one of these Member States)');
    if (established && established.length === 0) {
      const rep = l.eu_representative_member_state ?? null;
      if (rep) return outcome([rep], 'NIS2 Art. 26(3) (representative in the Union)');
      return outcome(
        l.member_states_served ?? [],
        'NIS2 Art. 26(3) (no representative: any Member State where services are provided may take legal action)',
      );
    }
    return outcome([NETHERLANDS], 'NIS2 Art. 26(1)(b) (assumed: main establishment in the Netherlands)');
  }

  // (a) public electronic communications: every Member State where the services are provided.
  if (isPublicEcnProvider(ctx) || isPublicEcsProvider(ctx))
    return outcome(l.member_states_served ?? established ?? [NETHERLANDS], 'NIS2 Art. 26(1)(a)');

  // The rule: the Member State(s) of establishment.
  return outcome(established ?? [NETHERLANDS], 'NIS2 Art. 26(1)');
}
