import { describe, expect, it } from 'vitest';
import {
  defaultPlanReview,
  diffPlanContent,
  isPlanReviewDue,
  outdatedPlans,
  planReviewProblem,
} from '../../src/continuity/plan-rules.ts';
import { PlanContentSchema, PlanCreateSchema, type PlanContentInput } from '../../src/continuity/plan.contracts.ts';

const content = (c: PlanContentInput) => PlanContentSchema.parse(c);
const base = content({
  activationCriteria: 'SCADA valt uit',
  callTree: [{ level: 1, name: 'Wachtdienst', phone: '1' }],
  recoverySteps: [{ title: 'A' }, { title: 'B' }, { title: 'C' }],
});

describe('what changed between versions', () => {
  it('says nothing for the first version and for an unchanged one', () => {
    expect(diffPlanContent(null, base)).toEqual([]);
    expect(diffPlanContent(base, structuredClone(base))).toEqual([]);
  });

  it('names added, removed and changed text sections', () => {
    const next = { ...base, activationCriteria: 'SCADA valt langer dan 15 minuten uit', workarounds: 'Handbediening' };
    expect(diffPlanContent(base, next)).toEqual([
      { section: 'activationCriteria', change: 'changed', item: null },
      { section: 'workarounds', change: 'added', item: null },
    ]);
    expect(diffPlanContent(next, { ...next, workarounds: '' })).toEqual([
      { section: 'workarounds', change: 'removed', item: null },
    ]);
  });

  it('matches list items by name: added, removed, changed, and a new order of recovery steps', () => {
    const next = content({
      ...base,
      callTree: [
        { level: 1, name: 'Wachtdienst', phone: '2' },
        { level: 2, name: 'Directeur', phone: '3' },
      ],
      recoverySteps: [{ title: 'B' }, { title: 'A' }],
    });
    expect(diffPlanContent(base, next)).toEqual([
      { section: 'callTree', change: 'changed', item: 'Wachtdienst' },
      { section: 'callTree', change: 'added', item: 'Directeur' },
      { section: 'recoverySteps', change: 'removed', item: 'C' },
      { section: 'recoverySteps', change: 'reordered', item: null },
    ]);
  });

  it('does not call a removal alone a new order', () => {
    const next = content({ ...base, recoverySteps: [{ title: 'A' }, { title: 'C' }] });
    expect(diffPlanContent(base, next)).toEqual([{ section: 'recoverySteps', change: 'removed', item: 'B' }]);
  });
});

describe('the printed pack against the plans in force', () => {
  const current = [
    { planId: 'p1', title: 'SCADA', version: 2 },
    { planId: 'p2', title: 'Crisis', version: 1 },
  ];
  it('without any pack every approved plan is outdated on paper', () => {
    expect(outdatedPlans(current, null).map((o) => [o.planId, o.printedVersion])).toEqual([
      ['p1', null],
      ['p2', null],
    ]);
  });
  it('names the plans approved since, and the ones the pack did not hold', () => {
    expect(outdatedPlans(current, [{ planId: 'p1', version: 1 }])).toEqual([
      { planId: 'p1', title: 'SCADA', printedVersion: 1, currentVersion: 2 },
      { planId: 'p2', title: 'Crisis', printedVersion: null, currentVersion: 1 },
    ]);
    expect(
      outdatedPlans(current, [
        { planId: 'p1', version: 2 },
        { planId: 'p2', version: 1 },
      ]),
    ).toEqual([]);
  });
});

describe('review dates', () => {
  it('defaults to a year after approval and allows at most two years', () => {
    expect(defaultPlanReview('2026-12-07')).toBe('2027-12-07');
    expect(defaultPlanReview('2028-02-29')).toBe('2029-02-28');
    expect(planReviewProblem('2026-12-07', '2028-12-07')).toBeNull();
    expect(planReviewProblem('2026-12-07', '2028-12-08')?.code).toBe('review_too_late');
    expect(planReviewProblem('2026-12-07', '2026-12-07')?.code).toBe('must_be_future');
  });
  it('is due on its day', () => {
    expect(isPlanReviewDue('2027-01-01', '2026-12-31')).toBe(false);
    expect(isPlanReviewDue('2027-01-01', '2027-01-01')).toBe(true);
    expect(isPlanReviewDue(null, '2030-01-01')).toBe(false);
  });
});

describe('creating a plan', () => {
  const service = '11111111-1111-4111-8111-111111111111';
  it('a continuity plan needs a service, a crisis protocol has none, and only a crisis protocol is the incident response plan', () => {
    expect(PlanCreateSchema.safeParse({ kind: 'continuity', serviceId: service, title: 'x' }).success).toBe(true);
    expect(PlanCreateSchema.safeParse({ kind: 'continuity', title: 'x' }).success).toBe(false);
    expect(PlanCreateSchema.safeParse({ kind: 'crisis', serviceId: service, title: 'x' }).success).toBe(false);
    expect(PlanCreateSchema.safeParse({ kind: 'crisis', title: 'x', incidentResponsePlan: true }).success).toBe(true);
    expect(
      PlanCreateSchema.safeParse({ kind: 'continuity', serviceId: service, title: 'x', incidentResponsePlan: true })
        .success,
    ).toBe(false);
  });
});
