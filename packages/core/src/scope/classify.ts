// The scope self-assessment: classify an organisation under NIS2 (EU baseline) and the Cbw (NL).
import { EU_RULES } from './eu-rules.ts';
import type { FactReader, FactValues, RuleContext } from './facts.ts';
import { isPublicAdministration, isTrustServiceProvider } from './facts.ts';
import { determineJurisdiction } from './jurisdiction.ts';
import { NL_RULES } from './nl-rules.ts';
import { deriveObligations, type ObligationContext } from './obligations.ts';
import { SIZE_CLASS_LABELS, evaluateRegime, type RegimeEvaluation } from './rule.ts';
import { SCOPE_RULES_VERSION } from './rules-version.ts';
import { getEntityType } from './sector-catalogue.ts';
import type { ScopeFlags, ScopeInput, ScopeInputWithUnknowns } from './scope-input.schema.ts';
import type {
  Jurisdiction,
  LocalizedText,
  Obligation,
  ReasonStep,
  Regime,
  ScopeResult,
  SizeAssessmentResult,
} from './scope-result.schema.ts';
import { assessSize, type SizeAssessment } from './size-assessment.ts';
import {
  SIZE_CEILINGS,
  determineSizeClass,
  rankSizeClass,
  type EnterpriseFigures,
  type SizeClass,
} from './size-class.ts';

/** The decision facts of a complete (schema-valid) input. */
export function factsOf(input: ScopeInput, size: SizeAssessment = assessSize(input)): FactValues {
  const f = input.flags;
  return {
    size_class: size.decision.size_class,
    public_administration: f.public_administration,
    regional_risk_assessment_positive: f.regional_risk_assessment_positive,
    member_state_identified_2_2_b_to_e: f.member_state_identified_2_2_b_to_e,
    qualified_trust_service_provider: f.qualified_trust_service_provider,
    trust_service_provider: f.trust_service_provider,
    dns_service_provider: f.dns_service_provider,
    tld_name_registry: f.tld_name_registry,
    public_electronic_communications_network: f.public_electronic_communications_network,
    publicly_available_ecs: f.publicly_available_ecs,
    designated_critical_entity_cer: f.designated_critical_entity_cer,
    domain_name_registration_service: f.domain_name_registration_service,
    oes_before_2023_retained: f.oes_before_2023_retained,
    national_security_pae: f.national_security_pae,
    root_name_server_operator: f.root_name_server_operator,
    higher_education_institution: f.higher_education_institution,
    nl_ocw_designation: f.nl_ocw_designation,
    dora_exempted_2_4: f.dora_exempted_2_4,
    national_security_exempted: f.national_security_exempted,
  };
}

/** The place answers of an input (NIS2 Art. 26), for the rule context. */
export function locationOf(input: ScopeInput | ScopeInputWithUnknowns): RuleContext['location'] {
  return {
    member_states_established: input.member_states_established,
    main_establishment_member_state: input.main_establishment_member_state,
    member_states_served: input.member_states_served,
    eu_representative_member_state: input.eu_representative_member_state,
  };
}

/**
 * Classify a schema-valid input (parse it with ScopeInputSchema first). Total: every valid input gets an
 * outcome for both regimes, the size class, the reasoning and the obligations.
 */
