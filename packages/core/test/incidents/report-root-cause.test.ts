import { describe, expect, it } from 'vitest';
import { FinalReportContentSchema } from '../../src/incidents/report-content.contracts.ts';
import { REPORT_ROOT_CAUSE_LABELS_NL, REPORT_ROOT_CAUSES } from '../../src/incidents/report-root-cause.ts';

const FINAL = {
  description: 'Onderzocht en afgehandeld.',
  severity: 'high',
  impact: 'Tijdelijke verstoring.',
  threatTypeOrRootCause: 'Een medewerker opende een nagemaakte inlogpagina.',
  mitigationMeasures: { applied: 'Wachtwoorden vervangen.', ongoing: null },
  crossBorderImpact: null,
};

describe('coded root cause of the final report (NIS2 Art. 23(4)(d)(ii); our own list)', () => {
  it('has a distinct Dutch label for every code', () => {
    expect(Object.keys(REPORT_ROOT_CAUSE_LABELS_NL).sort()).toEqual([...REPORT_ROOT_CAUSES].sort());
    expect(new Set(Object.values(REPORT_ROOT_CAUSE_LABELS_NL)).size).toBe(REPORT_ROOT_CAUSES.length);
  });

  it('is optional beside the free text, and only a listed code is accepted', () => {
    expect(FinalReportContentSchema.safeParse(FINAL).success).toBe(true);
    expect(FinalReportContentSchema.safeParse({ ...FINAL, rootCauseCode: 'phishing' }).success).toBe(true);
    expect(FinalReportContentSchema.safeParse({ ...FINAL, rootCauseCode: 'aliens' }).success).toBe(false);
    // The code does not replace the legal answer in words.
    expect(
      FinalReportContentSchema.safeParse({ ...FINAL, threatTypeOrRootCause: '', rootCauseCode: 'phishing' }).success,
    ).toBe(false);
  });
});
