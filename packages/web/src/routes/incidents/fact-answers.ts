import {
  AFFECTED_AREAS,
  type IncidentImpact,
  type IncidentImpactFact,
  type IncidentUpdate,
} from '@weerbaar/core/incidents';
import type { TFunction } from 'i18next';
import { answerToFact } from './AnswerGroup.tsx';
import { IMPACT_FACT_INPUTS } from './impact-fact-labels.ts';

/** The form field (and server field, `body.impact.<fact>`) a fact's error belongs to. */
export const factField = (fact: IncidentImpactFact): string => `impact.${fact}`;

/**
 * A number as a Dutch handler types it: "1.200" and "1.200,50" with thousands dots, "2,5" with a
 * decimal comma, or plain "1200" / "2.5". Anything else is not a number.
 */
export function parseNumber(raw: string): number {
  const s = raw.replace(/[\s\u00a0€]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return Number.NaN;
}

/** How a stored fact shows in its field: yes / no for flags, the number or area as text. */
export function storedAnswer(value: IncidentImpact[IncidentImpactFact]): string | undefined {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === null || value === undefined) return undefined;
  return String(value);
}

export interface ReadAnswers {
  /** Only the facts the handler answered: PATCH merges them into the stored facts one by one. */
  impact: NonNullable<IncidentUpdate['impact']>;
  problems: Record<string, string>;
}

/**
 * The submitted answers for the asked facts. A fact left on "not known yet" is not sent, unless it was
 * known before: then null makes it unknown again, as the handler chose.
 */
export function readAnswers(
  values: Record<string, string>,
  facts: readonly IncidentImpactFact[],
  stored: IncidentImpact,
  t: TFunction,
): ReadAnswers {
  const impact: Record<string, boolean | number | string | null> = {};
  const problems: Record<string, string> = {};
  for (const fact of facts) {
    const input = IMPACT_FACT_INPUTS[fact];
    const raw = (values[fact] ?? '').trim();
    const wasKnown = stored[fact] !== null && stored[fact] !== undefined;
    let answer: boolean | number | string | undefined;
    if (input.kind === 'flag') answer = answerToFact(raw);
    else if (input.kind === 'area') answer = (AFFECTED_AREAS as readonly string[]).includes(raw) ? raw : undefined;
    else if (raw) {
      const n = parseNumber(raw);
      const min = input.min ?? 0;
      const whole = input.kind === 'count';
      if (!Number.isFinite(n) || n < min || (whole && !Number.isInteger(n))) {
        problems[factField(fact)] = whole
          ? t('incidents.missingFacts.wholeNumber', { min })
          : t('incidents.form.notANumber');
        continue;
      }
      answer = n;
    }
    if (answer !== undefined) impact[fact] = answer;
    else if (wasKnown) impact[fact] = null;
  }
  // The values follow each fact's kind in IMPACT_FACT_INPUTS; the server checks them against the contract.
  return { impact: impact as ReadAnswers['impact'], problems };
}