export function classifyScope(input: ScopeInput): ScopeResult {
  const entity = getEntityType(input.entity_type_ref);
  const size = assessSize(input);
  const facts = factsOf(input, size);
  const read: FactReader = (key) => facts[key];
  const ctx: RuleContext = { entity, read, location: locationOf(input) };

  const eu = evaluateRegime(EU_RULES, ctx);
  const nl = evaluateRegime(NL_RULES, ctx);
  const publicAdministration = isPublicAdministration(ctx);
  const j = determineJurisdiction(ctx);
  const jurisdiction: Jurisdiction = { member_states: j.member_states, decided_by: j.decided_by, assumed: j.assumed };
  // Cbw art. 4: where only another Member State has jurisdiction, the Cbw imposes nothing at all.
  const outsideNl = nl.decisive.key === 'nl.other_member_state_jurisdiction';

  const obligationCtx: ObligationContext = { ...ctx, sector: input.sector, dora: input.flags.dora_financial_entity };
  const obligations = withNationalSecurityExemption(
    [
      ...deriveObligations('eu', eu.decisive.classification, obligationCtx),
      ...(outsideNl
        ? []
        : deriveObligations('nl', nl.decisive.classification, {
            ...obligationCtx,
            designated_higher_education: nl.decisive.key === 'nl.higher_education_designated',
          })),
    ],
    input.flags.national_security_exempted && !isTrustServiceProvider(ctx),
  );
  const result: ScopeResult = {
    rules_version: SCOPE_RULES_VERSION,
    eu: { classification: eu.decisive.classification, decided_by: eu.decisive.decided_by },
    nl: { classification: nl.decisive.classification, decided_by: nl.decisive.decided_by },
    size_class: publicAdministration ? 'not_applicable' : facts.size_class,
    jurisdiction,
    reasons: [
      ...sizeSteps(input, size, publicAdministration),
      ...jurisdictionSteps(jurisdiction),
      ...findingSteps('eu', eu),
      ...findingSteps('nl', nl),
      ...noteSteps(input.flags, obligations, isTrustServiceProvider(ctx)),
    ],
    obligations,
  };
  if (!publicAdministration) result.size = sizeResult(size);
  return result;
}

function sizeResult(size: SizeAssessment): SizeAssessmentResult {
  return {
    size_class: size.decision.size_class,
    own: size.own,
    aggregated: size.aggregated,
    aggregation_rule: size.aggregation_rule,
    aggregation_article: size.aggregation_article,
    related_enterprises: size.related,
    current_period_size_class: size.current_period_size_class,
    previous_period: size.previous_period,
    decided_by_periods: size.decision.periods,
    period_rule: size.decision.rule,
    period_article: size.decision.article,
  };
}

/**
 * NIS2 Art. 2(8): a Member State "may exempt specific entities which carry out activities in the areas of national
 * security, public security, defence or law enforcement, ... or which provide services exclusively to the public
 * administration entities referred to in paragraph 7 ..., from the obligations laid down in Article 21 or 23 with
 * regard to those activities or services"; Art. 2(9): not where the entity acts as a trust service provider (the
 * caller passes `exempt` false then). NL: Cbw art. 23(1) ("ontheffing zorgplicht", art. 21) and art. 32(1)
 * ("ontheffing meldplicht", arts. 25-30), by the Minister concerned, "met betrekking tot die activiteiten of
 * diensten"; arts. 23(2) and 32(2) keep trust service providers bound.
 */
function withNationalSecurityExemption(obligations: Obligation[], exempt: boolean): Obligation[] {
  if (!exempt) return obligations;
  const basis: Partial<Record<Obligation['key'], Record<Regime, string>>> = {
    duty_of_care: { eu: 'NIS2 Art. 2(8)', nl: 'Cbw art. 23 (ontheffing zorgplicht; NIS2 Art. 2(8))' },
    incident_reporting: { eu: 'NIS2 Art. 2(8)', nl: 'Cbw art. 32 (ontheffing meldplicht; NIS2 Art. 2(8))' },
  };
  return obligations.map((o) => {
    const by = basis[o.key]?.[o.regime];
    return by ? { ...o, exempted_by: by } : o;
  });
}

function jurisdictionSteps(j: Jurisdiction): ReasonStep[] {
  if (j.assumed) return [];
  const states = j.member_states.join(', ');
  return [
    {
      key: 'jurisdiction',
      regime: 'both',
      article: j.decided_by,
      params: { member_states: states },
      text: states
        ? {
            en: `Jurisdiction: ${states} (${j.decided_by}). The EU classification below is what NIS2 itself gives; the law of ${states} applies it.`,
            nl: `Rechtsmacht: ${states} (${j.decided_by}). De EU-classificatie hieronder is wat de NIS2-richtlijn zelf geeft; de wet van ${states} past die toe.`,
          }
        : {
            en: `Jurisdiction: no Member State on these answers (${j.decided_by}).`,
            nl: `Rechtsmacht: geen lidstaat op grond van deze antwoorden (${j.decided_by}).`,
          },
    },
  ];
}

