// The risk analysis over HTTP: threats, matrix, scenarios from crown jewels, risks with inherent and
// residual scores and treatment; who may do what (risk-manager edits, auditor reads, accepting needs
// risk:accept), tenancy (another organisation sees 404) and the audit events by name.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { JOBS } from '../../src/modules.ts';
import { RISK_REVIEW_JOB_KIND } from '../../src/services/risk/risk-review-payload.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, TestClient, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let app: FastifyInstance;
let org: TestOrg;
let other: TestOrg;
let manager: TestClient;
let epdId: string;

const auditActions = async (subjectId: string) =>
  (
    await sql<{
      action: string;
    }>`SELECT action FROM audit_events WHERE org_id = ${org.id} AND subject_id = ${subjectId} ORDER BY seq`.execute(
      t.db,
    )
  ).rows.map((r) => r.action);

const ransomwareRisk = (scenarioId: string) => ({
  scenarioId,
  title: 'Ransomware legt het EPD plat',
  owner: 'CIO',
  inherent: { likelihood: 4, impacts: { continuity: 5, 'safety-health': 4, financial: 3 } },
  existingMeasures: [{ ref: 'M-12', title: 'Offline back-ups, wekelijks getest' }],
  residual: { likelihood: 3, impacts: { continuity: 4, 'safety-health': 3, financial: 3 } },
  treatment: { strategy: 'mitigate', owner: 'CISO', dueOn: '2027-06-30', justification: '' },
});

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  org = await createTestOrg(t.db, 'Risico Ziekenhuis', 'entity', [
    'owner',
    'risk-manager',
    'incident-handler',
    'auditor',
  ]);
  other = await createTestOrg(t.db, 'Ander Risico Waterbedrijf', 'entity', ['owner', 'risk-manager']);
  manager = await signedIn(app, org, 'risk-manager');
  epdId = (await manager.post('/api/v1/assets', { name: 'EPD', kind: 'service', crownJewel: true })).json().id;
});

