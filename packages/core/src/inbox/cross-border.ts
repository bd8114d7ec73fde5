// NIS2 Art. 23(1): the notification includes "any information enabling the CSIRT or, where applicable,
// the competent authority to determine any cross-border impact of the incident"; Art. 23(4)(a): the early
// warning already says whether the incident "could have a cross-border impact"; Art. 23(6): where the
// incident has a significant impact on two or more Member States, the CSIRT informs the other affected
// Member States and ENISA without undue delay. Cbw arts. 26(2)(b), 27(1)(d) and 29(1)(d); CER Art. 15(2).
//
// One reading of every stage's answer, so the authority's inbox can flag and filter it from the early
// warning on. The migration 20261209_0400_authority_trends fills existing rows by the same reading in SQL.
import { z } from 'zod';

export const CROSS_BORDER_ANSWERS = ['yes', 'no', 'unknown'] as const;
export const CrossBorderAnswerSchema = z.enum(CROSS_BORDER_ANSWERS);
export type CrossBorderAnswer = z.infer<typeof CrossBorderAnswerSchema>;

const isAnswer = (v: unknown): v is CrossBorderAnswer =>
  typeof v === 'string' && (CROSS_BORDER_ANSWERS as readonly string[]).includes(v);

/** The Member States the report names (possibly) affected, ISO 3166-1 alpha-2; empty when it names none. */
export function memberStatesOf(content: Record<string, unknown>): string[] {
  const list = content.memberStatesAffected;
  return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : [];
}

/**
 * The report's answer on cross-border impact; null for a stage that does not ask it (the intermediate
 * report, NIS2 Art. 23(4)(c)).
 * - Naming an affected Member State is a yes, whatever else the report says.
 * - Early warning, notification and voluntary notification answer `crossBorderImpactPossible`
 *   (Art. 23(4)(a)-(b)); a CER report answers `crossBorderImpact` (CER Art. 15(2)).
 * - The final and progress reports describe the impact "where applicable" (Art. 23(4)(d)(iv); Cbw
 *   art. 29(1)(d)): a description is a yes, none is a no, and a progress report that marks the point
 *   "nog niet bekend" (Cbw art. 29(2)) is unknown.
 */
export function crossBorderOf(stage: string, content: Record<string, unknown>): CrossBorderAnswer | null {
  if (memberStatesOf(content).length > 0) return 'yes';
  if (isAnswer(content.crossBorderImpactPossible)) return content.crossBorderImpactPossible;
  if (stage === 'cer_initial' || stage === 'cer_detailed') {
    return isAnswer(content.crossBorderImpact) ? content.crossBorderImpact : null;
  }
  if (stage === 'final_report' || stage === 'progress_report') {
    const impact = content.crossBorderImpact;
    if (typeof impact === 'string' && impact.length > 0) return 'yes';
    const notYetKnown = content.notYetKnown;
    if (Array.isArray(notYetKnown) && notYetKnown.includes('crossBorderImpact')) return 'unknown';
    return 'no';
  }
  return null;
}