function findingSteps(regime: Regime, evaluation: RegimeEvaluation): ReasonStep[] {
  return evaluation.findings.map((f) => {
    const step: ReasonStep = {
      key: f.key,
      regime,
      article: f.decided_by,
      classification: f.classification,
      decisive: f === evaluation.decisive,
      text: f.text,
    };
    if (f.params) step.params = f.params;
    return step;
  });
}

const EUR_EN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const EUR_NL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const eur = (n: number): LocalizedText => ({ en: `EUR ${EUR_EN.format(n)}`, nl: `EUR ${EUR_NL.format(n)}` });
const millions = (n: number): LocalizedText => ({ en: `EUR ${n / 1_000_000} m`, nl: `EUR ${n / 1_000_000} mln` });

const AWU_EN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const AWU_NL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

function figuresText(f: EnterpriseFigures): LocalizedText {
  return {
    en: `${AWU_EN.format(f.employees)} AWU, turnover ${eur(f.annual_turnover_eur).en}, balance sheet total ${eur(f.balance_sheet_total_eur).en}`,
    nl: `${AWU_NL.format(f.employees)} JAE, jaaromzet ${eur(f.annual_turnover_eur).nl}, balanstotaal ${eur(f.balance_sheet_total_eur).nl}`,
  };
}

/** The Annex Art. 2 test that puts figures in this class, in words. */
function ceilingTest(sizeClass: SizeClass): { article: string; text: LocalizedText } {
  const ceiling = SIZE_CEILINGS.find((c) => c.sizeClass === sizeClass);
  const medium = SIZE_CEILINGS.find((c) => c.sizeClass === 'medium');
  return ceiling
    ? {
        article: ceiling.article,
        text: {
          en: `fewer than ${ceiling.employeesBelow} AWU and turnover ≤ ${millions(ceiling.turnoverAtMost).en} or balance sheet total ≤ ${millions(ceiling.balanceAtMost).en}`,
          nl: `minder dan ${ceiling.employeesBelow} JAE en jaaromzet ≤ ${millions(ceiling.turnoverAtMost).nl} of balanstotaal ≤ ${millions(ceiling.balanceAtMost).nl}`,
        },
      }
    : {
        article: 'Rec. 2003/361/EC Annex Art. 2',
        text: {
          en: `exceeds the medium ceilings: ${medium?.employeesBelow} AWU or more, or turnover > ${millions(medium?.turnoverAtMost ?? 0).en} and balance sheet total > ${millions(medium?.balanceAtMost ?? 0).en}`,
          nl: `boven de drempels voor middelgroot: ${medium?.employeesBelow} JAE of meer, of jaaromzet > ${millions(medium?.turnoverAtMost ?? 0).nl} en balanstotaal > ${millions(medium?.balanceAtMost ?? 0).nl}`,
        },
      };
}

