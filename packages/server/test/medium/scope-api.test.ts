// The scope API: every worked case through POST /scope-evaluations (same outcomes as the CLI), unknown answers,
// bad input naming the field, saving to the organisation's history with an audit event, tenancy and roles.
import { SCOPE_RULES_VERSION } from '@weerbaar/core/scope';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import examplesFile from '../../../core/test/fixtures/scope-examples.json' with { type: 'json' };
import { findLatestScopeAssessment } from '../../src/services/scope/index.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

interface Example {
  id: string;
  title: string;
  input: Record<string, unknown> & { flags?: Record<string, unknown> };
  derived: { size_class_rec_2003_361: string };
  expected: { eu: { classification: string; decided_by: string }; nl: { classification: string; decided_by: string } };
}
const examples = (examplesFile as unknown as { cases: Example[] }).cases;
const dso = examples.find((c) => c.id === 'SC-001')!.input;
// The wizard asks a municipality no figures: they are sent as 'unknown'.
const MUNICIPALITY = {
  sector: 'Public administration — local level (Member State option)',
  subsector: null,
  entity_type_ref: 'X.LOCAL',
  employees: 'unknown',
  annual_turnover_eur: 'unknown',
  balance_sheet_total_eur: 'unknown',
  flags: { public_administration: 'local' },
};

const t = useTestDatabase();
let app: FastifyInstance;
let acme: TestOrg;
let other: TestOrg;

async function countAssessments(): Promise<number> {
  const row = await t.db
    .selectFrom('scope_assessments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  app = await buildTestApp(t.db);
  acme = await createTestOrg(t.db, 'Acme Scope BV', 'entity', ['owner', 'risk-manager', 'auditor', 'incident-handler']);
  other = await createTestOrg(t.db, 'Other Scope BV', 'entity', ['owner']);
});

