import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessIncidentSignificance,
  INCIDENT_IMPACT_FACTS,
  IncidentImpactSchema,
  listSignificanceCriteria,
  recurrenceFromInput,
  SIGNIFICANCE_ENTITY_TYPE_CATALOGUE,
  SIGNIFICANCE_ENTITY_TYPES,
  type IncidentImpact,
  type RecurrenceInput,
  type SignificanceEntityType,
} from '../../src/incidents/index.ts';

// Every fact known and harmless: nothing is significant. Each case changes only what it tests.
const QUIET: IncidentImpact = {
  financialLossEur: 0,
  annualTurnoverEur: 10_000_000,
  tradeSecretsExfiltrated: false,
  death: false,
  considerableHealthDamage: false,
  unauthorisedAccess: false,
  accessSuspectedMalicious: false,
  suspectedMalicious: false,
  severeOperationalDisruption: false,
  dataCompromiseSuspectedMalicious: false,
  completeUnavailabilityMinutes: 0,
  limitedAvailabilityMinutes: 0,
  weeklyUnavailabilityMinutes: 0,
  averageResponseTimeSeconds: 0,
  slowResponseMinutes: 0,
  totalUsers: 10_000_000,
  usersAffected: 0,
  usersWithoutService: 0,
  usersAffectedByDataCompromise: 0,
  confidentialityCompromised: false,
  integrityCompromised: false,
  authenticityCompromised: false,
  dnsMisconfigurationOnly: false,
  incorrectDomainNames: 0,
  managedDomainNames: 1_000_000,
  physicalAccessCompromised: false,
  severeFinancialLoss: false,
  considerableDamageToOthers: false,
};

// No recurring incident: this one alone (Impl. Reg. 2024/2690 Art. 4 facts, as the CLI gives them).
const QUIET_RECURRENCE: RecurrenceInput = { sameRootCauseIncidents: 1, combinedLossEur: 0 };

type Case = [name: string, changes: Partial<IncidentImpact>, met: string[], recurrence?: RecurrenceInput];

function expectCases(entityType: SignificanceEntityType, cases: Case[]): void {
  it.each(cases)('%s', (_name, changes, met, recurrence = QUIET_RECURRENCE) => {
    const result = assessIncidentSignificance(entityType, { ...QUIET, ...changes }, recurrenceFromInput(recurrence));
    expect(result.criteriaMet.map((c) => c.id)).toEqual(met);
    expect(result.outcome).toBe(met.length > 0 ? 'significant' : 'not_significant');
  });
}

const DIGITAL_TYPES = SIGNIFICANCE_ENTITY_TYPES.filter((t) => t !== 'other');

describe('catalogue', () => {
  it('covers the eleven entity types of Impl. Reg. 2024/2690 Art. 1, each with its article', () => {
    expect(DIGITAL_TYPES).toHaveLength(11);
    for (const type of DIGITAL_TYPES) {
      expect(SIGNIFICANCE_ENTITY_TYPE_CATALOGUE[type].criteriaSource).toMatch(
        /^Impl\. Reg\. 2024\/2690 Arts\. 3, 4 and \d+$/,
      );
      for (const criterion of listSignificanceCriteria(type))
        expect(criterion.article).toMatch(/2024\/2690 Arts?\. \d/);
    }
  });

  it('finds nothing significant in the quiet baseline, for every entity type', () => {
    for (const type of SIGNIFICANCE_ENTITY_TYPES) {
      expect(assessIncidentSignificance(type, QUIET, recurrenceFromInput(QUIET_RECURRENCE)).outcome).toBe(
        'not_significant',
      );
    }
  });
});

