// The risk register as CSV and XLSX and the PDF report for the management body, read back.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { RISK_REPORT_TITLE } from '../../src/services/risk/risk-report-pdf.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let manager: TestClient;

/** The document title from the PDF's info dictionary (pdfkit writes it as a UTF-16BE literal string). */
function pdfTitle(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const ref = /\/Title (\d+) 0 R/.exec(text)?.[1];
  const literal = ref ? new RegExp(`\\n${ref} 0 obj\\n\\(([\\s\\S]*?)\\)\\nendobj`).exec(text)?.[1] : undefined;
  if (!literal) return '';
  const bytes = Buffer.from(literal.replace(/\\([()\\])/g, '$1'), 'latin1');
  return bytes.subarray(2).swap16().toString('utf16le');
}

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock: fixedClock('2026-12-07T10:00:00Z') });
  org = await createTestOrg(t.db, 'Export Ziekenhuis', 'entity', ['risk-manager', 'auditor']);
  manager = await signedIn(app, org, 'risk-manager');
  const epd = (await manager.post('/api/v1/assets', { name: 'EPD', kind: 'service', crownJewel: true })).json();
  for (const [threatId, title, likelihood, impact] of [
    ['ransomware', 'Ransomware legt het EPD plat', 4, 5],
    ['power-outage', '=Stroomuitval van 24 uur', 2, 4],
  ] as const) {
    const s = (await manager.post('/api/v1/risk-scenarios', { title, threatId, assetIds: [epd.id] })).json();
    const r = await manager.post('/api/v1/risks', {
      scenarioId: s.id,
      title,
      inherent: { likelihood, impacts: { continuity: impact } },
      residual: { likelihood: likelihood - 1, impacts: { continuity: impact } },
      treatment: { strategy: 'mitigate', owner: 'CISO', dueOn: '2027-06-30' },
    });
    expect(r.statusCode, r.body).toBe(201);
  }
});

describe('exports of the risk register', () => {
  it('gives CSV for Dutch spreadsheets (BOM, semicolons) with Dutch headers, highest risk first, formulas neutralised', async () => {
    const auditor = await signedIn(app, org, 'auditor');
    const res = await auditor.get('/api/v1/risks/export?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\r\n');
    expect(res.body.startsWith('\uFEFF"Risico";"Scenario";"Dreiging"')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^"Ransomware legt het EPD plat"/);
    expect(lines[2]).toMatch(/^"'=Stroomuitval/);
  });

  it('gives an XLSX that reads back with the register and the matrix', async () => {
    const res = await manager.get('/api/v1/risks/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('risicoregister.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Risicoregister', 'Matrix']);
    const sheet = book.getWorksheet('Risicoregister')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Risico');
    expect(sheet.rowCount).toBe(3);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row[header.indexOf('Score (bruto)')]).toBe(20);
    expect(row[header.indexOf('Niveau (bruto)')]).toBe('Zeer hoog');
    expect(row[header.indexOf('Aanpak')]).toBe('Verminderen');
    // A value that looks like a formula stays text in a workbook.
    expect(sheet.getRow(3).getCell(1).value).toBe('=Stroomuitval van 24 uur');
  });

  it('gives a Dutch PDF report for the management body', async () => {
    const res = await manager.get('/api/v1/risks/report');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('risicoanalyse-2026-12-07.pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfTitle(pdf)).toBe(`${RISK_REPORT_TITLE} – Export Ziekenhuis`);
  });

  it("keeps another organisation's register out of its exports", async () => {
    const other = await createTestOrg(t.db, 'Export Buren', 'entity', ['owner']);
    const stranger = await signedIn(app, other, 'owner');
    const lines = (await stranger.get('/api/v1/risks/export?format=csv')).body.trim().split('\r\n');
    expect(lines).toHaveLength(1);
  });
});