function sizeSteps(input: ScopeInput, size: SizeAssessment, publicAdministration: boolean): ReasonStep[] {
  if (publicAdministration) {
    // Reference §1.2: financial figures are not meaningful for public administrations; their scope follows
    // from NIS2 Art. 2(2)(f) / Cbw art. 8(1)(g)-(h), not from the size cap.
    return [
      {
        key: 'size_class_not_applicable',
        regime: 'both',
        article: 'NIS2 Art. 2(2)(f); Cbw art. 8(1)(g)-(h)',
        text: {
          en: 'Public administration entity: the size test of Rec. 2003/361/EC is not used.',
          nl: 'Overheidsinstantie: de omvangstoets van Aanbeveling 2003/361/EG wordt niet gebruikt.',
        },
      },
    ];
  }
  const current = size.current_period_size_class;
  const label = SIZE_CLASS_LABELS[current];
  const test = ceilingTest(current);
  const used = figuresText(size.aggregated);
  const steps: ReasonStep[] = [
    {
      key: 'size_class',
      regime: 'both',
      article: test.article,
      params: {
        size_class: current,
        employees: size.aggregated.employees,
        annual_turnover_eur: size.aggregated.annual_turnover_eur,
        balance_sheet_total_eur: size.aggregated.balance_sheet_total_eur,
      },
      text: {
        en: `Size class: ${label.en} (${used.en}): ${test.text.en}.`,
        nl: `Omvang: ${label.nl} (${used.nl}): ${test.text.nl}.`,
      },
    },
  ];
  steps.push(...groupSteps(size));
  if (size.aggregation_rule === 'own_figures') {
    // Rec. 2003/361/EC Annex Arts. 3 and 6: partner enterprises pro rata, linked enterprises in full.
    steps.push({
      key: 'size_class_group_figures',
      regime: 'both',
      article: 'Rec. 2003/361/EC Annex Arts. 3, 6',
      text: {
        en: 'The figures must include partner enterprises (25-50 %) pro rata and linked enterprises (> 50 % or control) in full; check that they do.',
        nl: 'De cijfers moeten partnerondernemingen (25-50 %) naar rato en verbonden ondernemingen (> 50 % of zeggenschap) volledig omvatten; controleer of dat zo is.',
      },
    });
  }
  steps.push(...periodSteps(size));
  if (input.flags.public_body_control_25pct) {
    // NIS2 Art. 2(1) 2nd subpara.; Cbw arts. 8(2), 12(2): Annex Art. 3(4) is disapplied.
    steps.push({
      key: 'size_class_public_body_control',
      regime: 'both',
      article: 'NIS2 Art. 2(1) 2nd subpara.; Cbw arts. 8(2), 12(2)',
      text: {
        en: 'Control by public bodies (25 % or more) does not make the entity a large enterprise here: Annex Art. 3(4) of Rec. 2003/361/EC does not apply; its own figures count.',
        nl: 'Zeggenschap van publieke organen (25 % of meer) maakt de entiteit hier geen grote onderneming: art. 3(4) van de bijlage bij Aanbeveling 2003/361/EG geldt niet; de eigen cijfers tellen.',
      },
    });
  }
  return steps;
}

