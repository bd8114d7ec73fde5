// Which Member State's law applies: NIS2 Art. 26 (jurisdiction and territoriality), which the Cbw carries over in
// art. 4 ("toepassingsbereik en jurisdictie", Stb. 2026, 187):
// (1) essential and important entities "indien zij in Nederland zijn gevestigd en hun diensten verlenen of hun
//     activiteiten verrichten in Nederland of een andere lidstaat";
// (2) public electronic communications "indien zij hun diensten in Nederland aanbieden";
// (3) DNS, TLD, cloud, data centre, CDN, MSP, MSSP, online marketplaces, search engines, social networks "indien zij
//     hun hoofdvestiging of vertegenwoordiger in Nederland hebben";
// (4) domain name registration services: the same, "hoofdvestiging of vertegenwoordiger in Nederland";
// (5) the main establishment as in NIS2 Art. 26(2); (6) arts. 42, 60 and 61 apply regardless (art. 42: designating
//     a representative).
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
  isDomainNameRegistrationService,
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
  /** Whether the Cbw's rules for essential and important entities apply (Cbw art. 4), and the paragraph. */
  cbw: { applies: boolean; article: string };
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
  const nis2 = nis2Jurisdiction(ctx);
  const inNl = nis2.member_states.includes(NETHERLANDS);
  const l = ctx.location ?? {};
  if (publicAdministrationLevel(ctx) !== null) return { ...nis2, cbw: { applies: inNl, article: 'Cbw art. 4(1)' } };
  if (isMainEstablishmentType(ctx)) {
    // Cbw art. 4(3)-(4): only a main establishment or a representative in the Netherlands brings the entity under
    // the Cbw; without either, NIS2 Art. 26(3) lets any Member State where it serves act, but the Cbw applies only
    // art. 42 (designating a representative) to it (art. 4(6)).
    const article =
      isDomainNameRegistrationService(ctx) && !ctx.entity.enisa_registry_art27 ? 'Cbw art. 4(4)' : 'Cbw art. 4(3)';
    const noRepresentative =
      l.member_states_established !== undefined &&
      l.member_states_established.length === 0 &&
      (l.eu_representative_member_state ?? null) === null;
    return noRepresentative
      ? { ...nis2, cbw: { applies: false, article: `${article}, (6)` } }
      : { ...nis2, cbw: { applies: inNl, article } };
  }
  if (isPublicEcnProvider(ctx) || isPublicEcsProvider(ctx))
    return { ...nis2, cbw: { applies: inNl, article: 'Cbw art. 4(2)' } };
  return { ...nis2, cbw: { applies: inNl, article: 'Cbw art. 4(1)' } };
}

type Nis2Jurisdiction = Omit<JurisdictionOutcome, 'cbw'>;

function nis2Jurisdiction(ctx: RuleContext): Nis2Jurisdiction {
  if (!hasLocationAnswers(ctx))
    return {
      member_states: [NETHERLANDS],
      decided_by: 'NIS2 Art. 26(1) (assumed: established in the Netherlands)',
      assumed: true,
    };
  const l = ctx.location ?? {};
  const established = l.member_states_established;
  const outcome = (states: readonly MemberState[], decided_by: string): Nis2Jurisdiction => ({
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
