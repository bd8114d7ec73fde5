// Deadlines that depend on the incident, not only on the organisation (issue 17, item 19). Each case
// names the article that decides it; each failed on the rules before INCIDENT_RULES_VERSION 2026-08-15.3
// (a trust service provider always had 24 h, the CER detailed report counted from awareness, and a
// request for an intermediate report without a time was not tracked).
import { describe, expect, it } from 'vitest';
import {
  computeReportingDeadlines,
  trackReportingDeadlines,
  type ReportingClockInput,
  type TrackedDeadline,
} from '../../src/incidents/index.ts';

const AWARE = '2026-03-02T09:00:00Z';
const at = (iso: string) => Date.parse(iso);
const tracked = (input: ReportingClockInput, nowIso: string): Record<string, TrackedDeadline> =>
  Object.fromEntries(
    trackReportingDeadlines(computeReportingDeadlines(input), [], at(nowIso)).map((d) => [d.stage, d]),
  );

describe('the 24 h notification of a trust service provider is per incident (Cbw art. 27(2); NIS2 Art. 23(4) second subparagraph)', () => {
  const cases: Array<{
    name: string;
    trustServiceProvider: boolean;
    affectsTrustService: boolean | null;
    deadline: string;
    period: 'PT24H' | 'PT72H';
    source: string;
    awaiting: 'affectsTrustService' | null;
  }> = [
    {
      name: 'Cbw art. 27(2): a TSP incident that affects the trust service → 24 h',
      trustServiceProvider: true,
      affectsTrustService: true,
      deadline: '2026-03-03T09:00:00.000Z',
      period: 'PT24H',
      source: 'NIS2 Art. 23(4), second subparagraph; Cbw art. 27(2)',
      awaiting: null,
    },
    {
      name: 'Cbw art. 27(1): a TSP incident that does not affect the trust service → 72 h',
      trustServiceProvider: true,
      affectsTrustService: false,
      deadline: '2026-03-05T09:00:00.000Z',
      period: 'PT72H',
      source: 'NIS2 Art. 23(4)(b); Cbw art. 27(1)',
      awaiting: null,
    },
    {
      name: 'Cbw art. 27(2), not yet known whether the trust service is affected → strict 24 h, asking',
      trustServiceProvider: true,
      affectsTrustService: null,
      deadline: '2026-03-03T09:00:00.000Z',
      period: 'PT24H',
      source: 'NIS2 Art. 23(4), second subparagraph; Cbw art. 27(2)',
      awaiting: 'affectsTrustService',
    },
    {
      name: 'Cbw art. 27(1): not a TSP, the fact is irrelevant → 72 h',
      trustServiceProvider: false,
      affectsTrustService: true,
      deadline: '2026-03-05T09:00:00.000Z',
      period: 'PT72H',
      source: 'NIS2 Art. 23(4)(b); Cbw art. 27(1)',
      awaiting: null,
    },
  ];
  it.each(cases)('$name', ({ trustServiceProvider, affectsTrustService, deadline, period, source, awaiting }) => {
    const { stages } = computeReportingDeadlines({ awareAt: AWARE, trustServiceProvider, affectsTrustService });
    expect(stages.notification).toMatchObject({ status: 'due', deadline, period, source, awaiting });
    // The early warning stays 24 h for everyone (Cbw art. 26(1)).
    expect(stages.early_warning.deadline).toBe('2026-03-03T09:00:00.000Z');
  });

  it('Cbw art. 27(1): 30 h after awareness, a TSP incident not affecting the trust service is pending, not overdue', () => {
    const now = '2026-03-03T15:00:00Z';
    const notAffected = tracked({ awareAt: AWARE, trustServiceProvider: true, affectsTrustService: false }, now);
    expect(notAffected.notification!.state).toBe('pending');
    const affected = tracked({ awareAt: AWARE, trustServiceProvider: true, affectsTrustService: true }, now);
    expect(affected.notification!.state).toBe('overdue');
  });
});

