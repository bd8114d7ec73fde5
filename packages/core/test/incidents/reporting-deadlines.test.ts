import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/platform/domain-error.ts';
import {
  computeInitialFeedbackDeadline,
  computeReportingDeadlines,
  summarizeReportingDeadlines,
  type ReportingClockInput,
} from '../../src/incidents/index.ts';
import {
  addCalendarMonths,
  addDays,
  amsterdamDateOf,
  isDutchNonWorkingDay,
  toAmsterdamWallMs,
  utcFieldsToMs,
} from '../../src/platform/legal-calendar.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ms = (iso: string): number => Date.parse(iso);

describe('hour periods are elapsed hours across the DST changes of Europe/Amsterdam', () => {
  // 2026: summer time 29 March 01:00 UTC – 25 October 01:00 UTC; 2027: 28 March – 31 October.
  const cases: Array<{ name: string; awareAt: string; earlyWarning: string; notification: string }> = [
    {
      name: 'spring 2026, day before the switch',
      awareAt: '2026-03-28T12:00:00+01:00',
      earlyWarning: '2026-03-29T11:00:00.000Z',
      notification: '2026-03-31T11:00:00.000Z',
    },
    {
      name: 'spring 2026, minutes before the switch',
      awareAt: '2026-03-29T01:59:00+01:00',
      earlyWarning: '2026-03-30T00:59:00.000Z',
      notification: '2026-04-01T00:59:00.000Z',
    },
    {
      name: 'spring 2026, just after the switch',
      awareAt: '2026-03-29T03:00:00+02:00',
      earlyWarning: '2026-03-30T01:00:00.000Z',
      notification: '2026-04-01T01:00:00.000Z',
    },
    {
      name: 'autumn 2026, day before the switch',
      awareAt: '2026-10-24T12:00:00+02:00',
      earlyWarning: '2026-10-25T10:00:00.000Z',
      notification: '2026-10-27T10:00:00.000Z',
    },
    {
      name: 'autumn 2026, first 02:30 (CEST)',
      awareAt: '2026-10-25T02:30:00+02:00',
      earlyWarning: '2026-10-26T00:30:00.000Z',
      notification: '2026-10-28T00:30:00.000Z',
    },
    {
      name: 'autumn 2026, second 02:30 (CET)',
      awareAt: '2026-10-25T02:30:00+01:00',
      earlyWarning: '2026-10-26T01:30:00.000Z',
      notification: '2026-10-28T01:30:00.000Z',
    },
    {
      name: 'spring 2027',
      awareAt: '2027-03-27T23:00:00Z',
      earlyWarning: '2027-03-28T23:00:00.000Z',
      notification: '2027-03-30T23:00:00.000Z',
    },
    {
      name: 'autumn 2027',
      awareAt: '2027-10-30T22:15:00Z',
      earlyWarning: '2027-10-31T22:15:00.000Z',
      notification: '2027-11-02T22:15:00.000Z',
    },
    {
      name: 'over the year change',
      awareAt: '2026-12-31T23:30:00Z',
      earlyWarning: '2027-01-01T23:30:00.000Z',
      notification: '2027-01-03T23:30:00.000Z',
    },
  ];
  it.each(cases)('$name', ({ awareAt, earlyWarning, notification }) => {
    const { stages } = computeReportingDeadlines({ awareAt });
    expect(stages.early_warning.deadline).toBe(earlyWarning);
    expect(stages.notification.deadline).toBe(notification);
    expect(stages.early_warning.legalEnd).toBeNull();
    expect(stages.early_warning.source).toBe('NIS2 Art. 23(4)(a); Cbw art. 26');
    expect(stages.notification.source).toBe('NIS2 Art. 23(4)(b); Cbw art. 27(1)');
  });

  it('a 24 h period spanning the spring switch shows 25 h on the Amsterdam wall clock', () => {
    const awareAt = '2026-03-28T12:00:00+01:00';
    const deadline = computeReportingDeadlines({ awareAt }).stages.early_warning.deadline!;
    expect(toAmsterdamWallMs(ms(deadline)) - toAmsterdamWallMs(ms(awareAt))).toBe(25 * HOUR);
  });
});

