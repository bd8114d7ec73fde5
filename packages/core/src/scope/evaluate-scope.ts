// One entry point for a set of answers that may contain 'unknown': a definite outcome (classifyScope, with
// reasoning and obligations) when every answer that matters is known, otherwise the conditional outcome
// (classifyWithUnknowns: possible classes and what they depend on).
import { classifyScope } from './classify.ts';
import { classifyWithUnknowns } from './classify-with-unknowns.ts';
import { SIZE_CLASS_LABELS } from './rule.ts';
import { ScopeInputSchema, UNKNOWN, type ScopeInputWithUnknowns } from './scope-input.schema.ts';
import type { ReasonStep, ScopeResult } from './scope-result.schema.ts';
import type { DefiniteScopeEvaluation, ScopeEvaluation } from './scope.contracts.ts';
import { SIZE_ANSWER_PATHS, possibleSizeClassesOf, unknownSizeAnswers } from './size-assessment.ts';
import type { SizeClass } from './size-class.ts';

/** The input paths answered 'unknown' ('employees', 'linked_enterprises', 'flags.tld_name_registry'), in input order. */
export function unknownAnswers(input: ScopeInputWithUnknowns): string[] {
  const figures = unknownSizeAnswers(input);
  const flags = Object.entries(input.flags)
    .filter(([, v]) => v === UNKNOWN)
    .map(([k]) => `flags.${k}`);
  return [...figures, ...flags];
}

// Figures that land in exactly this size class (Rec. 2003/361/EC Annex Art. 2: fewer than 10 / 50 / 250 AWU).
const FIGURES_OF_CLASS: Record<
  SizeClass,
  { employees: number; annual_turnover_eur: number; balance_sheet_total_eur: number }
> = {
  micro: { employees: 0, annual_turnover_eur: 0, balance_sheet_total_eur: 0 },
  small: { employees: 10, annual_turnover_eur: 0, balance_sheet_total_eur: 0 },
  medium: { employees: 50, annual_turnover_eur: 0, balance_sheet_total_eur: 0 },
  large: { employees: 250, annual_turnover_eur: 0, balance_sheet_total_eur: 0 },
};

const isSizeStep = (step: ReasonStep) => step.key.startsWith('size_class');

/** Everything of an outcome except what the figures themselves print (the size steps). */
const beyondSize = (r: ScopeResult) =>
  JSON.stringify({ eu: r.eu, nl: r.nl, obligations: r.obligations, reasons: r.reasons.filter((s) => !isSizeStep(s)) });

function sizeNotNeededStep(sizes: readonly SizeClass[]): ReasonStep {
  const article = 'Rec. 2003/361/EC Annex Art. 2';
  const only = sizes.length === 1 ? sizes[0] : undefined;
  if (only) {
    const label = SIZE_CLASS_LABELS[only];
    return {
      key: 'size_class_from_known_figures',
      regime: 'both',
      article,
      params: { size_class: only },
      text: {
        en: `Size class: ${label.en}. The figures you did not know cannot change that.`,
        nl: `Omvang: ${label.nl}. De cijfers die u niet wist, veranderen dat niet.`,
      },
    };
  }
  return {
    key: 'size_class_not_needed',
    regime: 'both',
    article,
    text: {
      en: 'Size class: not determined. It is not needed: the outcome is the same for every size.',
      nl: 'Omvang: niet bepaald. Dat is niet nodig: de uitkomst is voor elke omvang gelijk.',
    },
  };
}

/**
 * Unknown figures matter only through the size class. When every size class they can still give leads to
 * the same classes, articles, reasoning and obligations, the outcome is definite; only the size step says
 * what is (not) known. A public administration is never size-tested (reference §1.2; NIS2 Art. 2(2)(f);
 * Cbw art. 8(1)(g)-(h)), so its figures never matter.
 */
function withIrrelevantFigures(
  input: ScopeInputWithUnknowns,
  unknown: readonly string[],
): DefiniteScopeEvaluation | undefined {
  if (!unknown.every((path) => (SIZE_ANSWER_PATHS as readonly string[]).includes(path))) return undefined;
  const sizes = possibleSizeClassesOf(input);
  // Stand-in figures of each reachable class, without group or previous period, so they give exactly that class.
  const results = sizes.map((s) =>
    classifyScope(
      ScopeInputSchema.parse({
        ...input,
        ...FIGURES_OF_CLASS[s],
        linked_enterprises: undefined,
        previous_period: undefined,
      }),
    ),
  );
  const [first] = results;
  if (!first || results.some((r) => beyondSize(r) !== beyondSize(first))) return undefined;
  if (first.size_class === 'not_applicable') return { outcome: 'definite', ...first };
  const steps = first.reasons.filter((s) => !isSizeStep(s));
  // The stand-in figures are not the organisation's: no size details.
  const { size: _standIn, ...rest } = first;
  return {
    outcome: 'definite',
    ...rest,
    size_class: sizes.length === 1 ? (sizes[0] as SizeClass) : 'not_needed',
    reasons: [sizeNotNeededStep(sizes), ...steps],
  };
}

export function evaluateScope(input: ScopeInputWithUnknowns): ScopeEvaluation {
  const unknown = unknownAnswers(input);
  if (unknown.length > 0) {
    return withIrrelevantFigures(input, unknown) ?? { outcome: 'conditional', ...classifyWithUnknowns(input) };
  }
  // No 'unknown' left, so the answers are a ScopeInput; parsing again proves it to the type system.
  return { outcome: 'definite', ...classifyScope(ScopeInputSchema.parse(input)) };
}
