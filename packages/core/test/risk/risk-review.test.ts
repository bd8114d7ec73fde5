import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, defaultNextReview, dutchDate, isReviewDue, nextReviewProblem } from '../../src/risk/index.ts';

describe('review dates', () => {
  it('adds calendar months, clamped to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-07', 12)).toBe('2028-12-07');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('takes the organisation interval, never more than four years (CER Art. 12(1))', () => {
    expect(defaultNextReview('2026-12-07', 12)).toBe('2027-12-07');
    expect(defaultNextReview('2026-12-07', 60)).toBe('2030-12-07');
  });

  it('refuses a next review in the past or more than four years ahead', () => {
    expect(nextReviewProblem('2026-12-07', '2026-12-07')).toMatchObject({ code: 'must_be_future' });
    expect(nextReviewProblem('2026-12-07', '2030-12-07')).toBeNull();
    expect(nextReviewProblem('2026-12-07', '2030-12-08')).toMatchObject({
      name: 'nextReviewOn',
      code: 'review_too_late',
      params: { latest: '2030-12-07' },
      reason: expect.stringMatching(/CER Art\. 12\(1\)/),
    });
  });

  it('is due on its day, in Dutch time', () => {
    expect(dutchDate(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(isReviewDue('2026-12-07', '2026-12-07')).toBe(true);
    expect(isReviewDue('2026-12-08', '2026-12-07')).toBe(false);
  });

  it('a default next review is always allowed', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 48 }),
        (d, months) => {
          const day = d.toISOString().slice(0, 10);
          expect(nextReviewProblem(day, defaultNextReview(day, months))).toBeNull();
        },
      ),
    );
  });
});
