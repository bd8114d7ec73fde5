// One entry point for a set of answers that may contain 'unknown': a definite outcome (classifyScope, with
// reasoning and obligations) when every answer that matters is known, otherwise the conditional outcome
// (classifyWithUnknowns: possible classes and what they depend on).
import { classifyScope } from './classify.ts';
import { classifyWithUnknowns } from './classify-with-unknowns.ts';
import { publicAdministrationLevel, type FactReader } from './facts.ts';
import { getEntityType } from './sector-catalogue.ts';
import { ScopeInputSchema, UNKNOWN, type ScopeInputWithUnknowns } from './scope-input.schema.ts';
import type { ScopeEvaluation } from './scope.contracts.ts';

const FIGURES = ['employees', 'annual_turnover_eur', 'balance_sheet_total_eur'] as const;

/** The input paths answered 'unknown' ('employees', 'flags.tld_name_registry'), in input order. */
export function unknownAnswers(input: ScopeInputWithUnknowns): string[] {
  const figures = FIGURES.filter((k) => input[k] === UNKNOWN);
  const flags = Object.entries(input.flags)
    .filter(([, v]) => v === UNKNOWN)
    .map(([k]) => `flags.${k}`);
  return [...figures, ...flags];
}

/**
 * Reference §1.2: a public administration has no meaningful turnover or balance sheet, so its size is not
 * tested (NIS2 Art. 2(2)(f); Cbw art. 8(1)(g)-(h)) and its figures change nothing in the outcome — not the
 * classes, the reasoning or the obligations (checked over every entity type in evaluate-scope.test).
 */
function figuresAreNotApplicable(input: ScopeInputWithUnknowns): boolean {
  const level = input.flags.public_administration;
  if (level === UNKNOWN) return false;
  const read = ((key: string) => (key === 'public_administration' ? level : undefined)) as FactReader;
  return publicAdministrationLevel({ entity: getEntityType(input.entity_type_ref), read }) !== null;
}

export function evaluateScope(input: ScopeInputWithUnknowns): ScopeEvaluation {
  const unknown = unknownAnswers(input);
  const onlyFigures = unknown.every((path) => (FIGURES as readonly string[]).includes(path));
  let answers = input;
  if (unknown.length > 0 && onlyFigures && figuresAreNotApplicable(input)) {
    // Any number gives the same outcome here; 0 keeps the substitute obviously not an answer.
    answers = { ...input, ...Object.fromEntries(unknown.map((k) => [k, 0])) };
  } else if (unknown.length > 0) {
    return { outcome: 'conditional', ...classifyWithUnknowns(input) };
  }
  // No 'unknown' left, so the answers are a ScopeInput; parsing again proves it to the type system.
  const result = classifyScope(ScopeInputSchema.parse(answers));
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
