import { describe, expect, it } from 'vitest';
import {
  applyRecurrenceOverride,
  assessIncidentSignificance,
  findRecurringIncidents,
  isIndividuallySignificant,
  recurrenceFromRegister,
  recurrenceWindowStart,
  sameApparentRootCause,
  type IncidentImpact,
  type RecurrenceCandidate,
} from '../../src/incidents/index.ts';

// Impl. Reg. 2024/2690 Art. 4 counted from a register. The incident under assessment occurred at NOW.
const NOW = new Date('2026-09-15T10:00:00.000Z');

function incident(n: number, changes: Partial<RecurrenceCandidate> = {}): RecurrenceCandidate {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    reference: `INC-2026-${String(n).padStart(4, '0')}`,
    title: `Incident ${n}`,
    occurredAt: NOW,
    rootCause: 'third_party_failure',
    rootCauseDetail: 'Storing leverancier Acme',
    financialLossEur: 300_000,
    individuallySignificant: false,
    ...changes,
  };
}
const CURRENT = incident(1);
const counted = (current: RecurrenceCandidate, register: RecurrenceCandidate[]) =>
  findRecurringIncidents(current, register).map((c) => c.reference);

describe('Art. 4(a): at least twice within 6 months', () => {
  it.each<[string, string, boolean]>([
    ['Art. 4(a): exactly six months earlier counts', '2026-03-15T10:00:00.000Z', true],
    ['Art. 4(a): one millisecond more than six months earlier does not', '2026-03-15T09:59:59.999Z', false],
    ['Art. 4(a): the day before the incident counts', '2026-09-14T10:00:00.000Z', true],
    ['Art. 4(a): at the same moment counts', '2026-09-15T10:00:00.000Z', true],
    [
      'Art. 4(a): a later incident is not counted (its own assessment counts this one)',
      '2026-09-15T10:00:00.001Z',
      false,
    ],
  ])('%s', (_name, at, counts) => {
    const other = incident(2, { occurredAt: new Date(at) });
    expect(counted(CURRENT, [other]).sort()).toEqual(counts ? ['INC-2026-0001', 'INC-2026-0002'] : ['INC-2026-0001']);
  });

  it.each<[string, string, string]>([
    // Reg. 1182/71 Art. 3(2)(c): a date the month lacks becomes its last day.
    ['Art. 4(a): 31 August − 6 months is 28 February', '2026-08-31T12:00:00.000Z', '2026-02-28T12:00:00.000Z'],
    ['Art. 4(a): in a leap year, 29 February', '2028-08-31T12:00:00.000Z', '2028-02-29T12:00:00.000Z'],
    ['Art. 4(a): across the year boundary', '2026-03-10T08:30:00.000Z', '2025-09-10T08:30:00.000Z'],
  ])('%s', (_name, at, start) => {
    expect(recurrenceWindowStart(new Date(at)).toISOString()).toBe(start);
  });

  it('Art. 4(a): the incident under assessment itself counts ("at least twice")', () => {
    expect(recurrenceFromRegister(CURRENT, []).sameRootCauseIncidents).toBe(1);
    expect(recurrenceFromRegister(CURRENT, [incident(2)]).sameRootCauseIncidents).toBe(2);
  });
});

