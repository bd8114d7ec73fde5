import { describe, expect, it } from 'vitest';
import { REPORT_RECIPIENTS, REPORT_STAGES, type ReportStage } from '../../src/incidents/index.ts';

// Who each report goes to (issue 17, item 16). Before, every report went to one "authority" target; the Cbw
// names two recipients for every mandatory NIS2 report and has no article that makes one reach the other.
describe('every report names its recipients and the article that does (Cbw arts. 26-29, 33; CER Art. 15(1))', () => {
  const cases: Array<{ name: string; stage: ReportStage; recipients: string[]; source: string }> = [
    {
      name: 'Cbw art. 26(1): early warning → CSIRT and competent authority',
      stage: 'early_warning',
      recipients: ['csirt', 'competent_authority'],
      source: 'Cbw art. 26(1)',
    },
    {
      name: 'Cbw art. 27(1)-(2): notification → CSIRT and competent authority',
      stage: 'notification',
      recipients: ['csirt', 'competent_authority'],
      source: 'Cbw art. 27(1) and (2)',
    },
    {
      name: 'Cbw art. 28: intermediate report → both (within the art. 27(1) notification)',
      stage: 'intermediate_report',
      recipients: ['csirt', 'competent_authority'],
      source: 'Cbw art. 28 with art. 27(1)',
    },
    {
      name: 'Cbw art. 29(1): final report → CSIRT and competent authority',
      stage: 'final_report',
      recipients: ['csirt', 'competent_authority'],
      source: 'Cbw art. 29(1)',
    },
    {
      name: 'Cbw art. 29(2): progress report → as the final report it replaces',
      stage: 'progress_report',
      recipients: ['csirt', 'competent_authority'],
      source: 'Cbw art. 29(2) with art. 29(1)',
    },
    {
      name: 'CER Art. 15(1): CER initial notification → competent authority only',
      stage: 'cer_initial',
      recipients: ['competent_authority'],
      source: 'CER Art. 15(1); Cbw art. 15(5)',
    },
    {
      name: 'CER Art. 15(1): CER detailed report → competent authority only',
      stage: 'cer_detailed',
      recipients: ['competent_authority'],
      source: 'CER Art. 15(1); Cbw art. 15(5)',
    },
    {
      name: 'Cbw art. 33(1)(a): voluntary notification → CSIRT only',
      stage: 'voluntary_notification',
      recipients: ['csirt'],
      source: 'Cbw art. 33(1)(a)',
    },
  ];
  it.each(cases)('$name', ({ stage, recipients, source }) => {
    expect(REPORT_RECIPIENTS[stage]).toEqual({ recipients, source });
  });

  it('covers every stage', () => {
    expect(cases.map((c) => c.stage).sort()).toEqual([...REPORT_STAGES].sort());
  });
});