describe('trust service providers notify within 24 h (NIS2 Art. 23(4), second subparagraph)', () => {
  it('moves only the incident notification', () => {
    const { stages } = computeReportingDeadlines({ awareAt: '2026-03-28T12:00:00Z', trustServiceProvider: true });
    expect(stages.notification.deadline).toBe('2026-03-29T12:00:00.000Z');
    expect(stages.notification.period).toBe('PT24H');
    expect(stages.notification.source).toContain('second subparagraph');
    expect(stages.early_warning.deadline).toBe('2026-03-29T12:00:00.000Z');
  });
});

describe('final report: one month after the incident notification was submitted', () => {
  // deadline = same clock time, earlier of the Amsterdam and UTC clocks; legalEnd = end of the Dutch
  // day, moved past Saturdays, Sundays and Algemene termijnenwet holidays.
  const cases: Array<{ name: string; notifiedAt: string; deadline: string; legalEnd: string | null }> = [
    {
      name: '28 Jan → 28 Feb, same clock time',
      notifiedAt: '2026-01-28T10:00:00Z',
      deadline: '2026-02-28T10:00:00.000Z',
      legalEnd: '2026-03-02T23:00:00.000Z',
    },
    {
      name: '31 Jan → end of 28 Feb (non-leap; a Saturday, so the legal end is Monday 2 Mar)',
      notifiedAt: '2026-01-31T10:00:00Z',
      deadline: '2026-02-28T23:00:00.000Z',
      legalEnd: '2026-03-02T23:00:00.000Z',
    },
    {
      name: '29 Jan → end of 28 Feb (non-leap)',
      notifiedAt: '2027-01-29T10:00:00Z',
      deadline: '2027-02-28T23:00:00.000Z',
      legalEnd: '2027-03-01T23:00:00.000Z',
    },
    {
      name: '31 Jan → end of 29 Feb (leap year, a Tuesday: no later legal end)',
      notifiedAt: '2028-01-31T10:00:00Z',
      deadline: '2028-02-29T23:00:00.000Z',
      legalEnd: null,
    },
    {
      name: '29 Jan → 29 Feb 10:00 (leap year)',
      notifiedAt: '2028-01-29T10:00:00Z',
      deadline: '2028-02-29T10:00:00.000Z',
      legalEnd: '2028-02-29T23:00:00.000Z',
    },
    {
      name: '29 Feb → 29 Mar (leap year, across the spring switch)',
      notifiedAt: '2028-02-29T10:00:00Z',
      deadline: '2028-03-29T09:00:00.000Z',
      legalEnd: '2028-03-29T22:00:00.000Z',
    },
    {
      name: '28 Feb → 28 Mar 2027 (switch day and Easter Sunday: legal end after Easter Monday)',
      notifiedAt: '2027-02-28T10:00:00Z',
      deadline: '2027-03-28T09:00:00.000Z',
      legalEnd: '2027-03-30T22:00:00.000Z',
    },
    {
      name: '31 Mar → end of 30 Apr (CEST)',
      notifiedAt: '2026-03-31T10:00:00Z',
      deadline: '2026-04-30T22:00:00.000Z',
      legalEnd: null,
    },
    {
      name: '30 Mar → 30 Apr, same clock time',
      notifiedAt: '2026-03-30T10:00:00Z',
      deadline: '2026-04-30T10:00:00.000Z',
      legalEnd: '2026-04-30T22:00:00.000Z',
    },
    {
      name: '31 Dec → 31 Jan (year change; a Sunday)',
      notifiedAt: '2026-12-31T10:00:00Z',
      deadline: '2027-01-31T10:00:00.000Z',
      legalEnd: '2027-02-01T23:00:00.000Z',
    },
    {
      name: 'Dutch 31 Jan 00:30 is UTC 30 Jan: the Dutch date decides',
      notifiedAt: '2026-01-30T23:30:00Z',
      deadline: '2026-02-28T23:00:00.000Z',
      legalEnd: '2026-03-02T23:00:00.000Z',
    },
    {
      name: 'Dutch 1 Feb 00:30 is UTC 31 Jan: 1 Mar 00:30 Dutch time',
      notifiedAt: '2026-01-31T23:30:00Z',
      deadline: '2026-02-28T23:30:00.000Z',
      legalEnd: '2026-03-02T23:00:00.000Z',
    },
    {
      name: 'across the autumn switch the UTC clock is earlier',
      notifiedAt: '2026-10-10T10:00:00Z',
      deadline: '2026-11-10T10:00:00.000Z',
      legalEnd: '2026-11-10T23:00:00.000Z',
    },
    {
      name: 'across the spring switch the Amsterdam clock is earlier',
      notifiedAt: '2026-03-10T10:00:00Z',
      deadline: '2026-04-10T09:00:00.000Z',
      legalEnd: '2026-04-10T22:00:00.000Z',
    },
    {
      name: 'ending on eerste Kerstdag → Monday 28 Dec',
      notifiedAt: '2026-11-25T10:00:00Z',
      deadline: '2026-12-25T10:00:00.000Z',
      legalEnd: '2026-12-28T23:00:00.000Z',
    },
    {
      name: 'ending on Koningsdag → 28 Apr',
      notifiedAt: '2026-03-27T10:00:00Z',
      deadline: '2026-04-27T09:00:00.000Z',
      legalEnd: '2026-04-28T22:00:00.000Z',
    },
    {
      name: 'ending on Goede Vrijdag → past Easter Monday',
      notifiedAt: '2026-03-03T10:00:00Z',
      deadline: '2026-04-03T09:00:00.000Z',
      legalEnd: '2026-04-07T22:00:00.000Z',
    },
  ];
  it.each(cases)('$name', ({ notifiedAt, deadline, legalEnd }) => {
    const { stages } = computeReportingDeadlines({ awareAt: '2025-12-01T00:00:00Z', notifiedAt });
    expect(stages.final_report).toMatchObject({
      status: 'due',
      anchor: 'notified_at',
      period: 'P1M',
      deadline,
      legalEnd,
    });
    expect(stages.final_report.source).toBe('NIS2 Art. 23(4)(d); Cbw art. 29(1)');
  });

  it('counts from the actual submission, not from the notification deadline', () => {
    const { stages } = computeReportingDeadlines({
      awareAt: '2026-05-01T08:00:00Z',
      notifiedAt: '2026-05-01T20:00:00Z',
    });
    expect(stages.notification.deadline).toBe('2026-05-04T08:00:00.000Z');
    expect(stages.final_report.deadline).toBe('2026-06-01T20:00:00.000Z');
  });

  it('is not computable until the notification is submitted', () => {
    const { stages } = computeReportingDeadlines({ awareAt: '2026-05-01T08:00:00Z' });
    expect(stages.final_report).toMatchObject({
      status: 'awaiting_input',
      awaiting: 'notifiedAt',
      deadline: null,
      legalEnd: null,
    });
    expect(stages.progress_report).toMatchObject({ status: 'awaiting_input', deadline: null });
  });
});