describe('Art. 4(b): the same apparent root cause', () => {
  it.each<[string, Partial<RecurrenceCandidate>, boolean]>([
    ['Art. 4(b): same category and detail', {}, true],
    ['Art. 4(b): detail differs only in case and spacing', { rootCauseDetail: '  storing   LEVERANCIER acme ' }, true],
    ['Art. 4(b): another detail is another cause', { rootCauseDetail: 'Storing leverancier Beta' }, false],
    ['Art. 4(b): another category is another cause', { rootCause: 'human_error' }, false],
    ['Art. 4(b): a detail against none is another cause', { rootCauseDetail: null }, false],
    [
      'Art. 4(b): an incident without a root cause is never the same',
      { rootCause: null, rootCauseDetail: null },
      false,
    ],
  ])('%s', (_name, changes, same) => {
    expect(sameApparentRootCause(CURRENT, incident(2, changes))).toBe(same);
    expect(counted(CURRENT, [incident(2, changes)]).length).toBe(same ? 2 : 1);
  });

  it('Art. 4(b): both without a detail match on the category', () => {
    const a = incident(1, { rootCauseDetail: null });
    expect(sameApparentRootCause(a, incident(2, { rootCauseDetail: '' }))).toBe(true);
  });

  it('Art. 4(b): without a root cause of its own, the register counts nothing', () => {
    const recurrence = recurrenceFromRegister(incident(1, { rootCause: null }), [incident(2)]);
    expect(recurrence).toMatchObject({ sameRootCauseIncidents: null, incidents: [], windowStart: null });
  });
});

describe('Art. 4: only incidents not significant on their own count', () => {
  it('Art. 4: an incident significant on its own is reported on its own, not counted', () => {
    expect(counted(CURRENT, [incident(2, { individuallySignificant: true }), incident(3)])).toEqual([
      'INC-2026-0001',
      'INC-2026-0003',
    ]);
  });

  it.each<[string, Parameters<typeof isIndividuallySignificant>[0], boolean]>([
    [
      'decided not significant: counts, whatever the proposal',
      {
        decision: { outcome: 'not_significant', criteriaMetIds: ['art3_1a'] },
        proposedWithoutRecurrence: 'significant',
      },
      false,
    ],
    [
      'decided significant on Art. 3(1)(a): significant on its own',
      { decision: { outcome: 'significant', criteriaMetIds: ['art3_1a'] }, proposedWithoutRecurrence: 'significant' },
      true,
    ],
    [
      'decided significant on Art. 4 alone (an earlier collective incident): counts',
      { decision: { outcome: 'significant', criteriaMetIds: ['art4'] }, proposedWithoutRecurrence: 'unknown' },
      false,
    ],
    [
      'decided significant against a proposal without criteria: the entity judged it significant on its own',
      { decision: { outcome: 'significant', criteriaMetIds: [] }, proposedWithoutRecurrence: 'not_significant' },
      true,
    ],
    ['no decision, proposal significant', { decision: null, proposedWithoutRecurrence: 'significant' }, true],
    ['no decision, proposal unknown', { decision: null, proposedWithoutRecurrence: 'unknown' }, false],
  ])('Art. 4: %s', (_name, input, significant) => {
    expect(isIndividuallySignificant(input)).toBe(significant);
  });
});

