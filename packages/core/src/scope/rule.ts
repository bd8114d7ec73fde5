// What a rule is, and how one regime's rules are combined into one outcome.
import type { RuleContext } from './facts.ts';
import { rankClassification, type Classification, type LocalizedText, type Regime } from './scope-result.schema.ts';
import type { SizeClass } from './size-class.ts';

export interface Finding {
  /** Stable key for the UI's translations, e.g. 'eu.size_cap'. */
  key: string;
  classification: Classification;
  /** The deciding provision, in the format of scope-examples.json, e.g. 'NIS2 Art. 3(1)(a)'. */
  decided_by: string;
  text: LocalizedText;
  params?: Record<string, string | number | boolean | null>;
}

/** A rule returns a finding when its provision applies to the entity, else null. */
export type Rule = (ctx: RuleContext) => Finding | null;

export interface RegimeRules {
  regime: Regime;
  /** Provisions that take the entity out of scope whatever else applies; the first that applies decides. */
  exclusions: readonly Rule[];
  /** Every provision that brings the entity in (or keeps it out of) scope, in precedence order. */
  hooks: readonly Rule[];
  /** The outcome when no hook applies at all. */
  fallback: (ctx: RuleContext) => Finding;
}

export interface RegimeEvaluation {
  decisive: Finding;
  /** The findings that applied, in precedence order; includes the decisive one. */
  findings: Finding[];
}

/**
 * The strictest finding wins; among equally strict ones the first in precedence order names the article.
 * Why strictest rather than first match: NIS2 Art. 3(2) makes "important" only those entities that do not
 * qualify as essential under Art. 3(1) (Cbw art. 12(1) likewise refers back to art. 8), so any essential
 * ground outranks an important one found earlier in the list.
 *
 * `exhaustive: false` stops at the first essential finding — nothing can outrank it — which keeps the
 * unknown-answer exploration from forking on facts that can no longer change the outcome.
 */
export function evaluateRegime(rules: RegimeRules, ctx: RuleContext, exhaustive = true): RegimeEvaluation {
  for (const exclusion of rules.exclusions) {
    const finding = exclusion(ctx);
    if (finding) return { decisive: finding, findings: [finding] };
  }
  const findings: Finding[] = [];
  for (const hook of rules.hooks) {
    const finding = hook(ctx);
    if (!finding) continue;
    findings.push(finding);
    if (finding.classification === 'essential' && !exhaustive) break;
  }
  let decisive: Finding | undefined;
  for (const f of findings) {
    if (!decisive || rankClassification(f.classification) > rankClassification(decisive.classification)) decisive = f;
  }
  if (!decisive) {
    decisive = rules.fallback(ctx);
    findings.push(decisive);
  }
  return { decisive, findings };
}

export function finding(
  key: string,
  classification: Classification,
  decided_by: string,
  text: LocalizedText,
  params?: Finding['params'],
): Finding {
  return params ? { key, classification, decided_by, text, params } : { key, classification, decided_by, text };
}

export const SIZE_CLASS_LABELS: Record<SizeClass, LocalizedText> = {
  micro: { en: 'micro enterprise', nl: 'micro-onderneming' },
  small: { en: 'small enterprise', nl: 'kleine onderneming' },
  medium: { en: 'medium-sized enterprise', nl: 'middelgrote onderneming' },
  large: { en: 'large enterprise', nl: 'grote onderneming' },
};