describe('the CER detailed report counts from the initial notification and is owed where relevant (CER Art. 15(1))', () => {
  const cases: Array<{
    name: string;
    cerNotifiedAt: string | null;
    status: 'awaiting_input' | 'conditional';
    deadline: string | null;
  }> = [
    {
      name: 'CER Art. 15(1): no initial notification yet → awaiting it, no deadline',
      cerNotifiedAt: null,
      status: 'awaiting_input',
      deadline: null,
    },
    {
      name: 'CER Art. 15(1): initial notification 20 h after awareness → one month after that notification',
      cerNotifiedAt: '2026-03-03T05:00:00Z',
      status: 'conditional',
      deadline: '2026-04-03T04:00:00.000Z',
    },
    {
      name: 'CER Art. 15(1): a late initial notification (three days) → one month after it, not after awareness',
      cerNotifiedAt: '2026-03-05T12:00:00Z',
      status: 'conditional',
      deadline: '2026-04-05T11:00:00.000Z',
    },
  ];
  it.each(cases)('$name', ({ cerNotifiedAt, status, deadline }) => {
    const { stages } = computeReportingDeadlines({ awareAt: AWARE, cerNotifiedAt, criticalEntity: true });
    expect(stages.cer_detailed).toMatchObject({ status, deadline, anchor: 'cer_notified_at' });
  });

  it('CER Art. 15(1) "where relevant": past its deadline the detailed report is still conditional, never overdue', () => {
    const after = tracked(
      { awareAt: AWARE, cerNotifiedAt: '2026-03-03T05:00:00Z', criticalEntity: true },
      '2026-05-01T00:00:00Z',
    );
    expect(after.cer_detailed!.state).toBe('conditional');
  });
});

describe('an intermediate report requested without a time is still tracked (Cbw art. 28; NIS2 Art. 23(4)(c))', () => {
  const cases: Array<{
    name: string;
    requestedAt: string | null;
    dueAt: string | null;
    nowIso: string;
    state: TrackedDeadline['state'];
    deadline: string | null;
  }> = [
    {
      name: 'Cbw art. 28: no request → awaiting one',
      requestedAt: null,
      dueAt: null,
      nowIso: '2026-03-10T00:00:00Z',
      state: 'awaiting_input',
      deadline: null,
    },
    {
      name: 'Cbw art. 28: requested without a time → pending, without a deadline',
      requestedAt: '2026-03-04T10:00:00Z',
      dueAt: null,
      nowIso: '2026-03-10T00:00:00Z',
      state: 'pending',
      deadline: null,
    },
    {
      name: 'Cbw art. 28: requested with a time, before it → pending',
      requestedAt: '2026-03-04T10:00:00Z',
      dueAt: '2026-03-06T17:00:00Z',
      nowIso: '2026-03-06T16:59:59Z',
      state: 'pending',
      deadline: '2026-03-06T17:00:00.000Z',
    },
    {
      name: 'Cbw art. 28: requested with a time, after it → overdue',
      requestedAt: '2026-03-04T10:00:00Z',
      dueAt: '2026-03-06T17:00:00Z',
      nowIso: '2026-03-06T17:00:01Z',
      state: 'overdue',
      deadline: '2026-03-06T17:00:00.000Z',
    },
  ];
  it.each(cases)('$name', ({ requestedAt, dueAt, nowIso, state, deadline }) => {
    const stage = tracked(
      { awareAt: AWARE, intermediateReportRequestedAt: requestedAt, intermediateReportDueAt: dueAt },
      nowIso,
    ).intermediate_report!;
    expect(stage).toMatchObject({ state, deadline });
    if (requestedAt) expect(stage.anchorAt).toBe(new Date(requestedAt).toISOString());
  });

  it('Cbw art. 28: a report submitted after a request without a time fulfils it', () => {
    const clock = computeReportingDeadlines({ awareAt: AWARE, intermediateReportRequestedAt: '2026-03-04T10:00:00Z' });
    const [stage] = trackReportingDeadlines(
      clock,
      [
        {
          stage: 'intermediate_report',
          reportId: '0b0e5b0c-4a63-4c8a-9d7e-1f2a3b4c5d6e',
          submittedAt: '2026-03-05T10:00:00.000Z',
        },
      ],
      at('2026-03-10T00:00:00Z'),
    ).filter((d) => d.stage === 'intermediate_report');
    expect(stage!.state).toBe('submitted');
  });
});
