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

// Issue 17 item 5: the group, previous-period, jurisdiction and exemption questions only where they can change
// the outcome.
describe('stepsToAsk: groups, periods, jurisdiction and exemptions (issue 17)', () => {
  const M = 1_000_000;
  const sized = (answers: WizardAnswers, employees: number, turnover: number, balance: number): WizardAnswers => ({
    ...answers,
    activities: [],
    employees,
    turnover,
    balance,
  });
  const cloud: WizardAnswers = { sector: 'Digital infrastructure', entityType: 'I.8.4' };
  const hospital: WizardAnswers = { sector: 'Health', entityType: 'I.5.1' };

  const cases: [string, WizardAnswers, StepId[], StepId[]][] = [
    ['Annex Art. 6(2): a small DSO is asked about its group', sized(electricity, 30, 5 * M, 5 * M), ['group'], []],
    [
      'Annex Art. 6(2): a large DSO is not: the group can only add',
      sized(electricity, 300, 80 * M, 60 * M),
      [],
      ['group'],
    ],
    [
      'Annex Art. 6(2): not when the figures already include the group',
      { ...sized(electricity, 30, 5 * M, 5 * M), groupAggregated: true },
      [],
      ['group'],
    ],
    [
      'Annex Art. 4(2): a medium DSO is asked about the previous period',
      sized(electricity, 100, 20 * M, 15 * M),
      ['previousPeriod'],
      [],
    ],
    [
      'a DNS provider: size-independent, no group or previous period',
      sized(dns, 5, 1, 1),
      [],
      ['size', 'group', 'previousPeriod'],
    ],
    [
      'NIS2 Art. 26(1)(b): a large cloud provider is asked where it is established',
      sized(cloud, 300, 80 * M, 60 * M),
      ['establishments'],
      [],
    ],
    [
      'NIS2 Art. 26(1)(b): not a micro cloud provider that nothing else brings into scope',
      {
        ...sized(cloud, 5, 1, 1),
        group: [],
        previousPeriod: { employees: 5, turnover: 1, balance: 1 },
        cer: 'no',
        designation: 'none',
        oes: 'no',
      },
      [],
      ['establishments'],
    ],
    [
      'NIS2 Art. 26(1): a hospital is not asked (Dutch jurisdiction assumed)',
      sized(hospital, 300, 80 * M, 60 * M),
      [],
      ['establishments', 'mainEstablishment'],
    ],
    [
      'NIS2 Art. 26(2): the main establishment only when established in several states',
      { ...sized(cloud, 300, 80 * M, 60 * M), establishedIn: ['DE', 'NL'] },
      ['mainEstablishment'],
      ['representative'],
    ],
    [
      'NIS2 Art. 26(2): no main-establishment question with one establishment',
      { ...sized(cloud, 300, 80 * M, 60 * M), establishedIn: ['NL'] },
      [],
      ['mainEstablishment', 'representative'],
    ],
    [
      'NIS2 Art. 26(3): the representative when not established in the EU',
      { ...sized(cloud, 300, 80 * M, 60 * M), establishedIn: [] },
      ['representative'],
      ['mainEstablishment'],
    ],
    [
      'NIS2 Art. 2(10): a bank is asked about a DORA Art. 2(4) exemption',
      sized(bank, 300, 80 * M, 60 * M),
      ['doraExempted', 'dora'],
      [],
    ],
    [
      'Cbw art. 7: once exempted, DORA itself is not asked',
      { ...sized(bank, 300, 80 * M, 60 * M), doraExempted: 'yes' },
      ['doraExempted'],
      ['dora'],
    ],
    [
      'NIS2 Art. 2(8): an in-scope organisation is asked about a national-security exemption',
      sized(electricity, 300, 80 * M, 60 * M),
      ['nationalSecurityExempted'],
      [],
    ],
    [
      'NIS2 Art. 2(8): not an organisation outside any Annex',
      { sector: OTHER, activities: [], cer: 'no' },
      [],
      ['nationalSecurityExempted'],
    ],
  ];
  it.each(cases)('%s', (_name, answers, included, excluded) => {
    const steps = stepsToAsk(answers);
    expect(steps).toEqual(expect.arrayContaining(included));
    for (const step of excluded) expect(steps).not.toContain(step);
  });
});

describe('toScopeInput: groups, periods, places and exemptions (issue 17)', () => {
  const asked = (...steps: StepId[]) => new Set<StepId>(steps);

  it('sends the group enterprises, partners with their share and linked without', () => {
    const input = toScopeInput(
      {
        ...electricity,
        employees: 30,
        turnover: 1,
        balance: 1,
        group: [
          { relation: 'partner', sharePct: 30, employees: 10, turnover: 2, balance: 3 },
          { relation: 'linked', sharePct: 80, employees: 1, turnover: 1, balance: 1 },
        ],
      },
      asked('size', 'group'),
    );
    expect(input?.linked_enterprises).toEqual([
      { relation: 'partner', share_pct: 30, employees: 10, annual_turnover_eur: 2, balance_sheet_total_eur: 3 },
      { relation: 'linked', share_pct: null, employees: 1, annual_turnover_eur: 1, balance_sheet_total_eur: 1 },
    ]);
  });

  it('"no group" is an empty list; "weet ik niet" and a question still open are unknown; not asked is left out', () => {
    expect(toScopeInput({ ...electricity, group: [] }, asked('group'))?.linked_enterprises).toEqual([]);
    expect(toScopeInput({ ...electricity, group: 'unknown' }, asked('group'))?.linked_enterprises).toBe('unknown');
    expect(toScopeInput(electricity, asked(), asked('group', 'previousPeriod'))).toMatchObject({
      linked_enterprises: 'unknown',
      previous_period: 'unknown',
    });
    expect(toScopeInput({ ...electricity, group: [] }, asked())).not.toHaveProperty('linked_enterprises');
  });

  it('sends the previous period, the places and the exemption flags', () => {
    const input = toScopeInput(
      {
        ...electricity,
        previousPeriod: { employees: 200, turnover: 40, balance: 30 },
        establishedIn: ['DE', 'NL'],
        mainEstablishment: 'DE',
        doraExempted: 'no',
        nationalSecurityExempted: 'yes',
      },
      asked('previousPeriod', 'establishments', 'mainEstablishment', 'doraExempted', 'nationalSecurityExempted'),
    );
    expect(input).toMatchObject({
      previous_period: { employees: 200, annual_turnover_eur: 40, balance_sheet_total_eur: 30 },
      member_states_established: ['DE', 'NL'],
      main_establishment_member_state: 'DE',
      flags: { dora_exempted_2_4: false, national_security_exempted: true },
    });
  });

  it('NIS2 Art. 26(3): a representative, or none (then the services in the Netherlands decide)', () => {
    const withRep = toScopeInput(
      { ...electricity, establishedIn: [], representative: 'IE' },
      asked('establishments', 'representative'),
    );
    expect(withRep).toMatchObject({ member_states_established: [], eu_representative_member_state: 'IE' });
    const none = toScopeInput(
      { ...electricity, establishedIn: [], representative: 'none' },
      asked('establishments', 'representative'),
    );
    expect(none).toMatchObject({ member_states_served: ['NL'] });
    expect(none).not.toHaveProperty('eu_representative_member_state');
  });
});