describe('general criteria, Impl. Reg. 2024/2690 Arts. 3(1) and 4 (for every digital entity type)', () => {
  const cases: Case[] = [
    // 5 % of EUR 20 m = EUR 1 m, so the lower EUR 500 000 applies.
    ['loss exactly EUR 500 000 (turnover 20 m)', { annualTurnoverEur: 20_000_000, financialLossEur: 500_000 }, []],
    ['loss EUR 500 001 (turnover 20 m)', { annualTurnoverEur: 20_000_000, financialLossEur: 500_001 }, ['art3_1a']],
    // 5 % of EUR 4 m = EUR 200 000 is lower.
    [
      'loss exactly 5 % of turnover (EUR 200 000 of 4 m)',
      { annualTurnoverEur: 4_000_000, financialLossEur: 200_000 },
      [],
    ],
    ['loss just over 5 % of turnover', { annualTurnoverEur: 4_000_000, financialLossEur: 200_000.01 }, ['art3_1a']],
    ['trade secrets exfiltrated', { tradeSecretsExfiltrated: true }, ['art3_1b']],
    ['death', { death: true }, ['art3_1c']],
    ['considerable health damage', { considerableHealthDamage: true }, ['art3_1d']],
    [
      'Art. 3(1)(e): malicious unauthorised access able to disrupt severely',
      { unauthorisedAccess: true, accessSuspectedMalicious: true, severeOperationalDisruption: true },
      ['art3_1e'],
    ],
    [
      'Art. 3(1)(e): unauthorised access, not suspected malicious',
      { unauthorisedAccess: true, severeOperationalDisruption: true },
      [],
    ],
    [
      'Art. 3(1)(e): malicious access without severe disruption potential',
      { unauthorisedAccess: true, accessSuspectedMalicious: true },
      [],
    ],
    [
      // Rules .1 read one `suspectedMalicious` fact for Art. 3(1)(e): now that is the early warning's question only.
      'Art. 3(1)(e): an incident suspected malicious (early warning) is not a malicious access',
      { unauthorisedAccess: true, suspectedMalicious: true, severeOperationalDisruption: true },
      [],
    ],
    [
      'Art. 3(1)(e): a malicious cause of a data compromise is not a malicious access',
      { unauthorisedAccess: true, dataCompromiseSuspectedMalicious: true, severeOperationalDisruption: true },
      [],
    ],
    [
      'Art. 4: twice in 6 months, together EUR 500 001',
      {},
      ['art4'],
      { sameRootCauseIncidents: 2, combinedLossEur: 500_001 },
    ],
    ['Art. 4: twice, together exactly EUR 500 000', {}, [], { sameRootCauseIncidents: 2, combinedLossEur: 500_000 }],
    [
      'Art. 4: twice, together just over 5 % of turnover (EUR 200 000.01 of 4 m)',
      { annualTurnoverEur: 4_000_000 },
      ['art4'],
      { sameRootCauseIncidents: 2, combinedLossEur: 200_000.01 },
    ],
    [
      'Art. 4: twice, together exactly 5 % of turnover',
      { annualTurnoverEur: 4_000_000 },
      [],
      { sameRootCauseIncidents: 2, combinedLossEur: 200_000 },
    ],
    [
      'Art. 4: one incident above the threshold is not recurrence',
      {},
      [],
      { sameRootCauseIncidents: 1, combinedLossEur: 900_000 },
    ],
  ];
  for (const type of DIGITAL_TYPES) {
    describe(type, () => expectCases(type, cases));
  }

  it('scheduled maintenance is excluded (Art. 3(2))', () => {
    const result = assessIncidentSignificance('cloud_computing_service_provider', {
      ...QUIET,
      completeUnavailabilityMinutes: 240,
      limitedAvailabilityMinutes: 240,
      plannedMaintenanceOnly: true,
    });
    expect(result.outcome).toBe('not_significant');
    expect(result.exclusion?.article).toBe('Impl. Reg. 2024/2690 Art. 3(2)');
  });
});

