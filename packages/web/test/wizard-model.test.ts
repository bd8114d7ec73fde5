import { describe, expect, it } from 'vitest';
import {
  entityTypeOf,
  entityTypesOfSector,
  GOVERNMENT,
  isAnswered,
  offeredActivities,
  OTHER,
  SECTOR_CHOICES,
  stepsToAsk,
  toScopeInput,
  type StepId,
  type WizardAnswers,
} from '../src/routes/scope/wizard-model.ts';

const electricity: WizardAnswers = { sector: 'Energy', entityType: 'I.1.a.1' };
const dns: WizardAnswers = { sector: 'Digital infrastructure', entityType: 'I.8.2' };
const bank: WizardAnswers = { sector: 'Banking', entityType: entityTypesOfSector('Banking')[0]?.id };

describe('SECTOR_CHOICES', () => {
  it('offers government once and "other" last, never the CER catch-all', () => {
    expect(SECTOR_CHOICES.filter((s) => s === GOVERNMENT)).toHaveLength(1);
    expect(SECTOR_CHOICES.at(-1)).toBe(OTHER);
    expect(SECTOR_CHOICES).not.toContain('Any CER Annex sector');
    expect(SECTOR_CHOICES).not.toContain('Public administration');
  });
});

describe('entityTypeOf', () => {
  it.each([
    [{}, undefined],
    [{ sector: OTHER }, 'X.OTHER'],
    [{ sector: GOVERNMENT }, undefined],
    [{ sector: GOVERNMENT, governmentLevel: 'central' }, 'I.10.1'],
    [{ sector: GOVERNMENT, governmentLevel: 'regional' }, 'I.10.2'],
    [{ sector: GOVERNMENT, governmentLevel: 'local' }, 'X.LOCAL'],
    [{ sector: 'Education (Member State option)' }, 'X.EDU'],
    [{ sector: 'Digital infrastructure (outside annex list)' }, 'X.DRS'],
    [{ sector: 'Energy' }, undefined],
    [electricity, 'I.1.a.1'],
  ] as [WizardAnswers, string | undefined][])('%j → %s', (answers, id) => {
    expect(entityTypeOf(answers)?.id).toBe(id);
  });
});

describe('stepsToAsk', () => {
  const cases: [string, WizardAnswers, StepId[], StepId[]][] = [
    ['nothing answered: only the sector', {}, ['sector'], ['entityType', 'size', 'cer']],
    ['a sector with types: the type next', { sector: 'Energy' }, ['sector', 'entityType'], ['size']],
    ['a sector that is its own type', { sector: 'Education (Member State option)' }, ['sector', 'cer'], ['entityType']],
    [
      'government: the level, never the size',
      { sector: GOVERNMENT, governmentLevel: 'central' },
      ['governmentLevel', 'cer'],
      ['entityType', 'size', 'activities', 'dora'],
    ],
    [
      'regional government: the risk assessment may matter',
      { sector: GOVERNMENT, governmentLevel: 'regional' },
      ['regionalAssessment'],
      ['size'],
    ],
    ['size-dependent type: the size', electricity, ['activities', 'size', 'cer'], ['dora', 'ocw', 'rootNameServers']],
    [
      'DNS is size-independent: no size, but the root-name-server question exists',
      dns,
      ['activities', 'cer'],
      ['size'],
    ],
    ['financial sector: DORA', bank, ['dora'], ['ocw']],
    ['other sector: no Annex designation', { sector: OTHER }, ['activities', 'cer'], ['designation', 'oes', 'dora']],
  ];
  it.each(cases)('%s', (_name, answers, included, excluded) => {
    const steps = stepsToAsk(answers);
    expect(steps).toEqual(expect.arrayContaining(included));
    for (const step of excluded) expect(steps).not.toContain(step);
  });

  it('keeps the questionnaire order', () => {
    const steps = stepsToAsk({ ...electricity, activities: [], employees: 10, turnover: 1, balance: 1 });
    expect(steps.indexOf('sector')).toBeLessThan(steps.indexOf('entityType'));
    expect(steps.indexOf('activities')).toBeLessThan(steps.indexOf('size'));
    expect(steps.indexOf('size')).toBeLessThan(steps.indexOf('cer'));
  });

  it('asks about a qualified trust service once the activity is ticked', () => {
    expect(stepsToAsk({ ...electricity, activities: ['tsp'] })).toContain('qualifiedTsp');
  });
});

