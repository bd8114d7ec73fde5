import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// An OSCAL catalog imported through the API as the organisation's own framework (issue 12 item 6): the
// NIST SP 800-53 rev. 5 LOW catalog (1.2 MB, 149 controls) imports, can be adopted, and counts in the
// measures, the coverage and the exports; another organisation never sees it.

const NIST_LOW = fileURLToPath(
  new URL(
    '../../../core/test/fixtures/oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json',
    import.meta.url,
  ),
);
const NIST_ID = 'nist-special-publication-800-53-revision';

const t = useTestDatabase();
let app: FastifyInstance;
let officer: TestClient;
let auditor: TestClient;
let stranger: TestClient;
let orgId: string;

const actions = async () =>
  (
    await sql<{ action: string }>`SELECT action FROM audit_events WHERE org_id = ${orgId} ORDER BY seq`.execute(t.db)
  ).rows.map((r) => r.action);

const postCatalog = (client: TestClient, body: string) =>
  client.request('POST', '/api/v1/measure-catalogues', body, { 'content-type': 'application/json' });

/** The LOW catalog as a new revision: another uuid (OSCAL asks for one per revision), without group AT. */
function revisedLow(): string {
  const doc = JSON.parse(readFileSync(NIST_LOW, 'utf8'));
  doc.catalog.uuid = '7c3ee1a6-7f53-4b34-9d5e-2f6d1c7a0b11';
  doc.catalog.groups = doc.catalog.groups.filter((g: { id: string }) => g.id !== 'at');
  return JSON.stringify(doc);
}

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock: fixedClock('2026-12-07T10:00:00Z') });
  const org = await createTestOrg(t.db, 'Import Gemeente', 'entity', ['risk-manager', 'auditor']);
  const other = await createTestOrg(t.db, 'Ander Import Ziekenhuis', 'entity', ['risk-manager']);
  officer = await signedIn(app, org, 'risk-manager');
  auditor = await signedIn(app, org, 'auditor');
  stranger = await signedIn(app, other, 'risk-manager');
  orgId = org.id;
});

