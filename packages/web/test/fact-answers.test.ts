import type { IncidentImpact, IncidentImpactFact } from '@weerbaar/core/incidents';
import { describe, expect, it } from 'vitest';
import { parseNumber, readAnswers, storedAnswer } from '../src/routes/incidents/fact-answers.ts';
import { t } from './support/i18n.ts';

describe('parseNumber: as a Dutch handler types it', () => {
  it.each([
    ['1200', 1200],
    ['1.200', 1200],
    ['1.200.000', 1_200_000],
    ['1.200,50', 1200.5],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['€ 1.200', 1200],
    [' 1 200 ', 1200],
    ['0', 0],
    // A dot with three digits after it is a thousands dot in Dutch, not a decimal point.
    ['1.234', 1234],
  ])('%j → %d', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });

  it.each(['', 'abc', '1,2,3', '1.20.0', '12.34,5', '-5', '1e3', '1,200.50'])('%j is not a number', (raw) => {
    expect(parseNumber(raw)).toBeNaN();
  });
});

describe('storedAnswer', () => {
  it.each([
    [true, 'yes'],
    [false, 'no'],
    [null, undefined],
    [undefined, undefined],
    [1200, '1200'],
    ['national', 'national'],
  ] as const)('%j → %j', (value, expected) => {
    expect(storedAnswer(value)).toBe(expected);
  });
});

describe('readAnswers', () => {
  const facts: IncidentImpactFact[] = [
    'financialLossEur',
    'usersAffected',
    'memberStatesAffected',
    'death',
    'suspectedMalicious',
  ];
  const none: IncidentImpact = {} as IncidentImpact;

  it('reads numbers the Dutch way and flags as booleans', () => {
    const result = readAnswers(
      { financialLossEur: '1.200,50', usersAffected: '1.200', memberStatesAffected: '2', death: 'no' },
      facts,
      none,
      t,
    );
    expect(result).toEqual({
      impact: { financialLossEur: 1200.5, usersAffected: 1200, memberStatesAffected: 2, death: false },
      problems: {},
    });
  });

  it.each([
    ['usersAffected', '2,5', 'Vul een heel getal in van 0 of hoger.'],
    ['usersAffected', 'veel', 'Vul een heel getal in van 0 of hoger.'],
    ['memberStatesAffected', '0', 'Vul een heel getal in van 1 of hoger.'],
    ['financialLossEur', 'duizend', 'Vul een getal in van 0 of hoger.'],
  ] as const)('%s = %j is refused: %s', (fact, raw, message) => {
    const result = readAnswers({ [fact]: raw }, facts, none, t);
    expect(result.problems).toEqual({ [`impact.${fact}`]: message });
    expect(result.impact).not.toHaveProperty(fact);
  });

  it('sends "not known yet" only for a fact that was known before (as null)', () => {
    const stored = { death: true, financialLossEur: 10 } as unknown as IncidentImpact;
    const result = readAnswers(
      { death: 'unknown', financialLossEur: '', suspectedMalicious: 'unknown' },
      facts,
      stored,
      t,
    );
    expect(result.impact).toEqual({ death: null, financialLossEur: null });
  });

  it('ignores answers to facts that were not asked', () => {
    expect(readAnswers({ usersAffected: '5' }, ['death'], none, t).impact).toEqual({});
  });
});
