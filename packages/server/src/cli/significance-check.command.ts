// `weerbaar significance check FILE|-`: is an incident significant? Reads one JSON object
// { "entityType": ..., "impact": {...}, "recurrence"?: {...} } with the impact in the incidents API's own
// format (IncidentImpactSchema) and prints the assessment of assessIncidentSignificance as JSON.
// The server counts recurring incidents (Impl. Reg. 2024/2690 Art. 4) from the organisation's register; the
// CLI has no register, so there they are input facts (RecurrenceInputSchema), and unknown when left out.
// Exit codes: 0 assessed, 2 bad usage, unreadable file, invalid JSON or invalid input.
// Pure domain: no server, no database.
import { z } from 'zod';
import {
  assessIncidentSignificance,
  IncidentImpactSchema,
  RecurrenceInputSchema,
  recurrenceFromInput,
  SignificanceEntityTypeSchema,
} from '@weerbaar/core/incidents';
import { jsonCheckCommand } from './json-check-command.ts';

const USAGE = `Usage: weerbaar significance check FILE|-

Assesses whether an incident is significant (Impl. Reg. 2024/2690 Arts. 3-14 for the eleven
digital entity types, NIS2 Art. 23(3) otherwise). FILE holds one JSON object
{ "entityType": ..., "impact": { ... }, "recurrence": { ... } } with the impact facts as the
incidents API takes them; unknown facts may be left out or null. '-' reads it from stdin.
Recurring incidents (Impl. Reg. 2024/2690 Art. 4): the server counts them from the register; here
there is none, so give them as "recurrence": { "sameRootCauseIncidents": n (this one included),
"combinedLossEur": amount } (optional; left out, Art. 4 stays undecided).
Prints { outcome, criteriaMet, undecidedCriteria, missingFacts, exclusion, entityType, basis,
rulesVersion } as JSON.
`;

export const SignificanceCheckInputSchema = z.strictObject({
  entityType: SignificanceEntityTypeSchema,
  impact: IncidentImpactSchema,
  recurrence: RecurrenceInputSchema.optional(),
});

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path.map(String), ...(keys.length === 1 ? keys : [])];
    return `${path.length ? path.join('.') : '(input)'}: ${issue.message}`;
  });
}

export const run = jsonCheckCommand({
  name: 'significance check',
  usage: USAGE,
  parse: (json) => {
    const parsed = SignificanceCheckInputSchema.safeParse(json);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, problems: formatIssues(parsed.error) };
  },
  compute: ({ entityType, impact, recurrence }) => {
    const assessment = assessIncidentSignificance(entityType, impact, recurrenceFromInput(recurrence));
    return {
      outcome: assessment.outcome,
      criteriaMet: assessment.criteriaMet,
      undecidedCriteria: assessment.undecidedCriteria,
      missingFacts: assessment.missingFacts,
      exclusion: assessment.exclusion,
      entityType: assessment.entityType,
      basis: assessment.basis,
      rulesVersion: assessment.rulesVersion,
    };
  },
});