describe('POST /api/v1/measure-catalogues (OSCAL catalog import)', () => {
  it('imports the NIST SP 800-53 rev. 5 LOW catalog, adopts it, and counts it in measures and coverage', async () => {
    const res = await officer.request('POST', '/api/v1/measure-catalogues', readFileSync(NIST_LOW, 'utf8'), {
      'content-type': 'application/json',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ catalogueId: NIST_ID, requirementCount: 149 });

    const available = (await officer.get('/api/v1/measure-frameworks')).json().available as { id: string }[];
    expect(available.map((c) => c.id)).toContain(NIST_ID);
    expect((await officer.put(`/api/v1/measure-frameworks/${NIST_ID}`)).statusCode).toBe(200);

    const measures = await officer.get(`/api/v1/measures?catalogue=${NIST_ID}`);
    expect(measures.json().items).toHaveLength(149);
    const first = measures.json().items[0].requirementId as string;
    const put = await officer.put(`/api/v1/measures/${first}`, { status: 'implemented', howImplemented: 'Beleid' });
    expect(put.statusCode, put.body).toBe(200);
    const coverage = (await officer.get('/api/v1/measure-coverage')).json();
    const nist = coverage.catalogues.find((c: { catalogueId: string }) => c.catalogueId === NIST_ID);
    expect(nist).toMatchObject({ credit: 1, applicable: 149 });

    const oscal = (await officer.get('/api/v1/measure-exports/oscal-component-definition')).json();
    const impls = oscal['component-definition'].components[0]['control-implementations'];
    expect(impls).toHaveLength(2); // NIS2 Art. 21 and the imported catalogue
    expect((await officer.get('/api/v1/measure-catalogues')).json().items).toHaveLength(1);
    // The same catalog imported again: the same catalogue, unchanged (200, no copy, nothing audited).
    const before = await actions();
    const again = await postCatalog(officer, readFileSync(NIST_LOW, 'utf8'));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().catalogueId).toBe(NIST_ID);
    expect((await officer.get('/api/v1/measure-catalogues')).json().items).toHaveLength(1);
    expect(await actions()).toEqual(before);
  });

  it('updates the catalogue when a new revision is imported, keeping the records of the controls it still has', async () => {
    await officer.put(`/api/v1/measures/${NIST_ID}:at-2`, { status: 'implemented', howImplemented: 'Training' });
    const res = await postCatalog(officer, revisedLow());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ catalogueId: NIST_ID, requirementCount: 144 }); // 149 less the 5 of group AT
    const own = (await officer.get('/api/v1/measure-catalogues')).json().items;
    expect(own).toHaveLength(1);
    expect((await actions()).at(-1)).toBe('measure-catalogue.updated');
    const measures = (await officer.get(`/api/v1/measures?catalogue=${NIST_ID}`)).json().items as {
      requirementId: string;
      status: string;
    }[];
    expect(measures).toHaveLength(144);
    expect(measures.find((m) => m.requirementId === `${NIST_ID}:ac-1`)?.status).toBe('implemented');
    // A control the revision no longer has is no longer shown (404), its record is kept.
    expect((await officer.get(`/api/v1/measures/${NIST_ID}:at-2`)).statusCode).toBe(404);
    // The original revision again brings it back.
    expect((await postCatalog(officer, readFileSync(NIST_LOW, 'utf8'))).statusCode).toBe(200);
    expect((await officer.get(`/api/v1/measures/${NIST_ID}:at-2`)).json().status).toBe('implemented');
  });

  it('deletes an own catalogue with its adoption, audited; its records stay and return with a new import', async () => {
    expect((await auditor.delete(`/api/v1/measure-catalogues/${NIST_ID}`)).statusCode).toBe(403);
    expect((await stranger.delete(`/api/v1/measure-catalogues/${NIST_ID}`)).statusCode).toBe(404);
    expect((await officer.delete('/api/v1/measure-catalogues/nis2-art21')).statusCode).toBe(404);

    const res = await officer.delete(`/api/v1/measure-catalogues/${NIST_ID}`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await actions()).at(-1)).toBe('measure-catalogue.deleted');
    expect((await officer.get('/api/v1/measure-catalogues')).json().items).toEqual([]);
    const frameworks = (await officer.get('/api/v1/measure-frameworks')).json();
    expect(frameworks.available.map((c: { id: string }) => c.id)).not.toContain(NIST_ID);
    const coverage = (await officer.get('/api/v1/measure-coverage')).json();
    expect(coverage.catalogues.map((c: { catalogueId: string }) => c.catalogueId)).not.toContain(NIST_ID);
    expect((await officer.get(`/api/v1/measures/${NIST_ID}:ac-1`)).statusCode).toBe(404);
    expect((await officer.delete(`/api/v1/measure-catalogues/${NIST_ID}`)).statusCode).toBe(404);

    expect((await postCatalog(officer, readFileSync(NIST_LOW, 'utf8'))).statusCode).toBe(201);
    expect((await officer.put(`/api/v1/measure-frameworks/${NIST_ID}`)).statusCode).toBe(200);
    expect((await officer.get(`/api/v1/measures/${NIST_ID}:ac-1`)).json().status).toBe('implemented');
  });

  it('refuses a document that is not an OSCAL catalog (400) and a role that may not write (403)', async () => {
    const bad = await officer.post('/api/v1/measure-catalogues', { catalog: { uuid: 'x', metadata: {} } });
    expect(bad.statusCode).toBe(400);
    const forbidden = await auditor.request('POST', '/api/v1/measure-catalogues', readFileSync(NIST_LOW, 'utf8'), {
      'content-type': 'application/json',
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('refuses text the database cannot store (U+0000) with a 400, not a 500', async () => {
    const catalog = (title: string) => ({
      catalog: {
        uuid: '0d7f1a7e-8d3c-4c55-9a55-5b0f4f3a9c01',
        metadata: { title: 'Eigen NUL-catalogus', version: '1', 'oscal-version': '1.1.2' },
        controls: [{ id: 'c-1', title, parts: [{ name: 'statement', prose: 'Doe het.' }] }],
      },
    });
    const res = await officer.post('/api/v1/measure-catalogues', catalog('Beheer\u0000'));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().invalidParams[0].reason).toMatch(/U\+0000/);
    expect((await officer.post('/api/v1/measure-catalogues', catalog('Beheer'))).statusCode).toBe(201);
  });

  it('another organisation neither sees nor adopts it, nor reaches its requirements', async () => {
    expect((await stranger.get('/api/v1/measure-catalogues')).json().items).toEqual([]);
    const available = (await stranger.get('/api/v1/measure-frameworks')).json().available as { id: string }[];
    expect(available.map((c) => c.id)).not.toContain(NIST_ID);
    expect((await stranger.put(`/api/v1/measure-frameworks/${NIST_ID}`)).statusCode).toBe(400);
    expect((await stranger.get(`/api/v1/measures/${NIST_ID}:ac-1`)).statusCode).toBe(404);
  });
});