describe('progress report (NIS2 Art. 23(4)(e))', () => {
  const base = { awareAt: '2026-05-01T08:00:00Z', notifiedAt: '2026-05-02T08:00:00Z' };

  it('is conditional while the handling time is unknown', () => {
    const { stages } = computeReportingDeadlines(base);
    expect(stages.progress_report).toMatchObject({ status: 'conditional', deadline: stages.final_report.deadline });
  });

  it('replaces the final report when the incident was still ongoing at its deadline', () => {
    const { stages } = computeReportingDeadlines({ ...base, handledAt: '2026-06-20T12:00:00Z' });
    expect(stages.progress_report).toMatchObject({ status: 'due', deadline: '2026-06-02T08:00:00.000Z' });
    expect(stages.final_report).toMatchObject({ anchor: 'handled_at', deadline: '2026-07-20T12:00:00.000Z' });
    expect(stages.final_report.source).toBe('NIS2 Art. 23(4)(e); Cbw art. 29(2)');
  });

  it('does not apply when the incident was handled in time', () => {
    const { stages } = computeReportingDeadlines({ ...base, handledAt: '2026-05-10T12:00:00Z' });
    expect(stages.progress_report.status).toBe('not_applicable');
    expect(stages.final_report.deadline).toBe('2026-06-02T08:00:00.000Z');
  });
});

describe('intermediate report (NIS2 Art. 23(4)(c)) only on request', () => {
  it('awaits a request, then takes the time the authority set', () => {
    expect(computeReportingDeadlines({ awareAt: '2026-05-01T08:00:00Z' }).stages.intermediate_report).toMatchObject({
      status: 'awaiting_input',
      awaiting: 'intermediateReportDueAt',
    });
    expect(
      computeReportingDeadlines({
        awareAt: '2026-05-01T08:00:00Z',
        intermediateReportDueAt: '2026-05-08T17:00:00+02:00',
      }).stages.intermediate_report,
    ).toMatchObject({ status: 'due', deadline: '2026-05-08T15:00:00.000Z' });
  });
});

