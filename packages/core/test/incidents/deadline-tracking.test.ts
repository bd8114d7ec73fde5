import { describe, expect, it } from 'vitest';
import { computeReportingDeadlines, trackReportingDeadlines, type TrackedDeadline } from '../../src/incidents/index.ts';

const at = (iso: string) => Date.parse(iso);
const byStage = (list: TrackedDeadline[]) => Object.fromEntries(list.map((d) => [d.stage, d]));
const ID = '0b0e5b0c-4a63-4c8a-9d7e-1f2a3b4c5d6e';

describe('tracking reporting deadlines', () => {
  const clock = computeReportingDeadlines({ awareAt: '2026-03-02T09:00:00Z' });

  it('is pending before the deadline and overdue after it, to the millisecond', () => {
    expect(byStage(trackReportingDeadlines(clock, [], at('2026-03-03T09:00:00.000Z'))).early_warning!.state).toBe(
      'pending',
    );
    expect(byStage(trackReportingDeadlines(clock, [], at('2026-03-03T09:00:00.001Z'))).early_warning!.state).toBe(
      'overdue',
    );
  });

  it('counts the first report of a stage, on time or late', () => {
    const onTime = byStage(
      trackReportingDeadlines(
        clock,
        [{ stage: 'early_warning', reportId: ID, submittedAt: '2026-03-02T15:00:00.000Z' }],
        at('2026-03-10T00:00:00Z'),
      ),
    );
    expect(onTime.early_warning).toMatchObject({ state: 'submitted', reportId: ID });
    expect(onTime.notification!.state).toBe('overdue');
    const late = byStage(
      trackReportingDeadlines(
        clock,
        [{ stage: 'notification', reportId: ID, submittedAt: '2026-03-05T10:00:00.000Z' }],
        at('2026-03-10T00:00:00Z'),
      ),
    );
    expect(late.notification!.state).toBe('submitted_late');
  });

  it('makes a conditional progress report owed once the final report deadline passes while ongoing (NIS2 Art. 23(4)(e))', () => {
    const notified = computeReportingDeadlines({ awareAt: '2026-03-02T09:00:00Z', notifiedAt: '2026-03-04T09:00:00Z' });
    const before = byStage(trackReportingDeadlines(notified, [], at('2026-04-01T00:00:00Z')));
    expect(before.progress_report!.state).toBe('conditional');
    const after = byStage(trackReportingDeadlines(notified, [], at('2026-04-05T00:00:00Z')));
    expect(after.progress_report!.state).toBe('overdue');
    expect(after.final_report!.state).toBe('overdue');
    const withProgress = byStage(
      trackReportingDeadlines(
        notified,
        [{ stage: 'progress_report', reportId: ID, submittedAt: '2026-04-03T00:00:00.000Z' }],
        at('2026-04-05T00:00:00Z'),
      ),
    );
    expect(withProgress.progress_report!.state).toBe('submitted');
    expect(withProgress.final_report).toMatchObject({ state: 'awaiting_input', deadline: null });
  });

  it('leaves stages that do not apply alone', () => {
    const tracked = byStage(trackReportingDeadlines(clock, [], at('2027-01-01T00:00:00Z')));
    expect(tracked.cer_initial!.state).toBe('not_applicable');
    expect(tracked.intermediate_report!.state).toBe('awaiting_input');
    expect(tracked.final_report!.state).toBe('awaiting_input');
  });
});