describe('POST /api/v1/scope-evaluations (anonymous, stateless)', () => {
  it.each(examples.map((c) => [`${c.id} ${c.title}`, c] as const))('%s', async (_name, c) => {
    const res = await new TestClient(app).post('/api/v1/scope-evaluations', c.input);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.outcome).toBe('definite');
    expect({ eu: body.eu, nl: body.nl }).toEqual(c.expected);
    expect(body.size_class).toBe(c.derived.size_class_rec_2003_361.split(' ')[0]);
    expect(body.rules_version).toBe(SCOPE_RULES_VERSION);
    expect(body.reasons.length).toBeGreaterThan(0);
    expect(body.reasons.filter((r: { decisive?: boolean }) => r.decisive)).toHaveLength(2);
    expect(Array.isArray(body.obligations)).toBe(true);
  });

  it('stores nothing', async () => {
    expect(await countAssessments()).toBe(0);
  });

  it("gives a conditional outcome for 'unknown' answers, naming what it depends on", async () => {
    // A healthcare provider that does not know its figures: the size cap decides, so the headcount matters.
    const res = await new TestClient(app).post('/api/v1/scope-evaluations', {
      ...examples.find((c) => c.id === 'SC-004')!.input,
      employees: 'unknown',
      annual_turnover_eur: 'unknown',
      balance_sheet_total_eur: 'unknown',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.outcome).toBe('conditional');
    expect(body.nl.possible).toEqual(['out_of_scope', 'important', 'essential']);
    expect(body.nl.classification).toBeNull();
    expect(body.depends_on).toEqual(expect.arrayContaining(['employees']));
    expect(body.nl.outcomes.length).toBeGreaterThanOrEqual(3);
  });

  it('says so when an unknown answer cannot change the class', async () => {
    // A large DSO is essential by size (Cbw art. 8(1)(f)) and would be as a critical entity (art. 8(1)(i)) too.
    const res = await new TestClient(app).post('/api/v1/scope-evaluations', {
      ...dso,
      flags: { designated_critical_entity_cer: 'unknown' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.outcome).toBe('conditional');
    expect(body.nl).toMatchObject({
      possible: ['essential'],
      classification: 'essential',
      decided_by: null,
      depends_on: [],
    });
    expect(body.depends_on).toEqual([]);
  });

  it('is definite when unknown figures cannot change anything', async () => {
    // A DNS service provider is essential whatever its size (NIS2 Art. 3(1)(b); Cbw art. 8(1)(c)).
    const res = await new TestClient(app).post('/api/v1/scope-evaluations', {
      sector: 'Digital infrastructure',
      entity_type_ref: 'I.8.2',
      employees: 'unknown',
      annual_turnover_eur: 'unknown',
      balance_sheet_total_eur: 'unknown',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      outcome: 'definite',
      size_class: 'not_needed',
      nl: { classification: 'essential', decided_by: 'Cbw art. 8(1)(c)' },
    });
    expect(body.reasons[0].key).toBe('size_class_not_needed');
    expect(body.obligations.length).toBeGreaterThan(0);
  });

  it('needs no figures from a public administration: its size is not tested (reference §1.2)', async () => {
    const res = await new TestClient(app).post('/api/v1/scope-evaluations', MUNICIPALITY);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      outcome: 'definite',
      size_class: 'not_applicable',
      eu: { classification: 'out_of_scope', decided_by: 'NIS2 Art. 2(5)(a) (Member State option)' },
      nl: { classification: 'essential', decided_by: 'Cbw art. 8(1)(h)' },
    });
  });

  const BAD: [string, Record<string, unknown>, string, RegExp][] = [
    ['negative headcount', { ...dso, employees: -3 }, 'body.employees', /whole number/],
    ['fractional headcount', { ...dso, employees: 12.5 }, 'body.employees', /whole number/],
    [
      'text for turnover',
      { ...dso, annual_turnover_eur: 'eighty million' },
      'body.annual_turnover_eur',
      /amount in euros/,
    ],
    ['unknown sector', { ...dso, sector: 'Energie' }, 'body.sector', /unknown sector "Energie"/],
    [
      'unknown entity type code',
      { ...dso, entity_type_ref: 'I.42' },
      'body.entity_type_ref',
      /unknown entity type "I.42"/,
    ],
    [
      'type from another sector',
      { ...dso, sector: 'Health', subsector: null },
      'body.entity_type_ref',
      /belongs to sector 'Energy'/,
    ],
    [
      'unknown flag',
      { ...dso, flags: { trust_service_provder: true } },
      'body.flags.trust_service_provder',
      /not a known flag/,
    ],
    ['unknown field', { ...dso, employes: 3 }, 'body.employes', /not a known field/],
    [
      'flag of the wrong type',
      { ...dso, flags: { dns_service_provider: 'yes' } },
      'body.flags.dns_service_provider',
      /true or false/,
    ],
    [
      'partner enterprise without a share (Rec. 2003/361/EC Annex Art. 6(2))',
      {
        ...dso,
        linked_enterprises: [
          { relation: 'partner', share_pct: null, employees: 1, annual_turnover_eur: 1, balance_sheet_total_eur: 1 },
        ],
      },
      'body.linked_enterprises.0.share_pct',
      /required for a partner/,
    ],
    [
      'main establishment not among the establishments (NIS2 Art. 26(2))',
      { ...dso, member_states_established: ['BE'], main_establishment_member_state: 'NL' },
      'body.main_establishment_member_state',
      /must be one of member_states_established/,
    ],
    [
      'a country outside the EU',
      { ...dso, member_states_served: ['NO'] },
      'body.member_states_served.0',
      /EU Member State/,
    ],
  ];

  it.each(BAD)('%s → 400 naming %s', async (_what, body, field, reason) => {
    const res = await new TestClient(app).post('/api/v1/scope-evaluations', body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.invalidParams).toContainEqual(
      expect.objectContaining({ name: field, reason: expect.stringMatching(reason), code: expect.any(String) }),
    );
  });

  it('answers groups, periods, places and exemptions with the article that decides (issue 17)', async () => {
    const M = 1_000_000;
    const cloud = {
      sector: 'Digital infrastructure',
      entity_type_ref: 'I.8.4',
      employees: 40,
      annual_turnover_eur: 8 * M,
      balance_sheet_total_eur: 6 * M,
      linked_enterprises: [
        {
          relation: 'linked',
          share_pct: 100,
          employees: 900,
          annual_turnover_eur: 300 * M,
          balance_sheet_total_eur: 200 * M,
        },
      ],
      previous_period: { employees: 950, annual_turnover_eur: 310 * M, balance_sheet_total_eur: 190 * M },
      member_states_established: ['DE', 'NL'],
      main_establishment_member_state: 'DE',
    };
    const res = await new TestClient(app).post('/api/v1/scope-evaluations', cloud);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.eu).toEqual({ classification: 'essential', decided_by: 'NIS2 Art. 3(1)(a)' });
    expect(body.nl).toEqual({
      classification: 'out_of_scope',
      decided_by: 'Cbw art. 4(3) (NIS2 Art. 26(1)(b), (2): DE)',
    });
    expect(body.jurisdiction).toEqual({ member_states: ['DE'], decided_by: 'NIS2 Art. 26(1)(b), (2)', assumed: false });
    expect(body.size).toMatchObject({
      own: { employees: 40 },
      aggregated: { employees: 940 },
      decided_by_periods: ['current', 'previous'],
      period_article: 'Rec. 2003/361/EC Annex Art. 4(2)',
    });

    const unknownGroup = await new TestClient(app).post('/api/v1/scope-evaluations', {
      ...cloud,
      linked_enterprises: 'unknown',
      previous_period: undefined,
      member_states_established: ['NL'],
      main_establishment_member_state: null,
    });
    expect(unknownGroup.json()).toMatchObject({ outcome: 'conditional', depends_on: ['linked_enterprises'] });

    const exempted = await new TestClient(app).post('/api/v1/scope-evaluations', {
      ...dso,
      flags: { dora_exempted_2_4: true },
    });
    expect(exempted.json()).toMatchObject({
      eu: { classification: 'out_of_scope', decided_by: 'NIS2 Art. 2(10)' },
      nl: { classification: 'out_of_scope', decided_by: 'Cbw art. 7' },
    });
  });

  it('reports an unknown flag together with the other wrong fields', async () => {
    const res = await new TestClient(app).post('/api/v1/scope-evaluations', {
      ...dso,
      employees: -1,
      flags: { nope: true },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['body.employees', 'body.flags.nope']);
  });

  it('rejects a body that is not an object', async () => {
    const res = await new TestClient(app).post('/api/v1/scope-evaluations', [1, 2]);
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0].name).toBe('body');
  });

  it('is rate-limited per address', async () => {
    const c = new TestClient(app, undefined, '10.9.9.9');
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await c.post('/api/v1/scope-evaluations', dso)).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});

