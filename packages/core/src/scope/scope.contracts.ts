// The wire contract of the scope API (POST /scope-evaluations, /scope-assessments): one request shape for
// "evaluate" and "save", one response shape that says whether the outcome is definite or conditional.
//
// Request: exactly the `input` format of scope-examples.json (ScopeInputSchema). An answer the user does not
// know is sent as the string 'unknown' in place of a figure or flag (ScopeInputWithUnknownsSchema, the same
// value the engine uses), so "I don't know" never needs a second field and `null` keeps its meaning of
// "no / none" (scope-examples.json meta.flag_defaults). The entity type must be known.
import { z } from 'zod';
import { FLAG_NAMES, ScopeInputWithUnknownsSchema } from './scope-input.schema.ts';
import {
  ClassificationSchema,
  ConditionalScopeResultSchema,
  ScopeResultSchema,
  SizeClassResultSchema,
} from './scope-result.schema.ts';
import { rule, validationOf } from '../platform/validation-codes.ts';

const TOP_LEVEL_FIELDS = new Set(Object.keys(ScopeInputWithUnknownsSchema.shape));
const FLAG_FIELDS = new Set<string>(FLAG_NAMES);

type Issue = { path: (string | number)[]; message: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFieldIssues(value: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  for (const key of Object.keys(value)) {
    if (!TOP_LEVEL_FIELDS.has(key)) issues.push({ path: [key], message: 'is not a known field' });
  }
  if (isPlainObject(value.flags)) {
    for (const key of Object.keys(value.flags)) {
      if (!FLAG_FIELDS.has(key)) issues.push({ path: ['flags', key], message: 'is not a known flag' });
    }
  }
  return issues;
}

/**
 * ScopeInputWithUnknownsSchema, but an unknown field or flag is reported under its own path
 * (`flags.trust_service_provder`) instead of as a list on its parent, so an API client sees which
 * field is wrong. The other problems of the same input are reported alongside.
 */
export const ScopeEvaluationRequestSchema = z
  .preprocess((value, ctx) => {
    if (!isPlainObject(value)) return value;
    const unknown = unknownFieldIssues(value);
    if (unknown.length === 0) return value;
    // Issues raised here end the pipe, so validate the known fields now to report everything at once.
    for (const issue of unknown)
      ctx.addIssue({ code: 'custom', path: issue.path, ...rule('unknown_field', issue.message) });
    const known = Object.fromEntries(Object.entries(value).filter(([k]) => TOP_LEVEL_FIELDS.has(k)));
    if (isPlainObject(value.flags))
      known.flags = Object.fromEntries(Object.entries(value.flags).filter(([k]) => FLAG_FIELDS.has(k)));
    const rest = ScopeInputWithUnknownsSchema.safeParse(known);
    if (!rest.success) {
      for (const issue of rest.error.issues) {
        const { code, params } = validationOf(issue);
        ctx.addIssue({ code: 'custom', path: issue.path as (string | number)[], ...rule(code, issue.message, params) });
      }
    }
    return value;
  }, ScopeInputWithUnknownsSchema)
  .describe(
    'The answers in the `input` format of the scope worked cases. Any figure (employees, annual_turnover_eur, balance_sheet_total_eur) or flag may be the string \'unknown\' ("weet ik niet"): the outcome is then conditional.',
  );

export const DefiniteScopeEvaluationSchema = ScopeResultSchema.extend({
  outcome: z
    .literal('definite')
    .describe('Every answer that matters is known: eu and nl each have one classification, reasons and obligations'),
  size_class: SizeClassResultSchema.or(z.literal('not_needed')).describe(
    "Rec. 2003/361/EC size class; 'not_applicable' for public administrations; 'not_needed' when the figures were 'unknown' and every size gives the same outcome",
  ),
});
export const ConditionalScopeEvaluationSchema = ConditionalScopeResultSchema.extend({
  outcome: z
    .literal('conditional')
    .describe("Some answers were 'unknown': the possible classifications and the answers they depend on (depends_on)"),
});
export const ScopeEvaluationSchema = z.discriminatedUnion('outcome', [
  DefiniteScopeEvaluationSchema,
  ConditionalScopeEvaluationSchema,
]);
export type DefiniteScopeEvaluation = z.infer<typeof DefiniteScopeEvaluationSchema>;
export type ConditionalScopeEvaluation = z.infer<typeof ConditionalScopeEvaluationSchema>;
export type ScopeEvaluation = z.infer<typeof ScopeEvaluationSchema>;

const ActorRefSchema = z.object({ type: z.enum(['user', 'api-token', 'system']), label: z.string() });

/** A saved assessment, as listed in the organisation's history. */
export const ScopeAssessmentSummarySchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  createdBy: ActorRefSchema,
  rulesVersion: z.string(),
  outcome: z.enum(['definite', 'conditional']),
  entityTypeRef: z.string(),
  /** null when the outcome is conditional and the unknown answers can change the class. */
  euClassification: ClassificationSchema.nullable(),
  nlClassification: ClassificationSchema.nullable(),
});
export type ScopeAssessmentSummary = z.infer<typeof ScopeAssessmentSummarySchema>;

/** A saved assessment in full: the answers as evaluated (defaults applied) and the outcome at the time. */
export const ScopeAssessmentSchema = ScopeAssessmentSummarySchema.extend({
  input: ScopeInputWithUnknownsSchema,
  result: ScopeEvaluationSchema,
});
export type ScopeAssessment = z.infer<typeof ScopeAssessmentSchema>;