describe('DNS service providers, Art. 5', () => {
  expectCases('dns_service_provider', [
    [
      'completely unavailable exactly 30 min',
      { completeUnavailabilityMinutes: 30, limitedAvailabilityMinutes: 30 },
      [],
    ],
    ['completely unavailable 31 min', { completeUnavailabilityMinutes: 31, limitedAvailabilityMinutes: 31 }, ['art5a']],
    ['response time 11 s for exactly one hour', { averageResponseTimeSeconds: 11, slowResponseMinutes: 60 }, []],
    ['response time exactly 10 s for 61 min', { averageResponseTimeSeconds: 10, slowResponseMinutes: 61 }, []],
    ['response time 10.5 s for 61 min', { averageResponseTimeSeconds: 10.5, slowResponseMinutes: 61 }, ['art5b']],
    ['data integrity compromised', { integrityCompromised: true }, ['art5c']],
    [
      'misconfiguration of 999 names = 1 % of managed: excepted',
      {
        integrityCompromised: true,
        dnsMisconfigurationOnly: true,
        incorrectDomainNames: 999,
        managedDomainNames: 99_900,
      },
      [],
    ],
    [
      'misconfiguration of 999 names > 1 % of managed',
      {
        integrityCompromised: true,
        dnsMisconfigurationOnly: true,
        incorrectDomainNames: 999,
        managedDomainNames: 99_899,
      },
      ['art5c'],
    ],
    [
      'misconfiguration of 1 000 names (not fewer than 1 000)',
      {
        integrityCompromised: true,
        dnsMisconfigurationOnly: true,
        incorrectDomainNames: 1_000,
        managedDomainNames: 1_000_000,
      },
      ['art5c'],
    ],
    [
      'misconfiguration of 10 names out of 1 000 (exactly 1 %): excepted',
      {
        integrityCompromised: true,
        dnsMisconfigurationOnly: true,
        incorrectDomainNames: 10,
        managedDomainNames: 1_000,
      },
      [],
    ],
  ]);
});

describe('TLD name registries, Art. 6', () => {
  expectCases('tld_name_registry', [
    [
      'completely unavailable for half a minute (no minimum duration)',
      { completeUnavailabilityMinutes: 0.5, limitedAvailabilityMinutes: 0.5 },
      ['art6a'],
    ],
    ['response time 12 s for 61 min', { averageResponseTimeSeconds: 12, slowResponseMinutes: 61 }, ['art6b']],
    ['response time 12 s for exactly 60 min', { averageResponseTimeSeconds: 12, slowResponseMinutes: 60 }, []],
    ['authenticity of TLD operation data compromised', { authenticityCompromised: true }, ['art6c']],
  ]);
});

// Arts. 7, 9 and 10 have the same shape; with 10 m users 5 % (500 000) is below the 1 m cap.
const serviceProviderCases = (article: number): Case[] => [
  ['completely unavailable exactly 30 min', { completeUnavailabilityMinutes: 30, limitedAvailabilityMinutes: 30 }, []],
  [
    'completely unavailable 31 min',
    { completeUnavailabilityMinutes: 31, limitedAvailabilityMinutes: 31 },
    [`art${article}a`],
  ],
  ['limited for exactly 5 % of users for 61 min', { usersAffected: 500_000, limitedAvailabilityMinutes: 61 }, []],
  [
    'limited for 5 % + 1 users for 61 min',
    { usersAffected: 500_001, limitedAvailabilityMinutes: 61 },
    [`art${article}b`],
  ],
  ['limited for 5 % + 1 users for exactly 60 min', { usersAffected: 500_001, limitedAvailabilityMinutes: 60 }, []],
  [
    '100 m users: exactly 1 000 000 limited (cap)',
    { totalUsers: 100_000_000, usersAffected: 1_000_000, limitedAvailabilityMinutes: 61 },
    [],
  ],
  [
    '100 m users: 1 000 001 limited',
    { totalUsers: 100_000_000, usersAffected: 1_000_001, limitedAvailabilityMinutes: 61 },
    [`art${article}b`],
  ],
  [
    `Art. ${article}(c): confidentiality compromised by suspected malicious action`,
    { confidentialityCompromised: true, dataCompromiseSuspectedMalicious: true },
    [`art${article}c`],
  ],
  [
    // Rules .1 read one `suspectedMalicious` fact for both: a malicious access says nothing about how data were compromised.
    `Art. ${article}(c): data compromised accidentally during a malicious access`,
    { confidentialityCompromised: true, unauthorisedAccess: true, accessSuspectedMalicious: true },
    [],
  ],
  [
    `Art. ${article}(c): the early warning's suspicion alone decides nothing`,
    { confidentialityCompromised: true, suspectedMalicious: true },
    [],
  ],
  [
    'integrity compromised, not malicious, few users',
    { integrityCompromised: true, usersAffectedByDataCompromise: 500_000 },
    [],
  ],
  [
    'integrity compromised for 5 % + 1 users',
    { integrityCompromised: true, usersAffectedByDataCompromise: 500_001 },
    [`art${article}d`],
  ],
];

