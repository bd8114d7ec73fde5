// Scoring on the risk matrix: bands, worst-dimension impact, residual rules and matrix validation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyReductions,
  bandOf,
  bandRank,
  DEFAULT_RISK_MATRIX as M,
  matrixProblems,
  overallImpact,
  residualProblems,
  RiskMatrixConfigSchema,
  scoreOf,
  scoreProblems,
  textColourOn,
  type RiskMatrixConfig,
} from '../../src/risk/index.ts';

describe('bands of the default 5×5', () => {
  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [16, 'high'],
    [17, 'very-high'],
    [25, 'very-high'],
  ])('score %i is %s', (score, band) => {
    expect(bandOf(M, score).key).toBe(band);
  });

  it('puts ransomware at likelihood 4 and worst impact 5 in the highest band', () => {
    expect(scoreOf(M, { likelihood: 4, impacts: { continuity: 5, financial: 2 } })).toMatchObject({
      impact: 5,
      score: 20,
      band: { key: 'very-high', label: 'Zeer hoog' },
    });
  });

  it('bands never go down as the score rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), (s) => {
        expect(bandRank(M, bandOf(M, s + 1).key)).toBeGreaterThanOrEqual(bandRank(M, bandOf(M, s).key));
      }),
    );
  });
});

describe('impact is the worst dimension', () => {
  it('takes the maximum, not the mean', () => {
    expect(overallImpact({ continuity: 1, 'safety-health': 5, financial: 1 })).toBe(5);
    expect(overallImpact({})).toBeNull();
  });

  it('is at least every dimension and equal to one of them', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...M.dimensions.map((d) => d.key)), fc.integer({ min: 1, max: 5 }), {
          minKeys: 1,
        }),
        (impacts) => {
          const overall = overallImpact(impacts)!;
          for (const v of Object.values(impacts)) expect(overall).toBeGreaterThanOrEqual(v);
          expect(Object.values(impacts)).toContain(overall);
        },
      ),
    );
  });
});

const scores = fc.record({
  likelihood: fc.integer({ min: 1, max: 5 }),
  impacts: fc.dictionary(fc.constantFrom(...M.dimensions.map((d) => d.key)), fc.integer({ min: 1, max: 5 }), {
    minKeys: 1,
  }),
});

describe('residual risk', () => {
  it('is never above the inherent risk when measures only reduce', () => {
    fc.assert(
      fc.property(
        scores,
        fc.integer({ min: 0, max: 6 }),
        fc.dictionary(fc.constantFrom(...M.dimensions.map((d) => d.key)), fc.integer({ min: 0, max: 6 })),
        (inherent, l, i) => {
          const residual = applyReductions(inherent, { likelihood: l, impacts: i });
          const before = scoreOf(M, inherent)!;
          const after = scoreOf(M, residual)!;
          expect(after.score).toBeLessThanOrEqual(before.score);
          expect(bandRank(M, after.band.key)).toBeLessThanOrEqual(bandRank(M, before.band.key));
          expect(residualProblems(inherent, residual, 'residual')).toEqual([]);
        },
      ),
    );
  });

  it('refuses a residual likelihood or dimension above the inherent one', () => {
    const inherent = { likelihood: 3, impacts: { continuity: 4 } };
    expect(residualProblems(inherent, { likelihood: 4, impacts: { continuity: 4 } }, 'body.residual')).toEqual([
      {
        name: 'body.residual.likelihood',
        reason: 'must not be above the inherent likelihood',
        code: 'not_above',
        params: { other: 'inherent.likelihood' },
      },
    ]);
    expect(residualProblems(inherent, { likelihood: 3, impacts: { continuity: 5 } }, 'r')).toHaveLength(1);
    expect(residualProblems(inherent, { likelihood: 3, impacts: { legal: 1 } }, 'r')).toEqual([
      { name: 'r.impacts.legal', reason: 'is not scored inherently', code: 'unknown_reference' },
    ]);
  });

  it('never reduces below level 1', () => {
    expect(
      applyReductions({ likelihood: 2, impacts: { continuity: 1 } }, { likelihood: 5, impacts: { continuity: 3 } }),
    ).toEqual({
      likelihood: 1,
      impacts: { continuity: 1 },
    });
  });
});

