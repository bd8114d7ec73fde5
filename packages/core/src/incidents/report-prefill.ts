// Drafts of each report, filled in from what the register already knows, so the handler only checks
// and completes them. The result is a starting point, not a valid report: the handler's answers are
// what the law asks for (NIS2 Art. 23(4)); nothing is guessed where the register does not know.
import type { ContactPerson } from './incident.contracts.ts';
import type { IncidentImpact } from './incident-impact.ts';
import type { ObservableType } from './observables.ts';
import type { Answer } from './report-content.contracts.ts';
import type { ReportStage } from './reporting-stages.ts';

export interface PrefillFacts {
  description: string | null;
  /** When the incident started, if the register knows (draft Cyberbeveiligingsbesluit art. 25(a)). */
  startedAt?: string | null;
  impact: IncidentImpact;
  contact: ContactPerson | null;
  observables: readonly { type: ObservableType; value: string; description: string | null }[];
  /** Response tasks: done ones count as applied mitigation, open ones as ongoing. */
  tasks: readonly { title: string; kind: 'response' | 'improvement'; done: boolean }[];
  lessonsLearned: string | null;
}

const answer = (value: boolean | null | undefined): Answer =>
  value === true ? 'yes' : value === false ? 'no' : 'unknown';

const nl = new Intl.NumberFormat('nl-NL');

/** A plain-language summary of the known impact facts (Dutch: reports go to a Dutch CSIRT). */
export function describeImpact(impact: IncidentImpact): string {
  const parts: string[] = [];
  if (impact.usersAffected != null) {
    parts.push(
      `${nl.format(impact.usersAffected)} gebruikers getroffen${impact.totalUsers ? ` van ${nl.format(impact.totalUsers)}` : ''}`,
    );
  }
  if (impact.completeUnavailabilityMinutes)
    parts.push(`dienst ${nl.format(impact.completeUnavailabilityMinutes)} minuten volledig onbeschikbaar`);
  else if (impact.limitedAvailabilityMinutes)
    parts.push(`dienst ${nl.format(impact.limitedAvailabilityMinutes)} minuten beperkt beschikbaar`);
  const data = [
    impact.confidentialityCompromised && 'vertrouwelijkheid',
    impact.integrityCompromised && 'integriteit',
    impact.authenticityCompromised && 'authenticiteit',
  ].filter(Boolean);
  if (data.length > 0) parts.push(`${data.join(', ')} van gegevens aangetast`);
  if (impact.financialLossEur != null)
    parts.push(`directe financiële schade circa EUR ${nl.format(impact.financialLossEur)}`);
  if (impact.death) parts.push('overlijden van een persoon');
  if (impact.considerableHealthDamage) parts.push('aanzienlijke schade aan de gezondheid');
  if (impact.crossBorder) parts.push('mogelijk grensoverschrijdende gevolgen');
  return parts.length > 0 ? `${parts.join('; ')}.` : '';
}

function mitigation(facts: PrefillFacts): { applied: string; ongoing: string } {
  const response = facts.tasks.filter((t) => t.kind === 'response');
  return {
    applied: response
      .filter((t) => t.done)
      .map((t) => `- ${t.title}`)
      .join('\n'),
    ongoing: response
      .filter((t) => !t.done)
      .map((t) => `- ${t.title}`)
      .join('\n'),
  };
}

/** A draft of the stage's content; fields the register cannot fill are left out. */
export function prefillReportContent(stage: ReportStage, facts: PrefillFacts): Record<string, unknown> {
  const { impact } = facts;
  const malicious = answer(impact.suspectedMalicious);
  const crossBorder =
    impact.memberStatesAffected != null && impact.memberStatesAffected > 1 ? 'yes' : answer(impact.crossBorder);
  const contact = facts.contact ?? undefined;
  const impactText = describeImpact(impact);
  const indicators = facts.observables.map((o) => ({ type: o.type, value: o.value, description: o.description }));
  switch (stage) {
    case 'early_warning': {
      const applied = mitigation(facts).applied;
      return {
        suspectedUnlawfulOrMalicious: malicious,
        crossBorderImpactPossible: crossBorder,
        contact,
        summary: facts.description ?? '',
        // Draft Cyberbeveiligingsbesluit art. 25: the start as registered (null = not yet known) and the
        // response tasks already done as the measures taken.
        suspectedStartAt: facts.startedAt ?? null,
        measuresTaken: applied || null,
      };
    }
    case 'notification':
      return {
        suspectedUnlawfulOrMalicious: malicious,
        crossBorderImpactPossible: crossBorder,
        contact,
        initialAssessment: { impact: impactText },
        indicatorsOfCompromise: indicators,
        // Cbw art. 27(1)(d): the handler gives the information or says none is available; not guessed here.
        crossBorderInformation: null,
      };
    case 'intermediate_report':
      return { statusUpdate: '' };
    case 'final_report': {
      const m = mitigation(facts);
      return {
        description: facts.description ?? '',
        impact: impactText,
        mitigationMeasures: { applied: m.applied, ongoing: m.ongoing || null },
        crossBorderImpact: null,
      };
    }
    case 'progress_report': {
      // Cbw art. 29(2): what the register knows is filled in; the rest the handler answers or marks
      // "nog niet bekend". The root cause is never known from the register, so it starts as not yet known.
      const m = mitigation(facts);
      return {
        description: facts.description || null,
        severity: null,
        impact: impactText || null,
        threatTypeOrRootCause: null,
        mitigationMeasures: { applied: m.applied || null, ongoing: m.ongoing || null },
        crossBorderImpact: null,
        notYetKnown: ['severity', 'threatTypeOrRootCause'],
      };
    }
    case 'voluntary_notification':
      // NIS2 Art. 30(1): the register holds incidents; whether it is really a cyber threat or a near miss
      // is the handler's call, so the draft says "incident" and the form lets them change it.
      return {
        subject: 'incident',
        description: [facts.description, impactText].filter(Boolean).join('\n\n'),
        suspectedUnlawfulOrMalicious: malicious,
        crossBorderImpactPossible: crossBorder,
        indicatorsOfCompromise: indicators,
        contact,
      };
    case 'cer_initial':
    case 'cer_detailed': {
      const share =
        impact.usersAffected != null && impact.totalUsers ? (impact.usersAffected / impact.totalUsers) * 100 : null;
      return {
        nature: facts.description ?? '',
        cause: null,
        possibleConsequences: impactText,
        crossBorderImpact: crossBorder,
        // CER Art. 15(2): the handler gives the information or says none is available.
        crossBorderInformation: null,
        parameters: {
          usersAffected: impact.usersAffected ?? null,
          shareAffectedPercent: share === null ? null : Math.round(share * 100) / 100,
          durationMinutes: impact.limitedAvailabilityMinutes ?? null,
          affectedArea: impact.affectedArea ?? null,
          isolatedAreaAffected: impact.isolatedAreaAffected ?? null,
        },
      };
    }
  }
}