/** Annex Art. 6(2) aggregation, partners under 25 % (Annex Art. 3(2)) and the recital 16 note. */
function groupSteps(size: SizeAssessment): ReasonStep[] {
  if (size.aggregation_rule !== 'aggregated_annex_art_6') return [];
  const linked = size.related.filter((r) => r.relation === 'linked').length;
  const partners = size.related.filter((r) => r.relation === 'partner' && r.factor > 0).length;
  const own = figuresText(size.own);
  const total = figuresText(size.aggregated);
  const steps: ReasonStep[] = [
    {
      key: 'size_class_group_aggregated',
      regime: 'both',
      article: 'Rec. 2003/361/EC Annex Art. 6(2)',
      params: { linked_enterprises: linked, partner_enterprises: partners },
      text:
        linked + partners === 0
          ? {
              en: `No partner or linked enterprise counts: the own figures are used (${own.en}).`,
              nl: `Er telt geen partner- of verbonden onderneming mee: de eigen cijfers worden gebruikt (${own.nl}).`,
            }
          : {
              en: `Own figures (${own.en}) plus ${linked} linked enterprise(s) in full and ${partners} partner enterprise(s) in proportion to the share in capital or voting rights, whichever is larger: ${total.en}.`,
              nl: `Eigen cijfers (${own.nl}) plus ${linked} verbonden onderneming(en) volledig en ${partners} partneronderneming(en) naar rato van het aandeel in kapitaal of stemrechten, het grootste van beide: ${total.nl}.`,
            },
    },
  ];
  if (size.related.some((r) => r.relation === 'partner' && r.factor === 0)) {
    steps.push({
      key: 'size_class_partner_below_25',
      regime: 'both',
      article: 'Rec. 2003/361/EC Annex Art. 3(1)-(2)',
      text: {
        en: 'A holding below 25 % does not make a partner enterprise: such enterprises are not added.',
        nl: 'Een belang van minder dan 25 % maakt geen partneronderneming: die ondernemingen tellen niet mee.',
      },
    });
  }
  const ownClass = determineSizeClass(size.own);
  if (rankSizeClass(ownClass) < rankSizeClass(size.current_period_size_class)) {
    // NIS2 recital 16: Member States "may take into account the degree of independence an entity enjoys in
    // relation to its partner or linked enterprises" (own network and information systems and services) when
    // applying Annex Art. 6(2). A possibility for the Member State, not a rule: a note, not the outcome.
    const ownLabel = SIZE_CLASS_LABELS[ownClass];
    steps.push({
      key: 'size_class_group_independence_note',
      regime: 'both',
      article: 'NIS2 recital 16; Rec. 2003/361/EC Annex Art. 6(2)',
      params: { own_size_class: ownClass },
      text: {
        en: `Only because of the group figures is this not a ${ownLabel.en}. A Member State may take into account how independent the organisation is of its partner and linked enterprises (its own network and information systems and services; NIS2 recital 16); if the competent authority does so, the own figures alone (${ownLabel.en}) could count. The outcome here uses the group figures.`,
        nl: `Alleen door de cijfers van de groep is dit geen ${ownLabel.nl}. Een lidstaat mag rekening houden met hoe onafhankelijk de organisatie is van haar partner- en verbonden ondernemingen (eigen netwerk- en informatiesystemen en diensten; overweging 16 NIS2); doet de bevoegde autoriteit dat, dan kunnen alleen de eigen cijfers (${ownLabel.nl}) tellen. De uitkomst hier gebruikt de cijfers van de groep.`,
      },
    });
  }
  return steps;
}

/** Annex Art. 4(2): which accounting periods decided the class. */
function periodSteps(size: SizeAssessment): ReasonStep[] {
  const previous = size.previous_period;
  if (!previous) return [];
  const d = size.decision;
  const now = SIZE_CLASS_LABELS[size.current_period_size_class];
  const before = SIZE_CLASS_LABELS[previous.size_class];
  const held = SIZE_CLASS_LABELS[d.size_class];
  const params = {
    size_class: d.size_class,
    current_period_size_class: size.current_period_size_class,
    previous_period_size_class: previous.size_class,
    period_rule: d.rule,
  };
  return [
    {
      key: 'size_class_periods',
      regime: 'both',
      article: d.article,
      params,
      text:
        d.rule === 'same_in_both_periods'
          ? {
              en: `Both the last and the preceding accounting period give a ${held.en}: that is the size class.`,
              nl: `Zowel het laatste als het voorgaande boekjaar geven een ${held.nl}: dat is de omvang.`,
            }
          : {
              en: `The last accounting period gives a ${now.en}, the preceding one a ${before.en}. A size class is gained or lost only when the ceilings are crossed in two consecutive accounting periods, so the organisation keeps the size class of the preceding period: ${held.en}. (This takes the preceding period's class as the status held then; if the period before that differed, check with its figures.)`,
              nl: `Het laatste boekjaar geeft een ${now.nl}, het voorgaande een ${before.nl}. Een omvang verandert pas als de drempels in twee opeenvolgende boekjaren worden overschreden, dus houdt de organisatie de omvang van het voorgaande boekjaar: ${held.nl}. (Dit neemt de omvang van het voorgaande boekjaar als de status van toen; week het boekjaar daarvoor af, controleer dan met die cijfers.)`,
            },
    },
  ];
}

/** "zorgplicht (Cbw art. 21), registratieplicht (Cbw art. 44)" — the obligations of one regime that still apply. */
function stillApplies(obligations: readonly Obligation[], regime: Regime): LocalizedText {
  const kept = obligations.filter((o) => o.regime === regime && !o.replaced_by && !o.exempted_by);
  if (kept.length === 0) return { en: 'none', nl: 'geen' };
  return {
    en: kept.map((o) => `${o.label.en} (${o.article})`).join('; '),
    nl: kept.map((o) => `${o.label.nl} (${o.article})`).join('; '),
  };
}