describe('saved scope assessments', () => {
  it('saves answers, outcome, rules version and who, with an audit event', async () => {
    const c = await signedIn(app, acme, 'risk-manager');
    const res = await c.post('/api/v1/scope-assessments', dso);
    expect(res.statusCode).toBe(201);
    const saved = res.json();
    expect(saved).toMatchObject({
      outcome: 'definite',
      rulesVersion: SCOPE_RULES_VERSION,
      entityTypeRef: 'I.1.a.2',
      euClassification: 'essential',
      nlClassification: 'essential',
      createdBy: { type: 'user', label: acme.users['risk-manager']!.email },
      input: { employees: 300, flags: { trust_service_provider: false } },
      result: { outcome: 'definite', nl: { classification: 'essential', decided_by: 'Cbw art. 8(1)(f)' } },
    });

    const events = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('org_id', '=', acme.id)
      .where('action', '=', 'scope-assessment.created')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subject_type: 'scope-assessment',
      subject_id: saved.id,
      actor_label: acme.users['risk-manager']!.email,
    });
    expect(events[0]!.after_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(events[0]!.details).toMatchObject({ rulesVersion: SCOPE_RULES_VERSION, nlClassification: 'essential' });

    const read = await c.get(`/api/v1/scope-assessments/${saved.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(saved);
  });

  it('saves a conditional assessment too, with the class only where it is certain', async () => {
    const c = await signedIn(app, acme, 'owner');
    const res = await c.post('/api/v1/scope-assessments', {
      ...MUNICIPALITY,
      flags: { ...MUNICIPALITY.flags, designated_critical_entity_cer: 'unknown' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      outcome: 'conditional',
      euClassification: null,
      nlClassification: 'essential',
      input: { employees: 'unknown', flags: { designated_critical_entity_cer: 'unknown' } },
      result: { outcome: 'conditional', depends_on: ['flags.designated_critical_entity_cer'] },
    });
  });

  it('lists the history newest first, paged, and the latest is what registration prefills from', async () => {
    const c = await signedIn(app, acme, 'auditor');
    const first = await c.get('/api/v1/scope-assessments?pageSize=1');
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(page1.items).toHaveLength(1);
    expect(page1.items[0]).toMatchObject({
      entityTypeRef: 'X.LOCAL',
      outcome: 'conditional',
      euClassification: null,
      nlClassification: 'essential',
    });
    expect(page1.items[0]).not.toHaveProperty('input');
    const page2 = (await c.get('/api/v1/scope-assessments?pageSize=1&page=2')).json();
    expect(page2.items[0]).toMatchObject({ entityTypeRef: 'I.1.a.2' });

    const latest = await findLatestScopeAssessment(t.db, acme.id);
    expect(latest?.id).toBe(page1.items[0].id);
    expect(await findLatestScopeAssessment(t.db, other.id)).toBeUndefined();
  });

  it('bad answers are not saved', async () => {
    const before = await countAssessments();
    const c = await signedIn(app, acme, 'owner');
    for (const body of [
      { ...dso, employees: -3 },
      { ...dso, annual_turnover_eur: 'many' },
      { ...dso, sector: 'Nope' },
      { ...dso, flags: { x: true } },
    ]) {
      const res = await c.post('/api/v1/scope-assessments', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().invalidParams.length).toBeGreaterThan(0);
    }
    expect(await countAssessments()).toBe(before);
  });

  it("another organisation's assessment is not found (404), in the list or by id", async () => {
    const mine = (await (await signedIn(app, acme, 'owner')).get('/api/v1/scope-assessments')).json().items[0].id;
    const stranger = await signedIn(app, other, 'owner');
    expect((await stranger.get(`/api/v1/scope-assessments/${mine}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/scope-assessments')).json()).toMatchObject({ items: [], total: 0 });
    expect((await stranger.get('/api/v1/scope-assessments/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('an auditor and an incident handler may read but not save (403); anonymous gets 401', async () => {
    const before = await countAssessments();
    for (const role of ['auditor', 'incident-handler'] as const) {
      const c = await signedIn(app, acme, role);
      const res = await c.post('/api/v1/scope-assessments', dso);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden');
      expect((await c.get('/api/v1/scope-assessments')).statusCode).toBe(200);
    }
    const anonymous = new TestClient(app);
    expect((await anonymous.post('/api/v1/scope-assessments', dso)).statusCode).toBe(401);
    expect((await anonymous.get('/api/v1/scope-assessments')).statusCode).toBe(401);
    expect(await countAssessments()).toBe(before);
  });

  it('an id that is not a UUID is a 400 naming path.id', async () => {
    const c = await signedIn(app, acme, 'owner');
    const res = await c.get('/api/v1/scope-assessments/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0].name).toBe('path.id');
  });
});

describe('stateless evaluation for machines', () => {
  it('needs no CSRF cookie (no session is involved), unlike state-changing public routes', async () => {
    const input = examplesFile.cases[0]!.input;
    const evaluation = await app.inject({ method: 'POST', url: '/api/v1/scope-evaluations', payload: input });
    expect(evaluation.statusCode).toBe(200);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: 'a@b.nl', password: 'x' },
    });
    expect(login.statusCode).toBe(403);
  });
});