describe('toScopeInput', () => {
  const asked = (...steps: StepId[]) => new Set<StepId>(steps);

  it('has nothing to send before the entity type is known', () => {
    expect(toScopeInput({ sector: 'Energy' }, asked('sector'))).toBeUndefined();
  });

  it('sends the type, the figures and the flags that were asked', () => {
    const input = toScopeInput(
      {
        ...electricity,
        activities: ['dns', 'tsp'],
        employees: 60,
        turnover: 12_000_000,
        balance: 5,
        cer: 'unknown',
        groupAggregated: true,
      },
      asked('sector', 'entityType', 'activities', 'size', 'cer'),
    );
    expect(input).toMatchObject({
      entity_type_ref: 'I.1.a.1',
      sector: 'Energy',
      employees: 60,
      annual_turnover_eur: 12_000_000,
      balance_sheet_total_eur: 5,
      flags: {
        dns_service_provider: true,
        trust_service_provider: true,
        designated_critical_entity_cer: 'unknown',
        group_aggregated: true,
      },
    });
  });

  it('figures of a size question not asked are unknown, not zero', () => {
    const input = toScopeInput({ ...dns, employees: 5 }, asked('sector', 'entityType'));
    expect(input).toMatchObject({
      employees: 'unknown',
      annual_turnover_eur: 'unknown',
      balance_sheet_total_eur: 'unknown',
    });
  });

  it('answers of questions not asked keep their defaults', () => {
    const input = toScopeInput(
      { ...electricity, dora: 'yes', designation: 'essential' },
      asked('sector', 'entityType'),
    );
    expect(input?.flags).toEqual({});
  });

  it('questions marked unknown are sent as unknown, activities as every activity flag', () => {
    const input = toScopeInput(electricity, asked('sector', 'entityType'), asked('activities', 'designation'));
    expect(input?.flags).toMatchObject({
      trust_service_provider: 'unknown',
      dns_service_provider: 'unknown',
      domain_name_registration_service: 'unknown',
      member_state_identified_2_2_b_to_e: 'unknown',
    });
  });

  it('maps designations: none → null, a class → the class', () => {
    const input = (designation: WizardAnswers['designation']) =>
      toScopeInput({ ...electricity, designation }, asked('designation'))?.flags;
    expect(input('none')).toEqual({ member_state_identified_2_2_b_to_e: null });
    expect(input('important')).toEqual({ member_state_identified_2_2_b_to_e: 'important' });
  });

  it('government sends its level', () => {
    expect(toScopeInput({ sector: GOVERNMENT, governmentLevel: 'local' }, asked('governmentLevel'))?.flags).toEqual({
      public_administration: 'local',
    });
  });
});

describe('isAnswered', () => {
  it.each([
    [{}, 'sector', false],
    [{ sector: 'Energy' }, 'sector', true],
    [{ activities: [] }, 'activities', true],
    [{}, 'activities', false],
    [{ employees: 1, turnover: 'unknown' }, 'size', false],
    [{ employees: 1, turnover: 'unknown', balance: 0 }, 'size', true],
  ] as [WizardAnswers, StepId, boolean][])('%j %s → %s', (answers, step, expected) => {
    expect(isAnswered(answers, step)).toBe(expected);
  });
});

describe('offeredActivities', () => {
  it('does not offer what the type already says', () => {
    expect(offeredActivities(entityTypeOf(dns)!)).not.toContain('dns');
    expect(offeredActivities(entityTypeOf(electricity)!)).toHaveLength(6);
  });
});