describe('cloud computing service providers, Art. 7', () =>
  expectCases('cloud_computing_service_provider', serviceProviderCases(7)));
describe('content delivery network providers, Art. 9', () =>
  expectCases('content_delivery_network_provider', serviceProviderCases(9)));
describe('managed service providers, Art. 10', () => expectCases('managed_service_provider', serviceProviderCases(10)));
describe('managed security service providers, Art. 10', () =>
  expectCases('managed_security_service_provider', serviceProviderCases(10)));

describe('data centre service providers, Art. 8', () => {
  expectCases('data_centre_service_provider', [
    [
      'completely unavailable for one minute (no minimum duration)',
      { completeUnavailabilityMinutes: 1, limitedAvailabilityMinutes: 1 },
      ['art8a'],
    ],
    ['limited for exactly 60 min', { limitedAvailabilityMinutes: 60 }, []],
    ['limited for 61 min (no user threshold)', { limitedAvailabilityMinutes: 61, usersAffected: 1 }, ['art8b']],
    [
      'Art. 8(c): data compromised by suspected malicious action',
      { integrityCompromised: true, dataCompromiseSuspectedMalicious: true },
      ['art8c'],
    ],
    ['data compromised, not malicious', { integrityCompromised: true, usersAffectedByDataCompromise: 9_000_000 }, []],
    ['physical access compromised', { physicalAccessCompromised: true }, ['art8d']],
  ]);
});

const platformCases = (article: number): Case[] => [
  [
    'no service for exactly 5 % of users',
    { usersWithoutService: 500_000, usersAffected: 500_000, limitedAvailabilityMinutes: 5 },
    [],
  ],
  [
    'no service for 5 % + 1 users (no minimum duration)',
    { usersWithoutService: 500_001, usersAffected: 500_001, limitedAvailabilityMinutes: 1 },
    [`art${article}a`, `art${article}b`],
  ],
  ['limited for 5 % + 1 users', { usersAffected: 500_001, limitedAvailabilityMinutes: 1 }, [`art${article}b`]],
  [
    '100 m users: 1 000 001 without service',
    {
      totalUsers: 100_000_000,
      usersWithoutService: 1_000_001,
      usersAffected: 1_000_001,
      limitedAvailabilityMinutes: 1,
    },
    [`art${article}a`, `art${article}b`],
  ],
  [
    `Art. ${article}(c): authenticity compromised by suspected malicious action`,
    { authenticityCompromised: true, dataCompromiseSuspectedMalicious: true },
    [`art${article}c`],
  ],
  [
    'confidentiality compromised for 5 % + 1 users',
    { confidentialityCompromised: true, usersAffectedByDataCompromise: 500_001 },
    [`art${article}d`],
  ],
];

describe('online marketplaces, Art. 11', () => expectCases('online_marketplace_provider', platformCases(11)));
describe('online search engines, Art. 12', () => expectCases('online_search_engine_provider', platformCases(12)));
describe('social networking platforms, Art. 13', () =>
  expectCases('social_networking_platform_provider', platformCases(13)));

