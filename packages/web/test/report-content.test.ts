import { REPORT_STAGES } from '@weerbaar/core/incidents';
import { describe, expect, it } from 'vitest';
import {
  buildReportContent,
  CHECKBOX_FIELDS,
  DATETIME_FIELDS,
  REPORT_FIELDS,
} from '../src/routes/incidents/report-content.ts';
import {
  dateKind,
  fieldLabelKey,
  isEmptyValue,
  isIndicatorList,
  reportContentEntries,
} from '../src/routes/incidents/report-content-view.ts';

const contactValues = { 'contact.name': ' An ', 'contact.email': 'an@x.nl', 'contact.phone': '' };

describe('buildReportContent', () => {
  it('early warning: trims, blank summary is null', () => {
    expect(
      buildReportContent(
        'early_warning',
        { suspectedUnlawfulOrMalicious: 'yes', crossBorderImpactPossible: 'unknown', summary: '  ', ...contactValues },
        {},
      ),
    ).toEqual({
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'unknown',
      contact: { name: 'An', email: 'an@x.nl', phone: '' },
      summary: null,
      // Draft Cyberbeveiligingsbesluit art. 25: a blank start is the explicit "not yet known".
      suspectedStartAt: null,
      recoveryTimeForecast: null,
      measuresTaken: null,
    });
  });

  it('early warning: the suspected start is read as Dutch time', () => {
    expect(buildReportContent('early_warning', { suspectedStartAt: '2026-09-01T10:30' }, {}).suspectedStartAt).toBe(
      '2026-09-01T08:30:00.000Z',
    );
  });

  it('notification and CER: cross-border information, or the ticked "none available" (Cbw art. 27(1)(d); CER Art. 15(2))', () => {
    expect(buildReportContent('notification', { crossBorderInformationNoneAvailable: 'true' }, {})).toMatchObject({
      crossBorderInformation: null,
      crossBorderInformationNoneAvailable: true,
    });
    const withInfo = buildReportContent('cer_initial', { crossBorderInformation: ' Duitse klanten ' }, {});
    expect(withInfo).toMatchObject({ crossBorderInformation: 'Duitse klanten' });
    expect(withInfo).not.toHaveProperty('crossBorderInformationNoneAvailable');
  });

  it('progress report: the ticked points become the "not yet known" list (Cbw art. 29(2))', () => {
    const content = buildReportContent(
      'progress_report',
      { description: 'd', 'notYetKnown.severity': 'true', 'notYetKnown.threatTypeOrRootCause': 'true' },
      {},
    );
    expect(content.notYetKnown).toEqual(['severity', 'threatTypeOrRootCause']);
    expect(buildReportContent('progress_report', {}, {}).notYetKnown).toEqual([]);
  });

  it('support request: sent only when something is asked (Cbw art. 36)', () => {
    expect(buildReportContent('intermediate_report', { statusUpdate: 's' }, {})).not.toHaveProperty('supportRequest');
    expect(
      buildReportContent(
        'voluntary_notification',
        { 'supportRequest.guidance': 'true', 'supportRequest.note': ' ' },
        {},
      ),
    ).toMatchObject({ supportRequest: { guidance: true, technicalSupport: false, note: null } });
    expect(REPORT_FIELDS.cer_initial.some((f) => f.startsWith('supportRequest'))).toBe(false);
  });

  it('notification: the indicators come from the draft (the register), not the form', () => {
    const indicators = [{ type: 'ipv4', value: '192.0.2.1' }];
    const content = buildReportContent(
      'notification',
      { 'initialAssessment.severity': '', 'initialAssessment.impact': ' down ' },
      { indicatorsOfCompromise: indicators },
    );
    expect(content.indicatorsOfCompromise).toBe(indicators);
    expect(content.initialAssessment).toEqual({ severity: undefined, impact: 'down' });
    expect(buildReportContent('notification', {}, {}).indicatorsOfCompromise).toEqual([]);
  });

  it.each([
    ['final_report', { severity: undefined, impact: '' }],
    ['progress_report', { severity: null, impact: null }],
  ] as const)('%s: what an empty field becomes', (stage, expected) => {
    expect(buildReportContent(stage, { description: 'd' }, {})).toMatchObject(expected);
  });

  it('CER reports keep the draft parameters', () => {
    const parameters = { usersAffected: 3 };
    expect(buildReportContent('cer_initial', { nature: 'n' }, { parameters })).toMatchObject({
      nature: 'n',
      parameters,
    });
  });

  it.each(REPORT_STAGES)('%s: every field of the form lands in the content', (stage) => {
    // The indicators are listed read-only in the form; they come from the register (the draft).
    // Checkboxes and dates are turned into booleans, lists and instants (tested above).
    const typed = REPORT_FIELDS[stage].filter(
      (path) => path !== 'indicatorsOfCompromise' && !CHECKBOX_FIELDS.has(path) && !DATETIME_FIELDS.has(path),
    );
    const values = Object.fromEntries(typed.map((path) => [path, 'x']));
    const content = buildReportContent(stage, values, {});
    for (const path of typed) {
      const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], content);
      expect(value, path).toBe('x');
    }
  });
});