describe('CER Art. 15(1)', () => {
  it('applies only to critical entities', () => {
    const summary = summarizeReportingDeadlines(computeReportingDeadlines({ awareAt: '2026-01-31T10:00:00Z' }));
    expect(summary.cer_initial).toBeNull();
    expect(summary.cer_detailed).toBeNull();
  });

  it('initial notification 24 h after awareness; the detailed report waits for the initial notification', () => {
    const { stages } = computeReportingDeadlines({ awareAt: '2026-01-31T10:00:00Z', criticalEntity: true });
    expect(stages.cer_initial).toMatchObject({
      status: 'due',
      deadline: '2026-02-01T10:00:00.000Z',
      source: 'CER Art. 15(1)',
    });
    expect(stages.cer_detailed).toMatchObject({
      status: 'awaiting_input',
      awaiting: 'cerNotifiedAt',
      anchor: 'cer_notified_at',
      deadline: null,
    });
  });

  it('the detailed report is owed where relevant, one month after the initial notification', () => {
    const { stages } = computeReportingDeadlines({
      awareAt: '2026-01-20T10:00:00Z',
      cerNotifiedAt: '2026-01-21T09:00:00Z',
      criticalEntity: true,
    });
    expect(stages.cer_detailed).toMatchObject({
      status: 'conditional',
      anchor: 'cer_notified_at',
      anchorAt: '2026-01-21T09:00:00.000Z',
      deadline: '2026-02-21T09:00:00.000Z',
      legalEnd: '2026-02-23T23:00:00.000Z',
    });
  });

  it('a CER-only disruption has no NIS2 stages', () => {
    const { stages } = computeReportingDeadlines({
      awareAt: '2026-01-31T10:00:00Z',
      criticalEntity: true,
      nis2: false,
    });
    expect(stages.early_warning.status).toBe('not_applicable');
    expect(stages.notification.deadline).toBeNull();
    expect(stages.cer_initial.deadline).toBe('2026-02-01T10:00:00.000Z');
  });
});

describe('initial feedback by the authority (NIS2 Art. 23(5))', () => {
  it('is due, where possible, 24 h after receiving the early warning', () => {
    expect(computeInitialFeedbackDeadline('2026-10-24T23:30:00+02:00')).toMatchObject({
      stage: 'initial_feedback',
      obligation: 'best_effort',
      deadline: '2026-10-25T21:30:00.000Z',
      source: 'NIS2 Art. 23(5); Cbw art. 36',
    });
  });
});