function noteSteps(flags: ScopeFlags, obligations: readonly Obligation[], trustServiceProvider: boolean): ReasonStep[] {
  const steps: ReasonStep[] = [];
  if (flags.sole_provider_in_member_state && flags.member_state_identified_2_2_b_to_e === null) {
    // NIS2 Art. 2(2)(b); Cbw art. 9(1)(a): the ground works only through identification / designation.
    steps.push({
      key: 'note_sole_provider_needs_identification',
      regime: 'both',
      article: 'NIS2 Art. 2(2)(b); Cbw art. 9(1)(a)',
      text: {
        en: 'Being the sole provider of an essential service does not by itself bring the entity into scope: the Member State must identify it (NL: designation by the Minister concerned).',
        nl: 'Enige aanbieder zijn van een essentiële dienst brengt de entiteit niet vanzelf onder de wet: de lidstaat moet haar identificeren (NL: aanwijzing door de betrokken minister).',
      },
    });
  }
  const inScope = obligations.some((o) => o.key === 'duty_of_care');
  if (flags.dora_financial_entity && inScope) {
    // NIS2 Art. 4(1); Cbw arts. 22, 31: DORA's ICT risk-management and incident-reporting rules displace the duty
    // of care and the reporting duty (and, in NIS2, Chapter VII supervision and enforcement); the class stands.
    const eu = stillApplies(obligations, 'eu');
    const nl = stillApplies(obligations, 'nl');
    steps.push({
      key: 'note_dora',
      regime: 'both',
      article: 'NIS2 Art. 4(1); Cbw arts. 22, 31',
      text: {
        en: `DORA (Reg. (EU) 2022/2554) applies: its ICT risk-management and incident-reporting rules replace the duty of care and incident reporting; the classification still stands. Still applies under NIS2: ${eu.en}. Under the Cbw: ${nl.en}.`,
        nl: `DORA (Verordening (EU) 2022/2554) is van toepassing: de regels voor ICT-risicobeheer en incidentmelding daarvan vervangen de zorgplicht en meldplicht; de classificatie blijft staan. Wat onder NIS2 blijft gelden: ${eu.nl}. Onder de Cbw: ${nl.nl}.`,
      },
    });
  }
  if (flags.national_security_exempted && inScope) {
    steps.push(
      trustServiceProvider
        ? {
            key: 'note_national_security_exemption_not_for_tsp',
            regime: 'both',
            article: 'NIS2 Art. 2(9); Cbw arts. 23(2), 32(2)',
            text: {
              en: 'An exemption for activities in national security, public security, defence or law enforcement does not apply where the organisation acts as a trust service provider: the duty of care and incident reporting stay.',
              nl: 'Een uitzondering voor activiteiten op het gebied van nationale veiligheid, openbare veiligheid, defensie of rechtshandhaving geldt niet als de organisatie optreedt als verlener van vertrouwensdiensten: de zorgplicht en meldplicht blijven.',
            },
          }
        : {
            key: 'note_national_security_exemption',
            regime: 'both',
            article: 'NIS2 Art. 2(8); Cbw arts. 23, 32',
            text: {
              en: 'Exempted by the Member State for activities in national security, public security, defence or law enforcement (or for services exclusively to the public administration entities of NIS2 Art. 2(7)): the duty of care and incident reporting do not apply to those activities or services. The classification stands, and so do the other obligations.',
              nl: 'Door de lidstaat uitgezonderd voor activiteiten op het gebied van nationale veiligheid, openbare veiligheid, defensie of rechtshandhaving (of voor diensten uitsluitend aan de overheidsinstanties van art. 2(7) NIS2): de zorgplicht en meldplicht gelden niet voor die activiteiten of diensten. De classificatie blijft staan, en de andere plichten ook.',
            },
          },
    );
  }
  return steps;
}