describe('trust service providers, Art. 14', () => {
  expectCases('trust_service_provider', [
    [
      'completely unavailable exactly 20 min',
      { completeUnavailabilityMinutes: 20, limitedAvailabilityMinutes: 20, weeklyUnavailabilityMinutes: 20 },
      [],
    ],
    [
      'completely unavailable 21 min',
      { completeUnavailabilityMinutes: 21, limitedAvailabilityMinutes: 21, weeklyUnavailabilityMinutes: 21 },
      ['art14a'],
    ],
    ['unavailable exactly 60 min in the calendar week', { weeklyUnavailabilityMinutes: 60 }, []],
    ['unavailable 61 min in the calendar week', { weeklyUnavailabilityMinutes: 61 }, ['art14b']],
    // 10 m users: 1 % = 100 000 is below the 200 000 cap.
    ['limited for exactly 1 % of users', { usersAffected: 100_000, limitedAvailabilityMinutes: 5 }, []],
    ['limited for 1 % + 1 users', { usersAffected: 100_001, limitedAvailabilityMinutes: 5 }, ['art14c']],
    [
      '50 m users: exactly 200 000 limited (cap)',
      { totalUsers: 50_000_000, usersAffected: 200_000, limitedAvailabilityMinutes: 5 },
      [],
    ],
    [
      '50 m users: 200 001 limited',
      { totalUsers: 50_000_000, usersAffected: 200_001, limitedAvailabilityMinutes: 5 },
      ['art14c'],
    ],
    ['physical access to a restricted area compromised', { physicalAccessCompromised: true }, ['art14d']],
    // 10 m users: 0.1 % = 10 000, so the 100 cap applies.
    ['data compromised for exactly 100 users', { integrityCompromised: true, usersAffectedByDataCompromise: 100 }, []],
    ['data compromised for 101 users', { integrityCompromised: true, usersAffectedByDataCompromise: 101 }, ['art14e']],
    // 50 000 users: 0.1 % = 50 is below the cap.
    [
      '50 000 users: data compromised for exactly 50',
      { totalUsers: 50_000, integrityCompromised: true, usersAffectedByDataCompromise: 50 },
      [],
    ],
    [
      '50 000 users: data compromised for 51',
      { totalUsers: 50_000, integrityCompromised: true, usersAffectedByDataCompromise: 51 },
      ['art14e'],
    ],
  ]);
});