describe('scores on the matrix', () => {
  it('refuses levels off the scale and unknown dimensions', () => {
    expect(scoreProblems(M, { likelihood: 6, impacts: { continuity: 0, unknown: 2 } }, 'b').map((p) => p.name)).toEqual(
      ['b.likelihood', 'b.impacts.continuity', 'b.impacts.unknown'],
    );
    expect(scoreProblems(M, { likelihood: 2, impacts: {} }, 'b')).toEqual([
      { name: 'b.impacts', reason: 'score at least one dimension', code: 'too_few', params: { minimum: 1 } },
    ]);
  });
});

describe('matrix configuration', () => {
  const valid = (m: RiskMatrixConfig) => RiskMatrixConfigSchema.safeParse(m).success;

  it('accepts the default', () => {
    expect(matrixProblems(M)).toEqual([]);
    expect(valid(M)).toBe(true);
  });

  it('refuses bands that do not start at 1, do not rise or lie beyond the largest score', () => {
    expect(valid({ ...M, bands: [{ ...M.bands[0]!, minScore: 2 }, ...M.bands.slice(1)] })).toBe(false);
    expect(valid({ ...M, bands: [M.bands[0]!, { ...M.bands[1]!, minScore: 1 }] })).toBe(false);
    expect(valid({ ...M, bands: [M.bands[0]!, { ...M.bands[1]!, minScore: 26 }] })).toBe(false);
  });

  it('refuses levels out of order and keys used twice', () => {
    expect(matrixProblems({ ...M, likelihood: [...M.likelihood].reverse() })).not.toEqual([]);
    expect(matrixProblems({ ...M, dimensions: [M.dimensions[0]!, M.dimensions[0]!] })).toEqual([
      { path: ['dimensions', 1, 'key'], reason: 'is used twice' },
    ]);
    const twice = RiskMatrixConfigSchema.safeParse({ ...M, dimensions: [M.dimensions[0]!, M.dimensions[0]!] });
    expect(twice.error?.issues[0]).toMatchObject({ path: ['dimensions', 1, 'key'], params: { code: 'duplicate' } });
  });

  it('refuses a review interval above four years (CER Art. 12(1))', () => {
    expect(valid({ ...M, reviewIntervalMonths: 48 })).toBe(true);
    expect(valid({ ...M, reviewIntervalMonths: 49 })).toBe(false);
  });

  it('gives every band of any valid matrix at least one score', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 7 }),
        fc.integer({ min: 3, max: 7 }),
        fc.uniqueArray(fc.integer({ min: 2, max: 49 }), { maxLength: 4 }),
        (nl, ni, cuts) => {
          const max = nl * ni;
          const mins = [1, ...cuts.filter((c) => c <= max).sort((a, b) => a - b)];
          const m: RiskMatrixConfig = {
            ...M,
            likelihood: Array.from({ length: nl }, (_, i) => ({ level: i + 1, label: `L${i + 1}` })),
            impact: Array.from({ length: ni }, (_, i) => ({ level: i + 1, label: `I${i + 1}` })),
            bands: mins.map((minScore, i) => ({ key: `b${i}`, label: `B${i}`, colour: '#000000', minScore })),
          };
          if (mins.length < 2) return;
          expect(matrixProblems(m)).toEqual([]);
          const reached = new Set<string>();
          for (let s = 1; s <= max; s++) reached.add(bandOf(m, s).key);
          expect(reached.size).toBe(m.bands.length);
        },
      ),
    );
  });
});

describe('text on band colours', () => {
  it('is black on yellow and white on dark red', () => {
    expect(textColourOn('#f9e11e')).toBe('#000000');
    expect(textColourOn('#8b0000')).toBe('#ffffff');
  });
});
