// Pure rules of continuity plans: what changed between two versions, which plans the last printed pack
// no longer matches, and when a plan is looked at again.
import type { InvalidParam } from '../platform/domain-error.ts';
import { addMonths } from '../risk/risk-review.ts';
import type { OutdatedPlan, PlanChange, PlanContent } from './plan.contracts.ts';

/**
 * Impl. Reg. (EU) 2024/2690 Annex 4.1.4: the plans are "tested, reviewed and, where appropriate, updated
 * at planned intervals and following significant incidents or significant changes". The law sets no
 * interval; a year is the default the organisation can move (BIO2 and common practice test yearly).
 */
export const PLAN_REVIEW_MONTHS = 12;
/** The latest review date one may choose at approval: a plan older than two years is no plan any more. */
export const PLAN_REVIEW_MAX_MONTHS = 24;

export const defaultPlanReview = (approvedOn: string): string => addMonths(approvedOn, PLAN_REVIEW_MONTHS);

/** Why a chosen review date is not acceptable (as an invalid param of `name`), or null. */
export function planReviewProblem(
  approvedOn: string,
  nextReviewOn: string,
  name = 'nextReviewOn',
): InvalidParam | null {
  if (nextReviewOn <= approvedOn) return { name, reason: 'must be after the day of approval', code: 'must_be_future' };
  const latest = addMonths(approvedOn, PLAN_REVIEW_MAX_MONTHS);
  if (nextReviewOn > latest) {
    return { name, reason: `must be at most two years ahead (${latest})`, code: 'review_too_late', params: { latest } };
  }
  return null;
}

export const isPlanReviewDue = (nextReviewOn: string | null, today: string): boolean =>
  nextReviewOn !== null && nextReviewOn <= today;

type TextSection =
  'purpose' | 'activationCriteria' | 'warningRoutine' | 'workarounds' | 'manualFallback' | 'deactivation';
const TEXT_SECTIONS: readonly TextSection[] = [
  'purpose',
  'activationCriteria',
  'warningRoutine',
  'workarounds',
  'manualFallback',
  'deactivation',
];

interface ListSection<K extends keyof PlanContent> {
  section: K;
  /** What names an item, so "the same item, changed" is told apart from "removed and added". */
  key: (item: PlanContent[K] extends readonly (infer T)[] ? T : never) => string;
}
const LIST_SECTIONS = [
  { section: 'roles', key: (r) => r.role },
  { section: 'callTree', key: (r) => r.name },
  { section: 'externalHelp', key: (c) => c.name },
  { section: 'recoverySteps', key: (s) => s.title },
  { section: 'communication', key: (t) => t.audience },
] as const satisfies readonly [
  ListSection<'roles'>,
  ListSection<'callTree'>,
  ListSection<'externalHelp'>,
  ListSection<'recoverySteps'>,
  ListSection<'communication'>,
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What changed from `before` to `after`, section by section: a text section changed; list items added,
 * removed or changed (matched by their name); a list whose common items moved is "reordered" (the order
 * of recovery steps matters). `before` null: the first version, nothing to compare.
 */
export function diffPlanContent(before: PlanContent | null, after: PlanContent): PlanChange[] {
  if (before === null) return [];
  const changes: PlanChange[] = [];
  for (const section of TEXT_SECTIONS) {
    if (before[section] !== after[section]) {
      changes.push({
        section,
        change: before[section] === '' ? 'added' : after[section] === '' ? 'removed' : 'changed',
        item: null,
      });
    }
  }
  for (const { section, key } of LIST_SECTIONS) {
    const keyOf = key as (item: unknown) => string;
    const old = before[section] as readonly unknown[];
    const now = after[section] as readonly unknown[];
    const oldByKey = new Map(old.map((i) => [keyOf(i), i]));
    const nowByKey = new Map(now.map((i) => [keyOf(i), i]));
    for (const [k, item] of nowByKey) {
      const was = oldByKey.get(k);
      if (was === undefined) changes.push({ section, change: 'added', item: k });
      else if (!same(was, item)) changes.push({ section, change: 'changed', item: k });
    }
    for (const k of oldByKey.keys()) if (!nowByKey.has(k)) changes.push({ section, change: 'removed', item: k });
    const common = (keys: string[], other: Map<string, unknown>) => keys.filter((k) => other.has(k));
    const oldOrder = common([...oldByKey.keys()], nowByKey);
    const nowOrder = common([...nowByKey.keys()], oldByKey);
    if (!same(oldOrder, nowOrder)) changes.push({ section, change: 'reordered', item: null });
  }
  return changes;
}

/**
 * The plans whose version in force is not the one in the last printed pack: a plan approved since, or
 * one the pack did not hold. No pack at all: every approved plan is outdated on paper.
 */
export function outdatedPlans(
  current: readonly { planId: string; title: string; version: number }[],
  printed: readonly { planId: string; version: number }[] | null,
): OutdatedPlan[] {
  const printedVersion = new Map((printed ?? []).map((p) => [p.planId, p.version]));
  return current
    .filter((c) => printedVersion.get(c.planId) !== c.version)
    .map((c) => ({
      planId: c.planId,
      title: c.title,
      printedVersion: printedVersion.get(c.planId) ?? null,
      currentVersion: c.version,
    }));
}
