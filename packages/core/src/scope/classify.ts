// The scope self-assessment: classify an organisation under NIS2 (EU baseline) and the Cbw (NL).
import { EU_RULES } from './eu-rules.ts';
import type { FactReader, FactValues, RuleContext } from './facts.ts';
import { isPublicAdministration } from './facts.ts';
import { NL_RULES } from './nl-rules.ts';
import { deriveObligations, type ObligationContext } from './obligations.ts';
import { SIZE_CLASS_LABELS, evaluateRegime, type RegimeEvaluation } from './rule.ts';
import { SCOPE_RULES_VERSION } from './rules-version.ts';
import { getEntityType } from './sector-catalogue.ts';
import type { ScopeFlags, ScopeInput } from './scope-input.schema.ts';
import type { LocalizedText, ReasonStep, Regime, ScopeResult } from './scope-result.schema.ts';
import { SIZE_CEILINGS, determineSizeClass, type SizeClass } from './size-class.ts';

/** The decision facts of a complete (schema-valid) input. */
export function factsOf(input: ScopeInput): FactValues {
  const f = input.flags;
  return {
    size_class: determineSizeClass(input),
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
  };
}

/**
 * Classify a schema-valid input (parse it with ScopeInputSchema first). Total: every valid input gets an
 * outcome for both regimes, the size class, the reasoning and the obligations.
 */
export function classifyScope(input: ScopeInput): ScopeResult {
  const entity = getEntityType(input.entity_type_ref);
  const facts = factsOf(input);
  const read: FactReader = (key) => facts[key];
  const ctx: RuleContext = { entity, read };

  const eu = evaluateRegime(EU_RULES, ctx);
  const nl = evaluateRegime(NL_RULES, ctx);
  const publicAdministration = isPublicAdministration(ctx);

  const obligationCtx: ObligationContext = { ...ctx, sector: input.sector, dora: input.flags.dora_financial_entity };
  return {
    rules_version: SCOPE_RULES_VERSION,
    eu: { classification: eu.decisive.classification, decided_by: eu.decisive.decided_by },
    nl: { classification: nl.decisive.classification, decided_by: nl.decisive.decided_by },
    size_class: publicAdministration ? 'not_applicable' : facts.size_class,
    reasons: [
      ...sizeSteps(input, facts.size_class, publicAdministration),
      ...findingSteps('eu', eu),
      ...findingSteps('nl', nl),
      ...noteSteps(input.flags),
    ],
    obligations: [
      ...deriveObligations('eu', eu.decisive.classification, obligationCtx),
      ...deriveObligations('nl', nl.decisive.classification, {
        ...obligationCtx,
        designated_higher_education: nl.decisive.key === 'nl.higher_education_designated',
      }),
    ],
  };
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

function sizeSteps(input: ScopeInput, sizeClass: SizeClass, publicAdministration: boolean): ReasonStep[] {
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
  const label = SIZE_CLASS_LABELS[sizeClass];
  const turnover = eur(input.annual_turnover_eur);
  const balance = eur(input.balance_sheet_total_eur);
  const ceiling = SIZE_CEILINGS.find((c) => c.sizeClass === sizeClass);
  const medium = SIZE_CEILINGS.find((c) => c.sizeClass === 'medium');
  const test: LocalizedText = ceiling
    ? {
        en: `fewer than ${ceiling.employeesBelow} AWU and turnover ≤ ${millions(ceiling.turnoverAtMost).en} or balance sheet total ≤ ${millions(ceiling.balanceAtMost).en}`,
        nl: `minder dan ${ceiling.employeesBelow} JAE en jaaromzet ≤ ${millions(ceiling.turnoverAtMost).nl} of balanstotaal ≤ ${millions(ceiling.balanceAtMost).nl}`,
      }
    : {
        en: `exceeds the medium ceilings: ${medium?.employeesBelow} AWU or more, or turnover > ${millions(medium?.turnoverAtMost ?? 0).en} and balance sheet total > ${millions(medium?.balanceAtMost ?? 0).en}`,
        nl: `boven de drempels voor middelgroot: ${medium?.employeesBelow} JAE of meer, of jaaromzet > ${millions(medium?.turnoverAtMost ?? 0).nl} en balanstotaal > ${millions(medium?.balanceAtMost ?? 0).nl}`,
      };
  const steps: ReasonStep[] = [
    {
      key: 'size_class',
      regime: 'both',
      article: ceiling?.article ?? 'Rec. 2003/361/EC Annex Art. 2',
      params: {
        size_class: sizeClass,
        employees: input.employees,
        annual_turnover_eur: input.annual_turnover_eur,
        balance_sheet_total_eur: input.balance_sheet_total_eur,
      },
      text: {
        en: `Size class: ${label.en} (${input.employees} AWU, turnover ${turnover.en}, balance sheet total ${balance.en}): ${test.en}.`,
        nl: `Omvang: ${label.nl} (${input.employees} JAE, jaaromzet ${turnover.nl}, balanstotaal ${balance.nl}): ${test.nl}.`,
      },
    },
  ];
  if (!input.flags.group_aggregated) {
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

function noteSteps(flags: ScopeFlags): ReasonStep[] {
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
  if (flags.dora_financial_entity) {
    // NIS2 Art. 4; Cbw arts. 22, 31: sector-specific Union acts with equivalent requirements take precedence.
    steps.push({
      key: 'note_dora',
      regime: 'both',
      article: 'NIS2 Art. 4; Cbw arts. 22, 31',
      text: {
        en: 'DORA (Reg. (EU) 2022/2554) applies: its ICT risk-management and incident-reporting rules replace the duty of care and incident reporting; the classification still stands.',
        nl: 'DORA (Verordening (EU) 2022/2554) is van toepassing: de regels voor ICT-risicobeheer en incidentmelding daarvan vervangen de zorgplicht en meldplicht; de classificatie blijft staan.',
      },
    });
  }
  return steps;
}
