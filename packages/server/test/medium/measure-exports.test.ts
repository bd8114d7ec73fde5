import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { MEASURE_REPORT_TITLE } from '../../src/services/measures/measure-report-pdf.ts';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Exports of the measures (issue 12 items 4 and 6): OSCAL component-definition validated against the
// official schema, gap analysis and Statement of Applicability as people's CSV, the Dutch PDF.

const SCHEMA = fileURLToPath(new URL('../../../core/test/fixtures/oscal/oscal_component_schema.json', import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);

/** A CSV parser for the tests: quoted cells, "" inside quotes, CRLF rows. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let app: FastifyInstance;
let officer: TestClient;
let stranger: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  const org = await createTestOrg(t.db, 'Export Ziekenhuis', 'entity', ['risk-manager']);
  const other = await createTestOrg(t.db, 'Ander Export Waterbedrijf', 'entity', ['risk-manager']);
  officer = await signedIn(app, org, 'risk-manager');
  stranger = await signedIn(app, other, 'risk-manager');
  const put = async (url: string, body?: unknown) => {
    const res = await officer.put(url, body);
    expect(res.statusCode, res.body).toBe(200);
  };
  await put('/api/v1/measures/nis2-art21:a', {
    status: 'implemented',
    owner: 'CISO',
    howImplemented: 'Risicoanalyse elk jaar; het bestuur stelt haar vast.',
    evidenceLinks: [{ label: 'Beleid', url: 'https://intranet.example.nl/beleid' }],
  });
  await put('/api/v1/measures/nis2-art21:b', { status: 'partial', owner: 'Servicedesk' });
  // A risk that names Art. 21(2)(h) as existing measure: that gap goes first with its score.
  const scenario = (
    await officer.post('/api/v1/risk-scenarios', { title: 'Stroom weg', threatId: 'power-outage' })
  ).json();
  const risk = await officer.post('/api/v1/risks', {
    scenarioId: scenario.id,
    title: 'Lange stroomstoring',
    inherent: { likelihood: 4, impacts: { continuity: 5 } },
    existingMeasures: [{ ref: 'nis2-art21:h', title: 'Cryptografie' }],
  });
  expect(risk.statusCode, risk.body).toBe(201);
  await put('/api/v1/measures/nis2-art21:j', {
    status: 'not-applicable',
    justification: 'Geen eigen communicatiesystemen; "uitbesteed"; zie contract',
  });
});

describe('GET /api/v1/measure-exports/oscal-component-definition', () => {
  it('is a schema-valid OSCAL component-definition with status, how and evidence', async () => {
    const res = await officer.get('/api/v1/measure-exports/oscal-component-definition');
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json();
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const component = doc['component-definition'].components[0];
    expect(component.title).toBe('Export Ziekenhuis');
    const reqs = component['control-implementations'][0]['implemented-requirements'] as {
      description: string;
      props: { name: string; value: string }[];
      links?: { href: string }[];
      remarks?: string;
    }[];
    expect(reqs).toHaveLength(10);
    const status = (i: number) => reqs[i]!.props.find((p) => p.name === 'implementation-status')?.value;
    expect([status(0), status(1), status(2), status(9)]).toEqual([
      'implemented',
      'partial',
      'planned',
      'not-applicable',
    ]);
    expect(reqs[0]!.description).toBe('Risicoanalyse elk jaar; het bestuur stelt haar vast.');
    expect(reqs[0]!.links).toHaveLength(1);
    expect(reqs[9]!.remarks).toMatch(/^Geen eigen communicatiesystemen/);
    // Art. 21(2)(h) mitigates the risk that names it: a link to a back-matter resource of that risk.
    const risks = (await officer.get('/api/v1/risks')).json().items as { id: string; title: string }[];
    const risk = risks.find((r) => r.title === 'Lange stroomstoring')!;
    const mitigates = (reqs[7]!.links ?? []).filter((l) => (l as { rel?: string }).rel === 'mitigates');
    expect(mitigates).toHaveLength(1);
    const resource = (
      doc['component-definition']['back-matter'].resources as {
        uuid: string;
        props?: { name: string; value: string }[];
      }[]
    ).find((r) => `#${r.uuid}` === mitigates[0]!.href)!;
    expect(resource.props?.find((p) => p.name === 'risk-id')?.value).toBe(risk.id);
    expect(reqs[7]!.props.find((p) => p.name === 'mitigates-risk')?.value).toBe(risk.id);
    expect(reqs[0]!.links?.filter((l) => (l as { rel?: string }).rel === 'mitigates')).toEqual([]);
  });

  it("never holds another organisation's implementation", async () => {
    const res = await stranger.get('/api/v1/measure-exports/oscal-component-definition');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Risicoanalyse elk jaar');
    expect(res.body).not.toContain('Export Ziekenhuis');
  });
});

describe('gap analysis as CSV', () => {
  it("gap analysis in people's form: BOM, ';', Dutch headers, the gaps of the coverage in its order", async () => {
    const res = await officer.get('/api/v1/measure-exports/gap-analysis');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="gap-analyse-2026-12-07.csv"');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(res.body.slice(1), ';');
    expect(header).toEqual([
      'Kader',
      'Nummer',
      'Eis',
      'Status',
      'Hoogste restrisico gekoppelde risico’s',
      'Eigenaar',
      'Klaar op',
      'Code',
    ]);
    const gaps = (await officer.get('/api/v1/measure-coverage')).json().gaps as { requirementId: string }[];
    // a implemented, j not applicable: 8 gaps, b (partial) among them.
    expect(rows.map((r) => r[7])).toEqual(gaps.map((g) => g.requirementId));
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r[7] === 'nis2-art21:b')?.[3]).toBe('Deels klaar');
    // Highest residual risk of linked risks first (here the inherent score 4 × 5: no residual set).
    expect([rows[0]![7], rows[0]![4]]).toEqual(['nis2-art21:h', '20']);
    expect(rows[1]![4]).toBe('');
  });

  it('machine form: camelCase headers, codes, comma', async () => {
    const res = await officer.get('/api/v1/measure-exports/gap-analysis?format=machine');
    const [header, ...rows] = parseCsv(res.body, ',');
    expect(header![0]).toBe('catalogue');
    expect(rows.find((r) => r[7] === 'nis2-art21:b')?.[3]).toBe('partial');
  });
});

describe('GET /api/v1/measure-exports/report', () => {
  it('is a PDF with the Dutch title', async () => {
    const res = await officer.get('/api/v1/measure-exports/report');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="maatregelen-2026-12-07.pdf"');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The document info: /Title points at an object holding the title as a PDF string.
    const raw = pdf.toString('latin1');
    const ref = /\/Title (\d+) 0 R/.exec(raw)?.[1];
    expect(ref).toBeDefined();
    expect(raw).toContain(`${ref} 0 obj\n(${MEASURE_REPORT_TITLE})`);
  });
});
