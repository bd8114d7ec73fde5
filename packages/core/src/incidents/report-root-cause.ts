// The coded root cause of a final report (issue 15 item 2, a trend dimension). NIS2 Art. 23(4)(d)(ii) and Cbw
// art. 29(1)(b) ask for "het soort bedreiging of de grondoorzaak die waarschijnlijk tot het incident heeft
// geleid" — in words; the law gives no list. This list is our own, short enough to choose from at a glance
// and to count across entities; the free text (threatTypeOrRootCause) stays the legal answer, the code is
// for the trends. Not the list of Impl. Reg. 2024/2690 Art. 4(b) (recurrence.ts), which compares one
// entity's incidents, nor the incident categories (incident.contracts.ts), which say what happened, not why.
import { z } from 'zod';

export const REPORT_ROOT_CAUSES = [
  'phishing',
  'ransomware',
  'vulnerability_exploited',
  'misconfiguration',
  'human_error',
  'supplier_failure',
  'physical_natural',
  'other',
] as const;
export const ReportRootCauseSchema = z.enum(REPORT_ROOT_CAUSES);
export type ReportRootCause = z.infer<typeof ReportRootCauseSchema>;

/** B1 Dutch, as the report form and the trends show them. */
export const REPORT_ROOT_CAUSE_LABELS_NL: Readonly<Record<ReportRootCause, string>> = {
  phishing: 'Phishing',
  ransomware: 'Ransomware',
  vulnerability_exploited: 'Misbruik van een kwetsbaarheid',
  misconfiguration: 'Verkeerde instelling',
  human_error: 'Menselijke fout',
  supplier_failure: 'Fout of storing bij een leverancier',
  physical_natural: 'Fysieke oorzaak of natuur',
  other: 'Anders',
};