// Art. 14 read as a whole: (a) and (b) measure how long the trust service is unavailable, (c) counts users
// impacted by *limited* availability. Users cut off completely count under (a)/(b) by duration, not under (c).
// 10 m users: 1 % = 100 000 is below the 200 000 cap of (c).
const outage = (minutes: number, cutOff: number, affected = cutOff): Partial<IncidentImpact> => ({
  completeUnavailabilityMinutes: minutes,
  limitedAvailabilityMinutes: minutes,
  weeklyUnavailabilityMinutes: minutes,
  usersWithoutService: cutOff,
  usersAffected: affected,
});
describe('trust service providers, Art. 14 boundaries (each threshold: at, just below, just above)', () => {
  expectCases('trust_service_provider', [
    // Was wrongly significant under Art. 14(c): a short complete outage is for (a) to judge.
    ['Art. 14(c): 1-minute complete outage for all users is not (c)', outage(1, 10_000_000), []],
    ['Art. 14(a): complete outage 19 min (below) for all users', outage(19, 10_000_000), []],
    ['Art. 14(a): complete outage exactly 20 min for all users', outage(20, 10_000_000), []],
    ['Art. 14(a): complete outage 21 min (above) for all users', outage(21, 10_000_000), ['art14a']],
    ['Art. 14(b): 59 min unavailable in the calendar week', { weeklyUnavailabilityMinutes: 59 }, []],
    ['Art. 14(b): exactly 60 min unavailable in the calendar week', { weeklyUnavailabilityMinutes: 60 }, []],
    ['Art. 14(b): 61 min unavailable in the calendar week', { weeklyUnavailabilityMinutes: 61 }, ['art14b']],
    ['Art. 14(c): 99 999 limited (below 1 %)', { usersAffected: 99_999, limitedAvailabilityMinutes: 5 }, []],
    ['Art. 14(c): exactly 100 000 limited (1 %)', { usersAffected: 100_000, limitedAvailabilityMinutes: 5 }, []],
    ['Art. 14(c): 100 001 limited (above 1 %)', { usersAffected: 100_001, limitedAvailabilityMinutes: 5 }, ['art14c']],
    [
      'Art. 14(c): 50 m users, 199 999 limited (below the cap)',
      { totalUsers: 50_000_000, usersAffected: 199_999, limitedAvailabilityMinutes: 5 },
      [],
    ],
    [
      'Art. 14(c): 50 m users, exactly 200 000 limited (cap)',
      { totalUsers: 50_000_000, usersAffected: 200_000, limitedAvailabilityMinutes: 5 },
      [],
    ],
    [
      'Art. 14(c): 50 m users, 200 001 limited (above the cap)',
      { totalUsers: 50_000_000, usersAffected: 200_001, limitedAvailabilityMinutes: 5 },
      ['art14c'],
    ],
    // Users cut off are left out of (c); the rest of the affected users still count.
    ['Art. 14(c): 5 min, 1 m cut off, 100 000 more limited', outage(5, 1_000_000, 1_100_000), []],
    ['Art. 14(c): 5 min, 1 m cut off, 100 001 more limited', outage(5, 1_000_000, 1_100_001), ['art14c']],
    [
      'Art. 14(a) and (c): 21 min, 1 m cut off, 100 001 more limited',
      outage(21, 1_000_000, 1_100_001),
      ['art14a', 'art14c'],
    ],
  ]);

  it('Art. 14(c): with more than the threshold affected, users cut off are a missing fact', () => {
    const { usersWithoutService: _omitted, ...impact } = { ...QUIET, usersAffected: 200_001 };
    const result = assessIncidentSignificance('trust_service_provider', impact, recurrenceFromInput(QUIET_RECURRENCE));
    expect(result.outcome).toBe('unknown');
    expect(result.missingFacts).toEqual(['usersWithoutService']);
  });

  it('Art. 14(c): at most the threshold affected is decided without the users cut off', () => {
    const { usersWithoutService: _omitted, ...impact } = { ...QUIET, usersAffected: 100_000 };
    expect(
      assessIncidentSignificance('trust_service_provider', impact, recurrenceFromInput(QUIET_RECURRENCE)).outcome,
    ).toBe('not_significant');
  });
});

describe('other entity types: NIS2 Art. 23(3) itself', () => {
  expectCases('other', [
    ['severe operational disruption', { severeOperationalDisruption: true }, ['nis2_23_3a_disruption']],
    ['severe financial loss', { severeFinancialLoss: true }, ['nis2_23_3a_financial']],
    ['considerable damage to others', { considerableDamageToOthers: true }, ['nis2_23_3b_damage']],
    ['death', { death: true }, ['nis2_23_3b_death']],
    [
      'Implementing Regulation thresholds do not apply',
      { financialLossEur: 9_000_000, completeUnavailabilityMinutes: 600, limitedAvailabilityMinutes: 600 },
      [],
    ],
  ]);
});

