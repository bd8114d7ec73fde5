import { describe, expect, it } from 'vitest';
import {
  answerDueAt,
  canTakeStep,
  isFindingOverdue,
  isRequestOverdue,
  isValidDueOn,
  needsIndication,
  REQUEST_STATUSES,
  sectorAuthorityDefault,
  CONFIGURABLE_SECTORS,
  SECTOR_AUTHORITY_DEFAULTS,
  type RequestStatus,
} from '../../src/supervision/index.ts';

describe('the answer deadline', () => {
  it('runs to midnight at the end of the due day, Dutch time (winter: UTC+1, summer: UTC+2)', () => {
    expect(answerDueAt('2026-12-18').toISOString()).toBe('2026-12-18T23:00:00.000Z');
    expect(answerDueAt('2026-07-01').toISOString()).toBe('2026-07-01T22:00:00.000Z');
  });

  it.each<[string, RequestStatus, string, boolean]>([
    ['owed, last minute of the due day', 'sent', '2026-12-18T22:59:59.999Z', false],
    ['owed, the day after', 'sent', '2026-12-18T23:00:00.000Z', true],
    ['more asked and late', 'more-asked', '2026-12-19T08:00:00Z', true],
    ['answered, late by the calendar but nothing owed', 'answered', '2026-12-20T08:00:00Z', false],
    ['accepted', 'accepted', '2027-01-01T08:00:00Z', false],
  ])('overdue: %s', (_why, status, now, overdue) => {
    expect(isRequestOverdue({ status, dueOn: '2026-12-18' }, new Date(now))).toBe(overdue);
  });

  it('a due day must lie after today in the Netherlands (Awb art. 5:20(1): a period still to run)', () => {
    // 23:30 UTC on 7 Dec is already 8 Dec in Amsterdam.
    const lateEvening = new Date('2026-12-07T23:30:00Z');
    expect(isValidDueOn('2026-12-08', lateEvening)).toBe(false);
    expect(isValidDueOn('2026-12-09', lateEvening)).toBe(true);
    expect(isValidDueOn('2026-12-07', new Date('2026-12-07T10:00:00Z'))).toBe(false);
    expect(isValidDueOn('2026-12-08', new Date('2026-12-07T10:00:00Z'))).toBe(true);
  });
});

describe('the status flow', () => {
  it('answers only what is owed, judges only an answer', () => {
    const allowed = REQUEST_STATUSES.map((s) => [
      s,
      canTakeStep(s, 'answer'),
      canTakeStep(s, 'accept'),
      canTakeStep(s, 'ask-more'),
    ]);
    expect(allowed).toEqual([
      ['sent', true, false, false],
      ['answered', false, true, true],
      ['accepted', false, false, false],
      ['more-asked', true, false, false],
    ]);
  });

  it('a finding is overdue until resolved', () => {
    const late = new Date('2027-02-01T12:00:00Z');
    expect(isFindingOverdue({ status: 'open', followUpDueOn: '2027-01-31' }, late)).toBe(true);
    expect(isFindingOverdue({ status: 'in-progress', followUpDueOn: '2027-01-31' }, late)).toBe(true);
    expect(isFindingOverdue({ status: 'resolved', followUpDueOn: '2027-01-31' }, late)).toBe(false);
    expect(isFindingOverdue({ status: 'open', followUpDueOn: '2027-02-01' }, late)).toBe(false);
  });

  it('an important entity is asked only on an indication (NIS2 Art. 33(1)); an essential one always', () => {
    expect(needsIndication('important')).toBe(true);
    expect(needsIndication('essential')).toBe(false);
    expect(needsIndication(null)).toBe(false);
  });
});

describe('authorities per sector', () => {
  it('names a default for sectors of the scope catalogue only', () => {
    for (const d of SECTOR_AUTHORITY_DEFAULTS) expect(CONFIGURABLE_SECTORS, d.sector).toContain(d.sector);
    expect(sectorAuthorityDefault('Health')?.competentAuthority).toBe('Minister van Volksgezondheid, Welzijn en Sport');
    expect(sectorAuthorityDefault('Not a sector')).toBeNull();
  });
});