async function scenario(title = 'Ransomware op het EPD', threatId = 'ransomware'): Promise<string> {
  const res = await manager.post('/api/v1/risk-scenarios', { title, threatId, assetIds: [epdId] });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

describe('threats and the matrix', () => {
  it('lists the catalogue under the RbRA themes and adds an own threat', async () => {
    const list = (await manager.get('/api/v1/threats')).json().items;
    expect(list.find((x: { id: string }) => x.id === 'ot-manipulation')).toMatchObject({
      origin: 'catalogue',
      theme: 'cyber-threats',
      name: 'Manipulatie van besturingssystemen (OT)',
    });
    const own = await manager.post('/api/v1/threats', {
      theme: 'critical-infrastructure-threats',
      nature: 'physical',
      name: 'Uitval van de zuurstofvoorziening',
      typicalScenarios: ['Leverancier levert geen vloeibare zuurstof'],
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(
      (await manager.post('/api/v1/threats', { ...(own.json() as object), id: undefined, origin: undefined }))
        .statusCode,
    ).toBe(400);
    const again = await manager.post('/api/v1/threats', {
      theme: 'economic-threats',
      nature: 'human',
      name: 'uitval van de zuurstofvoorziening',
    });
    expect(again.statusCode).toBe(409);
    expect(await auditActions(own.json().id)).toEqual(['risk-threat.created']);
  });

  it('has a default 5×5 with Dutch labels and refuses a matrix the risks no longer fit', async () => {
    const matrix = (await manager.get('/api/v1/risk-matrix')).json();
    expect(matrix).toMatchObject({ custom: false, reviewIntervalMonths: 12 });
    expect(matrix.likelihood).toHaveLength(5);
    expect(matrix.dimensions.map((d: { label: string }) => d.label)).toContain('Continuïteit van de dienstverlening');
    const bad = await manager.put('/api/v1/risk-matrix', { ...matrix, custom: undefined, reviewIntervalMonths: 60 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.reviewIntervalMonths' })]);

    const riskOrg = await createTestOrg(t.db, 'Matrix Gemeente', 'entity', ['risk-manager']);
    const rm = await signedIn(app, riskOrg, 'risk-manager');
    const s = (await rm.post('/api/v1/risk-scenarios', { title: 'Stroom weg', threatId: 'power-outage' })).json();
    expect(
      (
        await rm.post('/api/v1/risks', {
          scenarioId: s.id,
          title: 'Stroom',
          inherent: { likelihood: 5, impacts: { continuity: 5 } },
        })
      ).statusCode,
    ).toBe(201);
    const { custom: _custom, ...config } = matrix;
    const smaller = {
      ...config,
      likelihood: config.likelihood.slice(0, 4),
      bands: config.bands.filter((b: { minScore: number }) => b.minScore <= 20),
    };
    const refused = await rm.put('/api/v1/risk-matrix', smaller);
    expect(refused.statusCode, refused.body).toBe(409);
    // A code the form can translate, not the catch-all 'invalid'.
    expect(refused.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'body.likelihood', code: 'in_use', params: { level: 5 } }),
    ]);
    const fine = await rm.put('/api/v1/risk-matrix', { ...config, reviewIntervalMonths: 24 });
    expect(fine.statusCode, fine.body).toBe(200);
    expect((await rm.get('/api/v1/risk-matrix')).json()).toMatchObject({ custom: true, reviewIntervalMonths: 24 });
  });
});

describe('scenarios and risks', () => {
  it('scores a scenario from a crown jewel: inherent, measures, residual, treatment and the next review', async () => {
    const scenarioId = await scenario();
    const got = (await manager.get(`/api/v1/risk-scenarios/${scenarioId}`)).json();
    expect(got).toMatchObject({
      threat: { id: 'ransomware', origin: 'catalogue', name: 'Ransomware' },
      assets: [{ id: epdId, name: 'EPD', crownJewel: true }],
      affectedServices: [{ id: epdId }],
    });
    const res = await manager.post('/api/v1/risks', ransomwareRisk(scenarioId));
    expect(res.statusCode, res.body).toBe(201);
    const risk = res.json();
    expect(risk).toMatchObject({
      inherent: { likelihood: 4, impact: 5, score: 20, band: { key: 'very-high', label: 'Zeer hoog' } },
      residual: { likelihood: 3, impact: 4, score: 12, band: { key: 'high' } },
      existingMeasures: [{ ref: 'M-12' }],
      treatment: { strategy: 'mitigate', owner: 'CISO', dueOn: '2027-06-30' },
      acceptance: null,
      review: { lastReviewedOn: '2026-12-07', nextReviewOn: '2027-12-07', due: false },
    });
    expect(await auditActions(risk.id)).toEqual(['risk.created']);
    const job = await t.db
      .selectFrom('jobs')
      .select(['run_at', 'dedupe_key'])
      .where('org_id', '=', org.id)
      .where('kind', '=', RISK_REVIEW_JOB_KIND)
      .where('dedupe_key', 'like', `%${risk.id}%`)
      .executeTakeFirstOrThrow();
    expect(job.run_at.toISOString()).toBe('2027-12-07T06:00:00.000Z');

    const register = (await manager.get('/api/v1/risks?band=high&q=epd')).json().items;
    expect(register.map((r: { id: string }) => r.id)).toContain(risk.id);
    expect((await manager.get('/api/v1/risks?band=low')).json().items).toEqual([]);
    // Per service or asset: the risks whose scenario hits it.
    expect(risk.scenario.assets).toEqual([expect.objectContaining({ id: epdId, crownJewel: true })]);
    const perAsset = (await manager.get(`/api/v1/risks?assetId=${epdId}`)).json().items;
    expect(perAsset.map((r: { id: string }) => r.id)).toContain(risk.id);
    const lab = (await manager.post('/api/v1/assets', { name: 'Labsysteem', kind: 'asset' })).json();
    expect((await manager.get(`/api/v1/risks?assetId=${lab.id}`)).json().items).toEqual([]);
  });

  it('refuses a residual above the inherent, levels off the matrix, unknown dimensions and a review over four years', async () => {
    const scenarioId = await scenario('Ransomware 2');
    const res = await manager.post('/api/v1/risks', {
      ...ransomwareRisk(scenarioId),
      residual: { likelihood: 5, impacts: { continuity: 5, legal: 2 } },
      inherent: { likelihood: 4, impacts: { continuity: 6, 'safety-health': 4 } },
      nextReviewOn: '2031-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.inherent.impacts.continuity',
      'body.residual.likelihood',
      'body.residual.impacts.legal',
      'body.nextReviewOn',
    ]);
    // Each carries a code the screens translate (core validation-codes.ts).
    expect(res.json().invalidParams.map((p: { code: string }) => p.code)).toEqual([
      'too_big',
      'not_above',
      'unknown_reference',
      'review_too_late',
    ]);
    expect(
      (await manager.post('/api/v1/risk-scenarios', { title: 'X', threatId: 'meteor', assetIds: [] })).json()
        .invalidParams,
    ).toEqual([expect.objectContaining({ name: 'body.threatId' })]);
  });

  it('lets only a person with risk:accept accept a risk, with a reason, and records it as risk.accepted', async () => {
    const scenarioId = await scenario('Stroomuitval', 'power-outage');
    const risk = (await manager.post('/api/v1/risks', { ...ransomwareRisk(scenarioId), treatment: null })).json();
    const accept = {
      treatment: { strategy: 'accept', owner: 'Raad van bestuur', justification: 'Noodstroom dekt 48 uur' },
    };
    expect(
      (
        await manager.patch(`/api/v1/risks/${risk.id}`, { treatment: { ...accept.treatment, justification: '' } })
      ).json().invalidParams,
    ).toEqual([expect.objectContaining({ name: 'body.treatment.justification' })]);

    // The incident handler reads risks but changes none; the auditor reads.
    const handler = await signedIn(app, org, 'incident-handler');
    expect((await handler.get(`/api/v1/risks/${risk.id}`)).statusCode).toBe(200);
    expect((await handler.patch(`/api/v1/risks/${risk.id}`, accept)).statusCode).toBe(403);
    const auditor = await signedIn(app, org, 'auditor');
    expect((await auditor.get('/api/v1/risks')).statusCode).toBe(200);
    expect((await auditor.patch(`/api/v1/risks/${risk.id}`, { title: 'x' })).statusCode).toBe(403);

    // A risk manager's API token may score, but not accept: that is a person's decision.
    const owner = await signedIn(app, org, 'owner');
    const token = (await owner.post('/api/v1/api-tokens', { name: 'GRC-koppeling', role: 'risk-manager' })).json()
      .token as string;
    const machine = new TestClient(app, token);
    expect((await machine.patch(`/api/v1/risks/${risk.id}`, { title: 'Stroomuitval (regio)' })).statusCode).toBe(200);
    const byToken = await machine.patch(`/api/v1/risks/${risk.id}`, accept);
    expect(byToken.statusCode).toBe(403);

    const accepted = await manager.patch(`/api/v1/risks/${risk.id}`, accept);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      treatment: { strategy: 'accept', justification: 'Noodstroom dekt 48 uur' },
      acceptance: { byName: expect.stringContaining('risk-manager'), at: '2026-12-07T10:00:00.000Z' },
    });
    // Changing something else keeps the acceptance and records no second one.
    await manager.patch(`/api/v1/risks/${risk.id}`, { owner: 'Facilitair' });
    expect(await auditActions(risk.id)).toEqual([
      'risk.created',
      'risk.updated',
      'risk.updated',
      'risk.accepted',
      'risk.updated',
    ]);
    const mitigate = await manager.patch(`/api/v1/risks/${risk.id}`, {
      treatment: { strategy: 'mitigate', owner: 'Facilitair', dueOn: '2027-03-01' },
    });
    expect(mitigate.json().acceptance).toBeNull();
  });

  it('reviews a risk and reminds the risk managers on the review day', async () => {
    const scenarioId = await scenario('Brand in de serverruimte', 'fire');
    const risk = (
      await manager.post('/api/v1/risks', { ...ransomwareRisk(scenarioId), nextReviewOn: '2027-01-15' })
    ).json();
    const jobs = () =>
      t.db
        .selectFrom('jobs')
        .selectAll()
        .where('org_id', '=', org.id)
        .where('dedupe_key', 'like', `${RISK_REVIEW_JOB_KIND}:${risk.id}:%`)
        .orderBy('run_at')
        .execute();
    const [job] = await jobs();
    const runner = new JobRunner(testDeps(t.db, { clock: fixedClock('2027-01-15T06:00:00Z') }), {
      jobs: JOBS,
      backoffMs: () => 0,
    });
    await sql`UPDATE jobs SET run_at = '2000-01-01' WHERE id = ${job!.id}`.execute(t.db);
    const before = await countRows(t.db, 'notifications', org.id);
    expect(await runner.runOne()).toBe(true);
    expect(await countRows(t.db, 'notifications', org.id)).toBe(before + 1);
    expect(await auditActions(risk.id)).toContain('risk.review-due');

    clock.set('2027-01-16T09:00:00Z');
    const reviewed = await manager.post(`/api/v1/risks/${risk.id}/reviews`, { note: 'Niets veranderd' });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    expect(reviewed.json().review).toEqual({ lastReviewedOn: '2027-01-16', nextReviewOn: '2028-01-16', due: false });
    expect((await auditActions(risk.id)).at(-1)).toBe('risk.reviewed');
    expect((await jobs()).map((j) => j.dedupe_key)).toEqual([
      `${RISK_REVIEW_JOB_KIND}:${risk.id}:2027-01-15`,
      `${RISK_REVIEW_JOB_KIND}:${risk.id}:2028-01-16`,
    ]);
    clock.set('2026-12-07T10:00:00Z');
  });
});

describe('tenancy', () => {
  it("keeps another organisation's scenarios, risks and assets out of reach (404, unknown asset)", async () => {
    const scenarioId = await scenario('Tenancy');
    const risk = (await manager.post('/api/v1/risks', ransomwareRisk(scenarioId))).json();
    const stranger = await signedIn(app, other, 'risk-manager');
    expect((await stranger.get(`/api/v1/risks/${risk.id}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/api/v1/risks/${risk.id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await stranger.post(`/api/v1/risks/${risk.id}/reviews`, {})).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/risk-scenarios/${scenarioId}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/risks')).json().items).toEqual([]);
    const foreignAsset = await stranger.post('/api/v1/risk-scenarios', {
      title: 'Met andermans asset',
      threatId: 'ransomware',
      assetIds: [epdId],
    });
    expect(foreignAsset.statusCode).toBe(400);
    expect(foreignAsset.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.assetIds.0' })]);
    const foreignScenario = await stranger.post('/api/v1/risks', ransomwareRisk(scenarioId));
    expect(foreignScenario.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.scenarioId' })]);
  });
});
