import { describe, expect, it } from 'vitest';
import {
  BoardTrainingInputSchema,
  changedImplementations,
  trainingExpiry,
} from '../../src/measures/board.contracts.ts';

const describeReq = (id: string) => ({ ref: id.toUpperCase(), title: `titel ${id}` });

describe('what changed since the last board approval (NIS2 Art. 20(1); Cbw art. 24(1))', () => {
  it('lists records whose status or maturity changed, and counts a missing record as not started', () => {
    const changes = changedImplementations(
      { 'nis2-art21:a': { status: 'partial', maturity: 2 }, 'nis2-art21:b': { status: 'implemented', maturity: 3 } },
      {
        'nis2-art21:a': { status: 'implemented', maturity: 2 },
        'nis2-art21:b': { status: 'implemented', maturity: 3 },
        'nis2-art21:c': { status: 'partial', maturity: null },
        'nis2-art21:d': { status: 'not-started', maturity: null },
      },
      describeReq,
    );
    expect(changes.map((c) => c.requirementId)).toEqual(['nis2-art21:a', 'nis2-art21:c']);
    expect(changes[1]).toMatchObject({ before: { status: 'not-started', maturity: null }, ref: 'NIS2-ART21:C' });
  });

  it('sees a change of maturity alone', () => {
    const changes = changedImplementations(
      { x: { status: 'implemented', maturity: 2 } },
      { x: { status: 'implemented', maturity: 4 } },
      describeReq,
    );
    expect(changes).toHaveLength(1);
  });
});

describe('expiry of board training (Cbw art. 24(4): kept demonstrably up to date)', () => {
  it.each([
    [null, 'no-expiry'],
    ['2026-12-07', 'expired'],
    ['2026-12-01', 'expired'],
    ['2027-02-05', 'expiring'],
    ['2027-02-06', 'valid'],
  ] as const)('expiry %s on 2026-12-07 is %s', (expiresOn, expected) => {
    expect(trainingExpiry(expiresOn, '2026-12-07')).toBe(expected);
  });

  it('refuses an expiry before the training date', () => {
    const result = BoardTrainingInputSchema.safeParse({
      personName: 'A. Bestuurder',
      boardRole: 'Voorzitter',
      trainingName: 'Cyber voor bestuurders',
      completedOn: '2026-05-01',
      expiresOn: '2026-04-30',
    });
    expect(result.success).toBe(false);
  });
});