describe('unknown facts', () => {
  it('nothing known: unknown, with every fact that could decide', () => {
    const result = assessIncidentSignificance('trust_service_provider', {});
    expect(result.outcome).toBe('unknown');
    expect(result.missingFacts).toEqual(
      expect.arrayContaining([
        'completeUnavailabilityMinutes',
        'weeklyUnavailabilityMinutes',
        'physicalAccessCompromised',
        'annualTurnoverEur',
      ]),
    );
    expect(result.undecidedCriteria.map((c) => c.id)).toContain('art14e');
  });

  it('more than the cap is decisive without knowing the total', () => {
    const result = assessIncidentSignificance('cloud_computing_service_provider', {
      usersAffected: 1_000_001,
      limitedAvailabilityMinutes: 90,
    });
    expect(result.outcome).toBe('significant');
    expect(result.criteriaMet.map((c) => c.id)).toEqual(['art7b']);
  });

  it('below the cap, the total decides', () => {
    const result = assessIncidentSignificance(
      'cloud_computing_service_provider',
      { ...QUIET, totalUsers: null, usersAffected: 600_000, limitedAvailabilityMinutes: 90 },
      recurrenceFromInput(QUIET_RECURRENCE),
    );
    expect(result.outcome).toBe('unknown');
    expect(result.missingFacts).toEqual(['totalUsers']);
    expect(result.undecidedCriteria.map((c) => c.id)).toEqual(['art7b']);
  });

  it('a loss above EUR 500 000 is significant whatever the turnover', () => {
    const result = assessIncidentSignificance('dns_service_provider', { financialLossEur: 500_001 });
    expect(result.outcome).toBe('significant');
  });

  it('a short outage leaves no missing fact for the availability criterion it decides', () => {
    const result = assessIncidentSignificance(
      'managed_service_provider',
      { ...QUIET, usersAffected: null, limitedAvailabilityMinutes: 30, completeUnavailabilityMinutes: 0 },
      recurrenceFromInput(QUIET_RECURRENCE),
    );
    expect(result.outcome).toBe('not_significant');
  });

  it('rejects inconsistent facts', () => {
    expect(() =>
      assessIncidentSignificance('cloud_computing_service_provider', { totalUsers: 10, usersAffected: 11 }),
    ).toThrow(/usersAffected/);
    expect(() =>
      assessIncidentSignificance('cloud_computing_service_provider', {
        completeUnavailabilityMinutes: 40,
        limitedAvailabilityMinutes: 30,
      }),
    ).toThrow();
    expect(() => assessIncidentSignificance('cloud_computing_service_provider', { usersAffected: -1 })).toThrow();
    expect(() => assessIncidentSignificance('cloud_computing_service_provider', { usersAffectedTypo: 1 })).toThrow();
  });
});

// Full, consistent impact facts, biased towards the thresholds of the law.
const impactArbitrary: fc.Arbitrary<IncidentImpact> = fc
  .record({
    totalUsers: fc.constantFrom(0, 100, 50_000, 10_000_000, 100_000_000),
    fractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    minutes: fc.array(fc.constantFrom(0, 0.5, 20, 21, 30, 31, 60, 61, 600), { minLength: 3, maxLength: 3 }),
    money: fc.array(fc.constantFrom(0, 200_000, 200_001, 500_000, 500_001, 4_000_000, 20_000_000), {
      minLength: 3,
      maxLength: 3,
    }),
    flags: fc.array(fc.boolean(), { minLength: 18, maxLength: 18 }),
    responseSeconds: fc.constantFrom(0, 10, 11),
    domains: fc.constantFrom([0, 1_000], [10, 1_000], [999, 99_900], [999, 99_899], [1_000, 1_000_000]),
  })
  .map(({ totalUsers, fractions, minutes, money, flags, responseSeconds, domains }) => {
    const [fAffected = 0, fWithout = 0, fData = 0] = fractions;
    const usersAffected = Math.floor(totalUsers * fAffected);
    const [complete = 0, extra = 0, weekly = 0] = minutes;
    const f = (i: number): boolean => flags[i] ?? false;
    return {
      financialLossEur: money[0],
      annualTurnoverEur: money[1],
      tradeSecretsExfiltrated: f(0) && f(1),
      death: f(2) && f(3),
      considerableHealthDamage: f(4) && f(3),
      unauthorisedAccess: f(5),
      accessSuspectedMalicious: f(6),
      suspectedMalicious: f(16),
      dataCompromiseSuspectedMalicious: f(17),
      severeOperationalDisruption: f(7),
      completeUnavailabilityMinutes: complete,
      limitedAvailabilityMinutes: complete + extra,
      weeklyUnavailabilityMinutes: weekly,
      averageResponseTimeSeconds: responseSeconds,
      slowResponseMinutes: extra,
      totalUsers,
      usersAffected,
      usersWithoutService: Math.floor(usersAffected * fWithout),
      usersAffectedByDataCompromise: Math.floor(totalUsers * fData),
      confidentialityCompromised: f(8) && f(9),
      integrityCompromised: f(10) && f(9),
      authenticityCompromised: f(11) && f(9),
      dnsMisconfigurationOnly: f(12),
      incorrectDomainNames: domains[0],
      managedDomainNames: domains[1],
      physicalAccessCompromised: f(13) && f(1),
      severeFinancialLoss: f(14),
      considerableDamageToOthers: f(15),
    };
  });

