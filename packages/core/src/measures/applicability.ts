// Which catalogues apply to an organisation, suggested from what the platform knows: the saved scope
// assessment (answers and outcome) and the organisation's sector. The organisation confirms; this only
// suggests, each with its reason and article (issue 12 item 2).
//
// - Every entity with the duty of care: NIS2 Art. 21(2) (Cbw art. 21) and the governance duties of
//   NIS2 Art. 20 (Cbw art. 24) — unless a sector-specific act displaces them (DORA: NIS2 Art. 4,
//   Cbw arts. 22 and 24(13)), which the scope outcome records as `replaced_by`.
// - The 11 digital entity types of Implementing Regulation (EU) 2024/2690 Art. 1: its Annex.
// - Critical entities (CER Art. 6; Wwke art. 6(1)): CER Art. 13(1), unless CER Art. 8 switches Chapter
//   III off for the sector.
// - Government bodies, provinces, municipalities, water boards: BIO2 (reference §6.9).
// - Health: NEN 7510 (reference §6.10). Education: the IBP / SURF frameworks (reference §6.11).
// - Guidance for everyone: the NCSC basic measures and NCSC + DTC principles; where the Cbw duty of care
//   applies, the ADR/NOREA Cbw control framework as audit aid.
import type { LocalizedText, Obligation, ObligationKey } from '../scope/scope-result.schema.ts';
import type { ScopeEvaluation } from '../scope/scope.contracts.ts';
import { findEntityType } from '../scope/sector-catalogue.ts';
import { PUBLIC_ADMINISTRATION_LEVELS } from '../scope/scope-input.schema.ts';

export interface ApplicabilityFacts {
  /** The saved assessment's answers (the part this needs); flags may be 'unknown'. */
  input: {
    entity_type_ref: string;
    sector?: string | null;
    flags?: {
      public_administration?: unknown;
      designated_critical_entity_cer?: unknown;
      higher_education_institution?: unknown;
      nl_ocw_designation?: unknown;
    };
  };
  /** The saved assessment's outcome; absent when the organisation has no saved assessment yet. */
  result?: ScopeEvaluation | null;
  /** The organisation's own sector (free text in its profile). */
  organisationSector?: string | null;
}

export type SuggestionBasis = 'law' | 'sector_norm' | 'guidance';

export interface FrameworkSuggestion {
  catalogueId: string;
  /** 'law': a legal duty; 'sector_norm': the norm a sector is held to; 'guidance': advice. */
  basis: SuggestionBasis;
  article: string;
  reason: LocalizedText;
}

const IN_SCOPE = new Set(['essential', 'important']);

const GOVERNMENT_SECTOR =
  /overheid|gemeente|provincie|waterschap|ministerie|rijksoverheid|public administration|government|municipal/i;
const HEALTH_SECTOR = /zorg|gezondheid|ziekenhuis|health|hospital/i;
const EDUCATION_SECTOR = /onderwijs|school|universiteit|hogeschool|education|university/i;

/** The obligation of the Dutch regime (the platform's), else the EU one; undefined when displaced. */
function liveObligation(obligations: readonly Obligation[], key: ObligationKey): Obligation | undefined {
  const o = obligations.find((x) => x.key === key && x.regime === 'nl') ?? obligations.find((x) => x.key === key);
  return o && !o.replaced_by && !o.exempted_by ? o : undefined;
}