// Art. 4(c) with Art. 3(1)(a): together more than EUR 500 000 or 5 % of turnover, whichever is lower.
describe('Art. 4(c): together above the Art. 3(1)(a) threshold', () => {
  const impact: IncidentImpact = { financialLossEur: 250_000, annualTurnoverEur: 100_000_000 };
  const assess = (register: RecurrenceCandidate[], own: Partial<IncidentImpact> = {}) =>
    assessIncidentSignificance(
      'cloud_computing_service_provider',
      { ...impact, ...own },
      recurrenceFromRegister(
        incident(1, { financialLossEur: (own.financialLossEur ?? impact.financialLossEur) as number | null }),
        register,
      ),
    );
  const art4 = (a: ReturnType<typeof assess>) =>
    a.criteriaMet.some((c) => c.id === 'art4')
      ? 'met'
      : a.undecidedCriteria.some((c) => c.id === 'art4')
        ? 'unknown'
        : 'not_met';

  it.each<[string, number | null, Partial<IncidentImpact>, 'met' | 'not_met' | 'unknown']>([
    ['Art. 4(c): EUR 250 000 + 250 001 exceeds EUR 500 000', 250_001, {}, 'met'],
    ['Art. 4(c): EUR 250 000 + 250 000 is exactly EUR 500 000: not more', 250_000, {}, 'not_met'],
    [
      'Art. 4(c): 5 % of EUR 4 m is lower: 100 000 + 100 000.01 exceeds it',
      100_000.01,
      { financialLossEur: 100_000, annualTurnoverEur: 4_000_000 },
      'met',
    ],
    [
      'Art. 4(c): exactly 5 % of EUR 4 m: not more',
      100_000,
      { financialLossEur: 100_000, annualTurnoverEur: 4_000_000 },
      'not_met',
    ],
    ['Art. 4(c): a loss unknown with the known sum below the cap stays open', null, {}, 'unknown'],
    [
      'Art. 4(c): a loss unknown with the known sum above EUR 500 000 is decided',
      null,
      { financialLossEur: 500_001 },
      'met',
    ],
  ])('%s', (_name, otherLoss, own, expected) => {
    expect(art4(assess([incident(2, { financialLossEur: otherLoss })], own))).toBe(expected);
  });

  it('Art. 4(c): an unknown loss of another incident is named as the missing fact, with its reference', () => {
    const recurrence = recurrenceFromRegister(incident(1), [incident(2, { financialLossEur: null })]);
    expect(recurrence.lossUnknownFor).toEqual(['INC-2026-0002']);
    const result = assessIncidentSignificance('cloud_computing_service_provider', impact, recurrence);
    expect(result.undecidedCriteria.find((c) => c.id === 'art4')?.missingFacts).toEqual(['recurringIncidentLosses']);
  });

  it('Art. 4(c): each alone below the threshold, three together above it: significant under Art. 4 only', () => {
    const result = assess([incident(2, { financialLossEur: 200_000 }), incident(3, { financialLossEur: 100_000 })]);
    expect(result.outcome).toBe('significant');
    expect(result.criteriaMet.map((c) => c.id)).toEqual(['art4']);
  });

  it('Art. 4: without a root cause the missing fact is the root cause, not a count to type in', () => {
    const result = assessIncidentSignificance(
      'cloud_computing_service_provider',
      impact,
      recurrenceFromRegister(incident(1, { rootCause: null }), [incident(2)]),
    );
    expect(result.undecidedCriteria.find((c) => c.id === 'art4')?.missingFacts).toEqual(['rootCause']);
  });
});

describe('Art. 4: the handler overrides the count with a reason', () => {
  const override = {
    sameRootCauseIncidents: 3,
    combinedLossEur: 600_000,
    reason: 'Twee storingen van Acme staan nog niet in het register.',
    decidedBy: 'Ina Handler',
    decidedAt: NOW.toISOString(),
  };

  it('Art. 4: the override replaces count and loss, and the register list stays visible', () => {
    const register = recurrenceFromRegister(CURRENT, []);
    const overridden = applyRecurrenceOverride(register, override);
    expect(overridden).toMatchObject({ source: 'override', sameRootCauseIncidents: 3, combinedLossEur: 600_000 });
    expect(overridden.incidents.map((i) => i.reference)).toEqual(['INC-2026-0001']);
    const result = assessIncidentSignificance(
      'cloud_computing_service_provider',
      { financialLossEur: 300_000, annualTurnoverEur: 100_000_000 },
      overridden,
    );
    expect(result.criteriaMet.map((c) => c.id)).toEqual(['art4']);
  });

  it('Art. 4: an override to one incident takes a counted recurrence away', () => {
    const register = recurrenceFromRegister(CURRENT, [incident(2, { financialLossEur: 300_000 })]);
    const impact = { financialLossEur: 300_000, annualTurnoverEur: 100_000_000 };
    const art4 = (r: typeof register) =>
      assessIncidentSignificance('cloud_computing_service_provider', impact, r).criteriaMet.map((c) => c.id);
    expect(art4(register)).toEqual(['art4']);
    const single = applyRecurrenceOverride(register, {
      ...override,
      sameRootCauseIncidents: 1,
      combinedLossEur: 300_000,
    });
    const result = assessIncidentSignificance('cloud_computing_service_provider', impact, single);
    expect(result.criteriaMet).toEqual([]);
    expect(result.undecidedCriteria.map((c) => c.id)).not.toContain('art4');
  });
});