describe('properties', () => {
  it('generated facts are valid', () => {
    fc.assert(fc.property(impactArbitrary, (impact) => void IncidentImpactSchema.parse(impact)));
  });

  // The Art. 4 facts as the CLI gives them; the property hides them like any other fact.
  const recurrenceArbitrary = fc.record({
    sameRootCauseIncidents: fc.constantFrom(1, 2, 3),
    combinedLossEur: fc.constantFrom(0, 200_000, 200_001, 500_000, 500_001),
  });
  const RECURRENCE_KEYS = ['sameRootCauseIncidents', 'sameRootCauseCombinedLossEur'] as const;
  const hideRecurrence = (r: RecurrenceInput, hidden: readonly string[]) =>
    recurrenceFromInput({
      sameRootCauseIncidents: hidden.includes('sameRootCauseIncidents') ? null : r.sameRootCauseIncidents,
      combinedLossEur: hidden.includes('sameRootCauseCombinedLossEur') ? null : r.combinedLossEur,
    });

  it('hiding facts never changes a decided outcome: it stays, or becomes unknown', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SIGNIFICANCE_ENTITY_TYPES),
        impactArbitrary,
        recurrenceArbitrary,
        fc.subarray([...INCIDENT_IMPACT_FACTS, ...RECURRENCE_KEYS]),
        (type, impact, recurrence, hidden) => {
          const full = assessIncidentSignificance(type, impact, recurrenceFromInput(recurrence));
          expect(full.outcome).not.toBe('unknown');
          const partialFacts: Record<string, unknown> = { ...impact };
          for (const key of hidden) delete partialFacts[key];
          const partial = assessIncidentSignificance(type, partialFacts, hideRecurrence(recurrence, hidden));
          if (partial.outcome !== 'unknown') expect(partial.outcome).toBe(full.outcome);
          // In particular, a significant finding never turns into not_significant.
          if (full.outcome === 'significant') expect(partial.outcome).not.toBe('not_significant');
          // What is reported missing was in fact hidden, and only an unknown outcome reports anything.
          for (const fact of partial.missingFacts) expect(hidden).toContain(fact);
          expect(partial.missingFacts.length > 0).toBe(partial.outcome === 'unknown');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('revealing the missing facts decides an unknown outcome', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SIGNIFICANCE_ENTITY_TYPES),
        impactArbitrary,
        recurrenceArbitrary,
        fc.subarray([...INCIDENT_IMPACT_FACTS, ...RECURRENCE_KEYS]),
        (type, impact, recurrence, hidden) => {
          const partialFacts: Record<string, unknown> = { ...impact };
          for (const key of hidden) delete partialFacts[key];
          const partial = assessIncidentSignificance(type, partialFacts, hideRecurrence(recurrence, hidden));
          for (const fact of partial.missingFacts)
            if (fact in impact) partialFacts[fact] = impact[fact as keyof IncidentImpact];
          const stillHidden = hidden.filter((h) => !partial.missingFacts.includes(h));
          expect(
            assessIncidentSignificance(type, partialFacts, hideRecurrence(recurrence, stillHidden)).outcome,
          ).not.toBe('unknown');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
