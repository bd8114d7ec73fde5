import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { sendReviewReminder } from '../../src/services/measures/send-review-reminder.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import type { TestClient } from '../support/test-client.ts';
import { buildTestApp, fixedClock, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let app: FastifyInstance;
let org: TestOrg;
let other: TestOrg;
let riskManager: TestClient;
let auditor: TestClient;
let handler: TestClient;
let stranger: TestClient;

const A = '/api/v1/measures/nis2-art21:a';

function multipart(fileName: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----weerbaar${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const actions = async (orgId: string) =>
  (
    await sql<{ action: string }>`SELECT action FROM audit_events WHERE org_id = ${orgId} ORDER BY seq`.execute(t.db)
  ).rows.map((r) => r.action);

const implemented = {
  status: 'implemented',
  owner: 'CISO',
  howImplemented: 'Beleid vastgesteld door de directie',
  evidenceLinks: [{ label: 'Beleid op intranet', url: 'https://intranet.example/beleid' }],
};

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  org = await createTestOrg(t.db, 'Maatregelen Ziekenhuis', 'entity', [
    'owner',
    'admin',
    'risk-manager',
    'incident-handler',
    'auditor',
  ]);
  other = await createTestOrg(t.db, 'Ander Waterbedrijf', 'entity', ['owner']);
  riskManager = await signedIn(app, org, 'risk-manager');
  auditor = await signedIn(app, org, 'auditor');
  handler = await signedIn(app, org, 'incident-handler');
  stranger = await signedIn(app, other, 'owner');
});

describe('measures', () => {
  it('starts a new entity with NIS2 Art. 21 adopted and every requirement not started', async () => {
    const frameworks = await riskManager.get('/api/v1/measure-frameworks');
    expect(frameworks.statusCode, frameworks.body).toBe(200);
    expect(frameworks.json().items.map((f: { catalogueId: string }) => f.catalogueId)).toEqual(['nis2-art21']);
    // Without a saved scope assessment the sector still suggests: a hospital's NEN 7510 (applicability.ts).
    expect(
      (await riskManager.get('/api/v1/measure-frameworks'))
        .json()
        .available.find((c: { id: string }) => c.id === 'nen7510').suggestion,
    ).toBeNull();
    await sql`UPDATE organisations SET sector = 'Ziekenhuiszorg' WHERE id = ${org.id}`.execute(t.db);
    const frameworksNow = await riskManager.get('/api/v1/measure-frameworks');
    const available = frameworksNow.json().available as { id: string; suggestion: { basis: string } | null }[];
    expect(available.find((c) => c.id === 'nen7510')?.suggestion?.basis).toBe('sector_norm');
    const list = await riskManager.get('/api/v1/measures');
    expect(list.json().items).toHaveLength(10);
    expect(list.json().items.every((m: { status: string }) => m.status === 'not-started')).toBe(true);
    const coverage = await riskManager.get('/api/v1/measure-coverage');
    expect(coverage.json().catalogues[0]).toMatchObject({ catalogueId: 'nis2-art21', share: 0, applicable: 10 });
    expect(coverage.json().gaps).toHaveLength(10);
  });

  it('records an implementation, raises coverage, and audits the change once', async () => {
    const before = await actions(org.id);
    const res = await riskManager.put(A, implemented);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ requirementId: 'nis2-art21:a', status: 'implemented', owner: 'CISO' });
    const stamp = res.json().updatedAt;
    // The same record again changes nothing (not even when and by whom) and records nothing.
    clock.set('2026-12-07T11:00:00Z');
    const again = await auditor.get(A);
    expect((await riskManager.put(A, implemented)).json().updatedAt).toBe(stamp);
    expect(again.json().evidenceLinks).toEqual(implemented.evidenceLinks);
    clock.set('2026-12-07T10:00:00Z');
    expect((await actions(org.id)).slice(before.length)).toEqual(['measure.updated']);

    const coverage = (await auditor.get('/api/v1/measure-coverage')).json();
    expect(coverage.catalogues[0].share).toBeCloseTo(0.1);
    expect(coverage.gaps.map((g: { requirementId: string }) => g.requirementId)).not.toContain('nis2-art21:a');
    expect(coverage.history).toEqual([{ day: '2026-12-07', catalogueId: 'nis2-art21', share: 0.1 }]);
  });

  it('counts partial as half and leaves not-applicable out, which needs a justification', async () => {
    const missing = await riskManager.put('/api/v1/measures/nis2-art21:j', { status: 'not-applicable' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams).toContainEqual(
      expect.objectContaining({ name: 'body.justification', code: 'justification_required' }),
    );
    expect(
      (
        await riskManager.put('/api/v1/measures/nis2-art21:j', {
          status: 'not-applicable',
          justification: 'Geen spraakverbindingen buiten het eigen netwerk',
        })
      ).statusCode,
    ).toBe(200);
    expect((await riskManager.put('/api/v1/measures/nis2-art21:b', { status: 'partial' })).statusCode).toBe(200);
    const [art21] = (await riskManager.get('/api/v1/measure-coverage')).json().catalogues;
    expect(art21).toMatchObject({ applicable: 9, notApplicable: 1 });
    expect(art21.share).toBeCloseTo(1.5 / 9);
  });

  it('filters by status, owner and overdue', async () => {
    await riskManager.put('/api/v1/measures/nis2-art21:c', {
      status: 'not-started',
      owner: 'IT-beheer',
      dueDate: '2026-12-01',
    });
    const overdue = (await riskManager.get('/api/v1/measures?overdue=true')).json().items;
    expect(overdue.map((m: { requirementId: string }) => m.requirementId)).toEqual(['nis2-art21:c']);
    const byOwner = (await riskManager.get('/api/v1/measures?owner=ciso')).json().items;
    expect(byOwner.map((m: { requirementId: string }) => m.requirementId)).toEqual(['nis2-art21:a']);
    const partial = (await riskManager.get('/api/v1/measures?status=partial')).json().items;
    expect(partial.map((m: { requirementId: string }) => m.requirementId)).toEqual(['nis2-art21:b']);
  });

  it('bulk-updates all or nothing, one audit event per changed requirement', async () => {
    const before = await actions(org.id);
    const bad = await riskManager.post('/api/v1/measure-bulk-updates', {
      requirementIds: ['nis2-art21:d', 'nis2-art21:zz'],
      owner: 'Inkoop',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('body.requirementIds.1');
    const res = await riskManager.post('/api/v1/measure-bulk-updates', {
      requirementIds: ['nis2-art21:d', 'nis2-art21:e'],
      owner: 'Inkoop',
      dueDate: '2027-03-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 2 });
    expect((await actions(org.id)).slice(before.length)).toEqual(['measure.updated', 'measure.updated']);
    const d = (await riskManager.get('/api/v1/measures/nis2-art21:d')).json();
    expect(d).toMatchObject({ owner: 'Inkoop', dueDate: '2027-03-01', status: 'not-started' });
  });

  it('keeps evidence files with their digest, under the attachment limit', async () => {
    const content = Buffer.from('%PDF-1.7 beleid');
    const { payload, headers } = multipart('informatiebeveiligingsbeleid.pdf', content);
    const up = await riskManager.request('POST', `${A}/evidence`, payload, headers);
    expect(up.statusCode, up.body).toBe(201);
    const list = (await auditor.get(`${A}/evidence`)).json();
    expect(list.items).toHaveLength(1);
    const download = await auditor.get(`${A}/evidence/${up.json().id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect((await auditor.get(A)).json().evidenceCount).toBe(1);

    const small = await buildTestApp(t.db, { env: { WEERBAAR_ATTACHMENT_MAX_BYTES: '1024' } });
    const client = await signedIn(small, org, 'risk-manager');
    const rows = await countRows(t.db, 'measure_evidence', org.id);
    const big = multipart('groot.pdf', Buffer.alloc(1025, 1));
    const tooLarge = await client.request('POST', `${A}/evidence`, big.payload, big.headers);
    expect(tooLarge.statusCode).toBe(413);
    expect(await countRows(t.db, 'measure_evidence', org.id)).toBe(rows);
    await small.close();

    expect((await riskManager.delete(`${A}/evidence/${up.json().id}`)).statusCode).toBe(204);
    expect((await actions(org.id)).slice(-2)).toEqual(['measure.evidence-added', 'measure.evidence-removed']);
  });

  it('lets the auditor and the incident handler read but not change', async () => {
    expect((await auditor.get(A)).statusCode).toBe(200);
    expect((await auditor.put(A, implemented)).statusCode).toBe(403);
    expect((await handler.put(A, implemented)).statusCode).toBe(403);
    expect((await auditor.request('PUT', '/api/v1/measure-frameworks/nis2-art21')).statusCode).toBe(403);
  });

  it('keeps organisations apart: another organisation sees only its own', async () => {
    expect((await stranger.get(A)).json().status).toBe('not-started');
    const { payload, headers } = multipart('x.pdf', Buffer.from('x'));
    const up = await riskManager.request('POST', `${A}/evidence`, payload, headers);
    expect((await stranger.get(`${A}/evidence/${up.json().id}/content`)).statusCode).toBe(404);
    expect((await stranger.delete(`${A}/evidence/${up.json().id}`)).statusCode).toBe(404);
    expect((await stranger.get(`${A}/evidence`)).json().items).toEqual([]);
    expect((await stranger.get('/api/v1/measure-coverage')).json().catalogues[0].share).toBe(0);
  });

  it('answers 404 for a requirement outside the adopted catalogues, and adopts and drops catalogues', async () => {
    expect((await riskManager.get('/api/v1/measures/nis2-art21:zz')).statusCode).toBe(404);
    expect((await riskManager.request('PUT', '/api/v1/measure-frameworks/no-such-catalogue')).statusCode).toBe(400);
    expect((await riskManager.delete('/api/v1/measure-frameworks/nis2-art21')).statusCode).toBe(204);
    expect((await riskManager.get(A)).statusCode).toBe(404);
    expect((await riskManager.get('/api/v1/measures')).json().items).toEqual([]);
    const again = await riskManager.request('PUT', '/api/v1/measure-frameworks/nis2-art21');
    expect(again.statusCode, again.body).toBe(200);
    // The records stayed.
    expect((await riskManager.get(A)).json().status).toBe('implemented');
    expect((await actions(org.id)).slice(-2)).toEqual(['measure.framework-dropped', 'measure.framework-adopted']);
  });

  it('reminds once on the review date, and not when the date moved', async () => {
    expect(
      (await riskManager.put('/api/v1/measures/nis2-art21:f', { status: 'implemented', reviewDate: '2027-01-15' }))
        .statusCode,
    ).toBe(200);
    const jobs = await sql<{
      run_at: Date;
    }>`SELECT run_at FROM jobs WHERE org_id = ${org.id} AND kind = 'measure.review-reminder'`.execute(t.db);
    expect(jobs.rows.map((j) => j.run_at.toISOString())).toEqual(['2027-01-15T07:00:00.000Z']);
    const deps = testDeps(t.db);
    const payload = { orgId: org.id, requirementId: 'nis2-art21:f', reviewDate: '2027-01-15' };
    expect(await sendReviewReminder(deps, SYSTEM_ACTOR, payload)).toBe('sent');
    expect(await sendReviewReminder(deps, SYSTEM_ACTOR, payload)).toBe('skipped');
    expect(await sendReviewReminder(deps, SYSTEM_ACTOR, { ...payload, reviewDate: '2027-01-01' })).toBe('skipped');
    expect((await actions(org.id)).filter((a) => a === 'measure.review-due')).toHaveLength(1);
  });
  it('counts a 2024/2690 measure implemented with evidence for NIS2 Art. 21 through the crosswalk', async () => {
    const share = async () =>
      (await riskManager.get('/api/v1/measure-coverage'))
        .json()
        .catalogues.find((c: { catalogueId: string }) => c.catalogueId === 'nis2-art21').share as number;
    expect((await riskManager.request('PUT', '/api/v1/measure-frameworks/ir-2024-2690')).statusCode).toBe(200);
    const before = await share();
    const patching = '/api/v1/measures/ir-2024-2690:6.6';
    expect((await riskManager.get(patching)).json().countsFor).toContainEqual(
      expect.objectContaining({ requirementId: 'nis2-art21:e' }),
    );
    const { payload, headers } = multipart('patchrapport.pdf', Buffer.from('%PDF patches'));
    expect((await riskManager.request('POST', `${patching}/evidence`, payload, headers)).statusCode).toBe(201);
    expect((await riskManager.put(patching, { status: 'implemented', owner: 'IT-beheer' })).statusCode).toBe(200);
    // Art. 21(2)(e) was not started; now it counts through 6.6.
    expect(await share()).toBeCloseTo(before + 1 / 9);
    expect((await riskManager.get('/api/v1/measures/nis2-art21:e')).json().creditedBy).toEqual(['ir-2024-2690:6.6']);
  });
  it('shows the risks that name a requirement as existing measure, and orders the gaps by their residual risk', async () => {
    const scenario = (
      await riskManager.post('/api/v1/risk-scenarios', { title: 'Stroom weg', threatId: 'power-outage' })
    ).json();
    const risk = async (title: string, likelihood: number, ref: string) => {
      const res = await riskManager.post('/api/v1/risks', {
        scenarioId: scenario.id,
        title,
        inherent: { likelihood, impacts: { continuity: 5 } },
        existingMeasures: [{ ref, title: 'Uit de maatregelen' }],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; inherent: { score: number } };
    };
    const small = await risk('Kleine storing', 1, 'nis2-art21:i');
    const big = await risk('Lange stroomstoring', 5, 'nis2-art21:h');
    const h = (await auditor.get('/api/v1/measures/nis2-art21:h')).json();
    expect(h.risks).toEqual([
      expect.objectContaining({ id: big.id, title: 'Lange stroomstoring', score: big.inherent.score }),
    ]);
    const gaps = (await auditor.get('/api/v1/measure-coverage')).json().gaps as {
      requirementId: string;
      residualRisk: number | null;
    }[];
    expect(gaps.slice(0, 2)).toEqual([
      expect.objectContaining({ requirementId: 'nis2-art21:h', residualRisk: big.inherent.score }),
      expect.objectContaining({ requirementId: 'nis2-art21:i', residualRisk: small.inherent.score }),
    ]);
    expect(gaps[2]!.residualRisk).toBeNull();
  });
  it('exports the Statement of Applicability as CSV, for people in Dutch and for machines with codes', async () => {
    const people = await auditor.get('/api/v1/measures/export?catalogue=nis2-art21');
    expect(people.statusCode, people.body).toBe(200);
    expect(people.headers['content-type']).toContain('text/csv');
    const lines = people.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toContain('"Stand"');
    expect(lines.find((l) => l.includes('nis2-art21:j'))).toContain('"Geldt niet"');
    const machine = await auditor.get('/api/v1/measures/export?format=machine&status=implemented');
    const rows = machine.body.trim().split('\r\n');
    expect(rows[0]!.startsWith('catalogueId,sectionRef,requirementId')).toBe(true);
    expect(rows.slice(1).every((r) => r.includes('"implemented"'))).toBe(true);
    expect((await stranger.get('/api/v1/measures/export')).body).not.toContain('Beleid vastgesteld');
  });
});
