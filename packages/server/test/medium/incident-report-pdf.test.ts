import { writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { pdfTexts } from '../support/pdf-text.ts';
import { earlyWarning, significantIncident } from '../support/incident-fixtures.ts';
import { connectToAuthority, deliverAll, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The PDF copy of a submitted report (issue 4): rendered on the server from the stored report.

const t = useTestDatabase();
let app: FastifyInstance;
let handler: TestClient;
let stranger: TestClient;
let incidentId: string;
let reference: string;
let reportId: string;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  const url = await listenOnLoopback(app);
  const entity = await createTestOrg(t.db, 'Pdf Ziekenhuis', 'entity', ['owner', 'incident-handler']);
  const authority = await createTestOrg(t.db, 'Pdf Autoriteit', 'authority', ['owner']);
  const other = await createTestOrg(t.db, 'Ander Ziekenhuis', 'entity', ['incident-handler']);
  handler = await signedIn(app, entity, 'incident-handler');
  await connectToAuthority(app, await signedIn(app, authority, 'owner'), await signedIn(app, entity, 'owner'), url);
  stranger = await signedIn(app, other, 'incident-handler');
  incidentId = await significantIncident(handler);
  reference = (await handler.get(`/api/v1/incidents/${incidentId}`)).json().reference;
  const submitted = await handler.post(
    `/api/v1/incidents/${incidentId}/reports`,
    earlyWarning({ summary: 'Versleutelde bestanden op de EPD-server.' }),
  );
  expect(submitted.statusCode, submitted.body).toBe(201);
  reportId = submitted.json().id;
});

afterAll(async () => {
  await app?.close();
});

describe('GET /api/v1/incidents/{id}/reports/{reportId}/pdf', () => {
  it('returns the submitted report as a PDF that names the incident', async () => {
    const res = await handler.get(`/api/v1/incidents/${incidentId}/reports/${reportId}/pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${reference}-early_warning-v1.pdf"`);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (process.env.WEERBAAR_WRITE_REPORT_PDF) writeFileSync(process.env.WEERBAAR_WRITE_REPORT_PDF, pdf);
    const texts = pdfTexts(pdf);
    expect(texts.some((s) => s.includes(reference))).toBe(true);
    expect(texts.some((s) => s.includes('Vroegtijdige'))).toBe(true);
    expect(texts.some((s) => s.includes('Niet-in-de-melding'))).toBe(false);
  });

  it("shows the authority's receipt once the report is delivered", async () => {
    await deliverAll(t.db);
    const [report] = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    expect(report.delivery.status).toBe('delivered');
    const res = await handler.get(`/api/v1/incidents/${incidentId}/reports/${reportId}/pdf`);
    expect(res.statusCode).toBe(200);
    if (process.env.WEERBAAR_WRITE_REPORT_PDF) writeFileSync(process.env.WEERBAAR_WRITE_REPORT_PDF, res.rawPayload);
    const texts = pdfTexts(res.rawPayload);
    expect(texts.some((s) => s.includes(report.delivery.receipt.authorityReference))).toBe(true);
  });

  it('is not found for another organisation or an unknown report', async () => {
    expect((await stranger.get(`/api/v1/incidents/${incidentId}/reports/${reportId}/pdf`)).statusCode).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await handler.get(`/api/v1/incidents/${incidentId}/reports/${unknown}/pdf`)).statusCode).toBe(404);
  });
});