describe('bad input is rejected with the field named', () => {
  const cases: Array<{ name: string; input: ReportingClockInput; field: string }> = [
    { name: 'no offset', input: { awareAt: '2026-03-29T01:30:00' }, field: 'awareAt' },
    { name: 'date only', input: { awareAt: '2026-03-29' }, field: 'awareAt' },
    { name: 'not a date', input: { awareAt: 'yesterday' }, field: 'awareAt' },
    { name: 'impossible date', input: { awareAt: '2026-02-30T10:00:00Z' }, field: 'awareAt' },
    { name: 'invalid Date', input: { awareAt: new Date(Number.NaN) }, field: 'awareAt' },
    {
      name: 'notification before awareness',
      input: { awareAt: '2026-03-29T10:00:00Z', notifiedAt: '2026-03-29T09:59:59Z' },
      field: 'notifiedAt',
    },
    {
      name: 'unknown key',
      input: { awareAt: '2026-03-29T10:00:00Z', awareAtt: 'x' } as ReportingClockInput,
      field: '',
    },
  ];
  it.each(cases)('$name', ({ input, field }) => {
    let caught: unknown;
    try {
      computeReportingDeadlines(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const error = caught as DomainError;
    expect(error.code).toBe('validation_failed');
    if (field) expect(error.invalidParams[0]?.name).toBe(field);
  });

  it('accepts Date objects and offsets, and returns UTC', () => {
    const fromDate = computeReportingDeadlines({ awareAt: new Date('2026-03-29T01:30:00Z') });
    const fromOffset = computeReportingDeadlines({ awareAt: '2026-03-29T03:30:00+02:00' });
    expect(fromDate.awareAt).toBe('2026-03-29T01:30:00.000Z');
    expect(fromOffset).toEqual(fromDate);
  });
});

// Instants from 2000 to 2100: the EU summer-time rule holds throughout.
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
const nearSwitch = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.boolean(), fc.integer({ min: -3 * DAY, max: 3 * DAY }))
  .map(([year, spring, delta]) => {
    const month = spring ? 2 : 9;
    const last = new Date(Date.UTC(year, month + 1, 0));
    return last.getTime() - last.getUTCDay() * DAY + HOUR + delta;
  });
const anyInstant = fc.oneof(instant, nearSwitch);
const iso = (t: number): string => new Date(t).toISOString();

describe('properties', () => {
  it('the early warning is exactly 24 h and the notification exactly 72 h (24 h for TSPs) after awareness', () => {
    fc.assert(
      fc.property(anyInstant, fc.boolean(), (t, tsp) => {
        const { stages } = computeReportingDeadlines({ awareAt: iso(t), trustServiceProvider: tsp });
        expect(ms(stages.early_warning.deadline!)).toBe(t + DAY);
        expect(ms(stages.notification.deadline!)).toBe(t + (tsp ? 1 : 3) * DAY);
        expect(stages.cer_initial.deadline).toBeNull();
      }),
    );
  });

  it('every deadline is monotone in awareAt', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 0, max: 40 * DAY }), (t, gap) => {
        const a = summarizeReportingDeadlines(
          computeReportingDeadlines({ awareAt: iso(t), cerNotifiedAt: iso(t + gap), criticalEntity: true }),
        );
        const b = summarizeReportingDeadlines(
          computeReportingDeadlines({ awareAt: iso(t + gap), cerNotifiedAt: iso(t + 2 * gap), criticalEntity: true }),
        );
        for (const key of ['early_warning', 'notification', 'cer_initial', 'cer_detailed'] as const) {
          expect(ms(a[key]!)).toBeLessThanOrEqual(ms(b[key]!));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the final report is monotone in notifiedAt, never before 28 days minus one DST hour, and not after its legal end', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 0, max: 2 * DAY }), (t, gap) => {
        const first = computeReportingDeadlines({ awareAt: iso(t), notifiedAt: iso(t) }).stages.final_report;
        const second = computeReportingDeadlines({ awareAt: iso(t), notifiedAt: iso(t + gap) }).stages.final_report;
        const deadline = ms(first.deadline!);
        const legalEnd = ms(first.legalEnd ?? first.deadline!);
        expect(deadline).toBeLessThanOrEqual(ms(second.deadline!));
        expect(deadline).toBeGreaterThanOrEqual(t + 28 * DAY - HOUR);
        expect(deadline).toBeLessThanOrEqual(t + 31 * DAY + HOUR);
        expect(deadline).toBeLessThanOrEqual(legalEnd);
        if (first.legalEnd !== null) expect(deadline).toBeLessThan(ms(first.legalEnd));
        // The legal end counts whole Dutch days: at least 28 of them after the notification's day, so at
        // least 28 × 24 h less the hour a spring DST day lacks (the case below).
        expect(legalEnd).toBeGreaterThanOrEqual(t + 28 * DAY - HOUR);
      }),
      { numRuns: 1000 },
    );
  });

  it('the final report of a notification late on 28 February ends with 28 March, across the spring DST day', () => {
    // Found by the property above (seed 522133693): 23:00 Dutch time on 28 Feb 2079, one month later is the end
    // of 28 March (00:00 on 29 March, summer time), 28 × 24 h less one hour after the notification.
    const notifiedAt = '2079-02-28T22:00:00.001Z';
    const final = computeReportingDeadlines({ awareAt: notifiedAt, notifiedAt }).stages.final_report;
    expect(final.legalEnd ?? final.deadline).toBe('2079-03-28T22:00:00.000Z');
  });

  it('the legal end of a month period is the end of a Dutch working day', () => {
    fc.assert(
      fc.property(anyInstant, (t) => {
        const { final_report: finalReport } = computeReportingDeadlines({ awareAt: iso(t), notifiedAt: iso(t) }).stages;
        const legalEnd = ms(finalReport.legalEnd ?? finalReport.deadline!);
        const wall = new Date(toAmsterdamWallMs(legalEnd));
        expect([wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds()]).toEqual([
          0, 0, 0, 0,
        ]);
        const lastDay = amsterdamDateOf(legalEnd - 1);
        expect(isDutchNonWorkingDay(lastDay)).toBe(false);
        // Moved only past non-working days: every day from the calendar target up to the last day is one.
        const target = addCalendarMonths(amsterdamDateOf(t), 1);
        for (let day = target; utcFieldsToMs(day) < utcFieldsToMs(lastDay); day = addDays(day, 1)) {
          expect(isDutchNonWorkingDay(day)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
