// One entry point for a set of answers that may contain 'unknown': a definite outcome (classifyScope, with
// reasoning and obligations) when every answer is known, otherwise the conditional outcome
// (classifyWithUnknowns: possible classes and what they depend on).
import { classifyScope } from './classify.ts';
import { classifyWithUnknowns } from './classify-with-unknowns.ts';
import { ScopeInputSchema, UNKNOWN, type ScopeInputWithUnknowns } from './scope-input.schema.ts';
import type { ScopeEvaluation } from './scope.contracts.ts';

/** The input paths answered 'unknown' ('employees', 'flags.tld_name_registry'), in input order. */
export function unknownAnswers(input: ScopeInputWithUnknowns): string[] {
  const figures = (['employees', 'annual_turnover_eur', 'balance_sheet_total_eur'] as const).filter((k) => input[k] === UNKNOWN);
  const flags = Object.entries(input.flags)
    .filter(([, v]) => v === UNKNOWN)
    .map(([k]) => `flags.${k}`);
  return [...figures, ...flags];
}

export function evaluateScope(input: ScopeInputWithUnknowns): ScopeEvaluation {
  if (unknownAnswers(input).length > 0) return { outcome: 'conditional', ...classifyWithUnknowns(input) };
  // No 'unknown' left, so the answers are a ScopeInput; parsing again proves it to the type system.
  const result = classifyScope(ScopeInputSchema.parse(input));
  return {
    outcome: 'definite',
    rules_version: result.rules_version,
    eu: result.eu,
    nl: result.nl,
    size_class: result.size_class,
    reasons: result.reasons,
    obligations: result.obligations,
  };
}
