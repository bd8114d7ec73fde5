import {
  INCIDENT_IMPACT_FACTS,
  RECURRENCE_FACTS,
  type AffectedArea,
  type IncidentImpactFact,
  type RecurrenceFact,
} from '@weerbaar/core/incidents';
import type { TFunction } from 'i18next';

// Every impact fact of the core contract (incident-impact.ts) with how a handler answers it and the
// Dutch question that asks it. Both tables are keyed by the contract's own fact names, so a fact added
// in core without an input kind here, or without a label in nl.json, fails the typecheck.

/** flag: yes / no / not known yet; count: a whole number; amount: any number ≥ 0; area: a choice. */
export type ImpactFactKind = 'flag' | 'count' | 'amount' | 'area';

export interface ImpactFactInput {
  kind: ImpactFactKind;
  /** The lowest value the contract accepts, where it is above 0. */
  min?: number;
}

const flag: ImpactFactInput = { kind: 'flag' };
const count: ImpactFactInput = { kind: 'count' };
const amount: ImpactFactInput = { kind: 'amount' };

export const IMPACT_FACT_INPUTS: Record<IncidentImpactFact, ImpactFactInput> = {
  financialLossEur: amount,
  annualTurnoverEur: amount,
  tradeSecretsExfiltrated: flag,
  death: flag,
  considerableHealthDamage: flag,
  unauthorisedAccess: flag,
  accessSuspectedMalicious: flag,
  severeOperationalDisruption: flag,
  dataCompromiseSuspectedMalicious: flag,
  suspectedMalicious: flag,
  completeUnavailabilityMinutes: amount,
  limitedAvailabilityMinutes: amount,
  weeklyUnavailabilityMinutes: amount,
  averageResponseTimeSeconds: amount,
  slowResponseMinutes: amount,
  totalUsers: count,
  usersAffected: count,
  usersWithoutService: count,
  usersAffectedByDataCompromise: count,
  confidentialityCompromised: flag,
  integrityCompromised: flag,
  authenticityCompromised: flag,
  dnsMisconfigurationOnly: flag,
  incorrectDomainNames: count,
  managedDomainNames: count,
  physicalAccessCompromised: flag,
  severeFinancialLoss: flag,
  considerableDamageToOthers: flag,
  plannedMaintenanceOnly: flag,
  affectedArea: { kind: 'area' },
  isolatedAreaAffected: flag,
  crossBorder: flag,
  // CER Art. 15(1) last subparagraph counts Member States; an affected one is at least 1.
  memberStatesAffected: { kind: 'count', min: 1 },
  significantDisruption: flag,
};

// The new-incident form already asks these; the same wording is reused so the handler meets one question.
export const FORM_LABELLED = [
  'severeOperationalDisruption',
  'suspectedMalicious',
  'crossBorder',
  'confidentialityCompromised',
  'considerableHealthDamage',
  'usersAffected',
  'totalUsers',
  'completeUnavailabilityMinutes',
  'financialLossEur',
] as const satisfies readonly IncidentImpactFact[];
type FormLabelled = (typeof FORM_LABELLED)[number];
const isFormLabelled = (fact: IncidentImpactFact): fact is FormLabelled =>
  (FORM_LABELLED as readonly string[]).includes(fact);

export const isImpactFact = (name: string): name is IncidentImpactFact =>
  (INCIDENT_IMPACT_FACTS as readonly string[]).includes(name);

/** The Dutch (or English) question for one fact; the keys are typed, so a missing label does not compile. */
export function impactFactLabel(t: TFunction, fact: IncidentImpactFact): string {
  return isFormLabelled(fact) ? t(`incidents.form.${fact}`) : t(`incidents.impactFacts.${fact}`);
}

const isRecurrenceFact = (name: string): name is RecurrenceFact =>
  (RECURRENCE_FACTS as readonly string[]).includes(name);

/**
 * An impact fact, or an Impl. Reg. 2024/2690 Art. 4 fact the register counts (answered in the recurrence
 * part of the page, not in the facts form). A fact unknown to this build is shown as sent rather than hidden.
 */
export const factLabel = (t: TFunction, name: string): string =>
  isImpactFact(name)
    ? impactFactLabel(t, name)
    : isRecurrenceFact(name)
      ? t(`incidents.recurrenceFacts.${name}`)
      : name;

export const areaLabel = (t: TFunction, area: AffectedArea): string => t(`incidents.impactFacts.areas.${area}`);
