// `weerbaar scope check FILE|-`: classify one organisation under NIS2 and the Cbw.
// Reads one JSON object in the `input` format of the scope worked cases, prints the outcome as JSON.
// Exit codes: 0 classified, 2 bad usage, unreadable file, invalid JSON or invalid input.
// Pure domain: no server, no database.
import { ScopeInputSchema, classifyScope, formatScopeInputIssues } from '@weerbaar/core/scope';
import { jsonCheckCommand } from './json-check-command.ts';

const USAGE = `Usage: weerbaar scope check FILE|-

Classifies an organisation under NIS2 (EU baseline) and the Cyberbeveiligingswet (NL).
FILE holds one JSON object with sector, subsector, entity_type_ref, annex, employees,
annual_turnover_eur, balance_sheet_total_eur and flags; '-' reads it from stdin. Optional:
  linked_enterprises   [{ relation: 'linked'|'partner', share_pct, employees,
                          annual_turnover_eur, balance_sheet_total_eur }]
  previous_period      { employees, annual_turnover_eur, balance_sheet_total_eur } (group figures)
  member_states_established, member_states_served   ISO codes, e.g. ["DE", "NL"]
  main_establishment_member_state, eu_representative_member_state   an ISO code
Flags include dora_financial_entity, dora_exempted_2_4 and national_security_exempted.
Prints { eu, nl, size_class, size, jurisdiction, reasons, obligations, rules_version } as JSON
(no size for a public administration). Rules: docs/scope-rules.md.
`;

export const run = jsonCheckCommand({
  name: 'scope check',
  usage: USAGE,
  parse: (json) => {
    const parsed = ScopeInputSchema.safeParse(json);
    return parsed.success
      ? { ok: true, data: parsed.data }
      : { ok: false, problems: formatScopeInputIssues(parsed.error) };
  },
  compute: (input) => {
    const result = classifyScope(input);
    return {
      eu: result.eu,
      nl: result.nl,
      size_class: result.size_class,
      size: result.size,
      jurisdiction: result.jurisdiction,
      reasons: result.reasons,
      obligations: result.obligations,
      rules_version: result.rules_version,
    };
  },
});