describe('reportContentEntries', () => {
  it("lists the stage's fields in the form's order, then anything else the content holds", () => {
    const entries = reportContentEntries('early_warning', {
      summary: 'S',
      contact: { name: 'An', email: 'e', phone: 'p' },
      suspectedUnlawfulOrMalicious: 'no',
      extra: { nested: 1 },
    });
    expect(entries.map((e) => [e.path, e.labelKey, e.kind, e.value])).toEqual([
      ['suspectedUnlawfulOrMalicious', 'suspectedUnlawfulOrMalicious', 'answer', 'no'],
      ['crossBorderImpactPossible', 'crossBorderImpactPossible', 'answer', undefined],
      ['contact.name', 'contact_name', 'plain', 'An'],
      ['contact.email', 'contact_email', 'plain', 'e'],
      ['contact.phone', 'contact_phone', 'plain', 'p'],
      ['summary', 'summary', 'plain', 'S'],
      ['suspectedStartAt', 'suspectedStartAt', 'plain', undefined],
      ['recoveryTimeForecast', 'recoveryTimeForecast', 'plain', undefined],
      ['measuresTaken', 'measuresTaken', 'plain', undefined],
      ['extra.nested', null, 'plain', 1],
    ]);
  });

  it('shows a support request only when the report makes one, and "not yet known" as one list', () => {
    const paths = (content: Record<string, unknown>) =>
      reportContentEntries('progress_report', content).map((e) => e.path);
    expect(paths({}).some((p) => p.startsWith('supportRequest'))).toBe(false);
    expect(paths({ supportRequest: { guidance: true, technicalSupport: false, note: null } })).toContain(
      'supportRequest.guidance',
    );
    const entries = reportContentEntries('progress_report', { notYetKnown: ['severity'] });
    expect(entries.filter((e) => e.path.startsWith('notYetKnown'))).toEqual([
      { path: 'notYetKnown', labelKey: 'notYetKnown', kind: 'points', value: ['severity'] },
    ]);
  });

  it('the Member States affected (ISO codes from an API sender) are read as countries', () => {
    const entries = reportContentEntries('notification', { memberStatesAffected: ['DE', 'BE'] });
    expect(entries.find((e) => e.path === 'memberStatesAffected')?.kind).toBe('countries');
  });

  it('a voluntary notification shows its indicators and its own description label', () => {
    const entries = reportContentEntries('voluntary_notification', { subject: 'threat' });
    expect(entries.find((e) => e.path === 'indicatorsOfCompromise')?.kind).toBe('indicators');
    expect(entries.find((e) => e.path === 'subject')?.kind).toBe('subject');
    expect(fieldLabelKey('voluntary_notification', 'description')).toBe('voluntaryDescription');
    expect(fieldLabelKey('final_report', 'description')).toBe('description');
  });

  it('cross-border impact is an answer for CER, a text for NIS2', () => {
    const kind = (stage: 'cer_initial' | 'final_report') =>
      reportContentEntries(stage, {}).find((e) => e.path === 'crossBorderImpact')?.kind;
    expect(kind('cer_initial')).toBe('answer');
    expect(kind('final_report')).toBe('plain');
  });
});

describe('value helpers', () => {
  it.each([
    [null, true],
    [undefined, true],
    ['  ', true],
    [[], true],
    [{}, true],
    ['x', false],
    [0, false],
    [false, false],
    [[1], false],
  ])('isEmptyValue(%j) → %s', (value, expected) => {
    expect(isEmptyValue(value)).toBe(expected);
  });

  it.each([
    ['2025-03-01T12:00:00Z', 'instant'],
    ['2025-03-01T12:00+01:00', 'instant'],
    ['2025-03-01', 'date'],
    ['2025-13-45', null],
    ['2025-03-01T25:00:00Z', null],
    ['1 maart', null],
  ])('dateKind(%s) → %s', (value, expected) => {
    expect(dateKind(value)).toBe(expected);
  });

  it.each([
    [[{ type: 'ipv4', value: '1.2.3.4' }], true],
    [[], true],
    [[{ type: 'ipv4' }], false],
    ['x', false],
  ])('isIndicatorList(%j) → %s', (value, expected) => {
    expect(isIndicatorList(value)).toBe(expected);
  });
});