export function suggestFrameworks(facts: ApplicabilityFacts): FrameworkSuggestion[] {
  const out: FrameworkSuggestion[] = [];
  const add = (s: FrameworkSuggestion) => {
    if (!out.some((x) => x.catalogueId === s.catalogueId)) out.push(s);
  };
  const entity = findEntityType(facts.input.entity_type_ref);
  const flags = facts.input.flags ?? {};
  const orgSector = facts.organisationSector ?? '';
  const result = facts.result ?? null;

  // Legal duties from the scope outcome.
  let dutyOfCare = false;
  if (result?.outcome === 'definite') {
    const duty = liveObligation(result.obligations, 'duty_of_care');
    if (duty) {
      dutyOfCare = true;
      add({
        catalogueId: 'nis2-art21',
        basis: 'law',
        article: `${duty.article}; NIS2 Art. 21(2)`,
        reason: {
          nl: 'Uw organisatie valt onder de zorgplicht: neem ten minste de tien maatregelen van artikel 21.',
          en: 'Your organisation has the duty of care: take at least the ten measures of Article 21.',
        },
      });
      if (duty.params?.implementing_regulation)
        add({
          catalogueId: 'ir-2024-2690',
          basis: 'law',
          article: 'Uitvoeringsverordening (EU) 2024/2690 art. 1 en 2',
          reason: {
            nl: 'Uw soort organisatie is een van de 11 digitale diensten van de uitvoeringsverordening: de eisen van de bijlage gelden direct.',
            en: 'Your type of entity is one of the 11 digital services of the Implementing Regulation: the Annex requirements apply directly.',
          },
        });
    }
    const board = liveObligation(result.obligations, 'management_body');
    if (board)
      add({
        catalogueId: 'governance-art20',
        basis: 'law',
        article: board.regime === 'nl' ? 'Cbw art. 24; NIS2 Art. 20' : 'NIS2 Art. 20',
        reason: {
          nl: 'Het bestuur keurt de maatregelen goed, houdt toezicht en volgt een opleiding.',
          en: 'The management body approves the measures, oversees them and follows training.',
        },
      });
    if (liveObligation(result.obligations, 'critical_entity_resilience'))
      add({
        catalogueId: 'cer-art13',
        basis: 'law',
        article: 'CER (Richtlijn (EU) 2022/2557) art. 13(1); Wwke',
        reason: {
          nl: 'Uw organisatie is aangewezen als kritieke entiteit: neem weerbaarheidsmaatregelen.',
          en: 'Your organisation is identified as critical entity: take resilience measures.',
        },
      });
  } else if (result?.outcome === 'conditional') {
    // Unknown answers: suggest the duties only when they cannot change the class.
    const classification = result.nl.classification ?? result.eu.classification;
    if (classification && IN_SCOPE.has(classification)) {
      dutyOfCare = true;
      add({
        catalogueId: 'nis2-art21',
        basis: 'law',
        article: 'Cbw art. 21; NIS2 Art. 21(2)',
        reason: {
          nl: 'Uw organisatie valt onder de zorgplicht, ook als de open antwoorden anders uitvallen.',
          en: 'Your organisation has the duty of care, whatever the open answers turn out to be.',
        },
      });
      add({
        catalogueId: 'governance-art20',
        basis: 'law',
        article: 'Cbw art. 24; NIS2 Art. 20',
        reason: {
          nl: 'Het bestuur keurt de maatregelen goed, houdt toezicht en volgt een opleiding.',
          en: 'The management body approves the measures, oversees them and follows training.',
        },
      });
      if (entity?.implementing_reg_2024_2690)
        add({
          catalogueId: 'ir-2024-2690',
          basis: 'law',
          article: 'Uitvoeringsverordening (EU) 2024/2690 art. 1 en 2',
          reason: {
            nl: 'Uw soort organisatie is een van de 11 digitale diensten van de uitvoeringsverordening.',
            en: 'Your type of entity is one of the 11 digital services of the Implementing Regulation.',
          },
        });
    }
    if (flags.designated_critical_entity_cer === true)
      add({
        catalogueId: 'cer-art13',
        basis: 'law',
        article: 'CER (Richtlijn (EU) 2022/2557) art. 13(1); Wwke',
        reason: {
          nl: 'Uw organisatie is aangewezen als kritieke entiteit: neem weerbaarheidsmaatregelen.',
          en: 'Your organisation is identified as critical entity: take resilience measures.',
        },
      });
  }

  // Sector norms, whether or not the Cbw applies.
  const government =
    entity?.sector === 'Public administration' ||
    entity?.id === 'X.LOCAL' ||
    (PUBLIC_ADMINISTRATION_LEVELS as readonly unknown[]).includes(flags.public_administration) ||
    GOVERNMENT_SECTOR.test(orgSector);
  if (government)
    add({
      catalogueId: 'bio2',
      basis: 'sector_norm',
      article: 'BIO2 v1.2 (normenkader voor de hele overheid; Cbw art. 21(5))',
      reason: {
        nl: 'Voor overheden (Rijk, provincies, gemeenten, waterschappen) is de BIO2 het normenkader voor informatiebeveiliging.',
        en: 'For government bodies (central, provinces, municipalities, water boards) the BIO2 is the information-security baseline.',
      },
    });
  if (entity?.sector === 'Health' || HEALTH_SECTOR.test(orgSector))
    add({
      catalogueId: 'nen7510',
      basis: 'sector_norm',
      article: 'NEN 7510 en NEN 7512 (zorgaanbieders onder de Wkkgz; toezicht IGJ)',
      reason: {
        nl: 'Zorgaanbieders die patiëntgegevens verwerken moeten aantoonbaar voldoen aan NEN 7510.',
        en: 'Care providers that process patient data must demonstrably comply with NEN 7510.',
      },
    });
  const education =
    entity?.id === 'X.EDU' ||
    flags.higher_education_institution === true ||
    flags.nl_ocw_designation === 'essential' ||
    flags.nl_ocw_designation === 'important' ||
    EDUCATION_SECTOR.test(orgSector);
  if (education)
    add({
      catalogueId: 'ibp-onderwijs',
      basis: 'sector_norm',
      article: 'Normenkaders IBP (po, vo, mbo) en SURF (ho); Cbw art. 11 en 13 (aanwijzing door OCW)',
      reason: {
        nl: 'Onderwijsinstellingen gebruiken de normenkaders voor informatiebeveiliging en privacy van hun sector.',
        en: 'Education institutions use their sector’s information-security and privacy frameworks.',
      },
    });

  // Guidance.
  if (dutyOfCare)
    add({
      catalogueId: 'adr-norea-cbw',
      basis: 'guidance',
      article: 'ADR & NOREA, Cbw (NIS2) Control Framework v1.2',
      reason: {
        nl: 'Het toetsingskader van de auditors voor de Cbw: handig om te laten zien wat u heeft geregeld.',
        en: 'The auditors’ control framework for the Cbw: useful to show what you have in place.',
      },
    });
  add({
    catalogueId: 'ncsc-basis',
    basis: 'guidance',
    article: 'NCSC, Handreiking cybersecuritymaatregelen (2021); basisprincipes NCSC en DTC',
    reason: {
      nl: 'Basismaatregelen die het NCSC elke organisatie aanraadt.',
      en: 'Basic measures the NCSC recommends to every organisation.',
    },
  });
  return out;
}
