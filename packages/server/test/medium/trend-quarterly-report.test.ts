import { writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeArticle, KnowledgeArticleSummary } from '@weerbaar/core/knowledge';
import type { TrendTable } from '@weerbaar/core/trends';
import type { OrgActor } from '../../src/kernel/actor.ts';
import {
  DEMO_TREND_SENDERS,
  demoTrendSubmissions,
  incidentReportEnvelope,
  receiveAt,
} from '../../src/services/demo/seed-demo-trends.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { pdfTexts } from '../support/pdf-text.ts';
import { communityWith } from '../support/sharing-fixtures.ts';
import { buildTestApp, fixedClock, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The quarterly trend report (issue 15 item 1): the PDF through the dashboard's own queries and
// suppression, published as a knowledge article under TLP 2.0 with its figures frozen.

const NOW = new Date('2026-12-07T12:00:00Z');
const Q3 = 'year=2026&quarter=3';
const t = useTestDatabase();
let app: FastifyInstance;
let authority: TestOrg;
let member: TestOrg;
let named: TestOrg;
let analyst: TestClient;
let ctx: OrgActor;
let communityId: string;

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock: fixedClock(NOW) });
  authority = await createTestOrg(t.db, 'Kwartaal Autoriteit', 'authority', ['owner', 'analyst', 'auditor']);
  member = await createTestOrg(t.db, 'Kwartaal Waterbedrijf', 'entity', ['owner']);
  named = await createTestOrg(t.db, 'Kwartaal Netbeheerder', 'entity', ['owner']);
  const owner = authority.users.owner!;
  ctx = {
    actor: {
      type: 'user',
      userId: owner.id,
      label: owner.email,
      sessionId: '',
      orgId: authority.id,
      role: 'owner',
      orgKind: 'authority',
    },
    orgId: authority.id,
    role: 'owner',
    orgKind: 'authority',
  };
  await receiveAt(app.deps, ctx, demoTrendSubmissions(NOW, 60));
  communityId = (await communityWith(app, authority, 'Kwartaal sectoren', [member, named])).id;
  analyst = await signedIn(app, authority, 'analyst');
});

afterAll(async () => {
  await app?.close();
});

async function pdfText(client: TestClient, url: string): Promise<string> {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  if (process.env.WEERBAAR_WRITE_QUARTERLY_PDF) writeFileSync(process.env.WEERBAAR_WRITE_QUARTERLY_PDF, res.rawPayload);
  return pdfTexts(res.rawPayload).join('\n');
}

async function sectorTable(): Promise<TrendTable> {
  const res = await analyst.get(
    '/api/v1/trends?view=incidents&dimension=sector&interval=month&from=2026-07-01&to=2026-09-30',
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('GET /api/v1/trends/quarterly-report', () => {
  it('is a PDF with the quarter title, "< 3" for a suppressed cell and the real count of a shown one', async () => {
    const table = await sectorTable();
    const suppressed = table.rows.flatMap((r) => r.cells).filter((c) => c.value === null);
    expect(suppressed.length).toBeGreaterThan(0);
    const shown = table.rows.find((r) => r.total.value !== null && r.total.value > 0)!;
    expect(shown).toBeDefined();
    const text = await pdfText(analyst, `/api/v1/trends/quarterly-report?${Q3}&tlp=AMBER`);
    expect(text).toContain('Trendrapport Q3 2026');
    expect(text).toContain('1 juli 2026 tot en met 30 september 2026');
    expect(text).not.toContain('het kwartaal loopt nog');
    // The running quarter says up to which day its figures go.
    const running = await pdfText(analyst, '/api/v1/trends/quarterly-report?year=2026&quarter=4');
    expect(running).toContain('het kwartaal loopt nog: cijfers tot 7 december 2026');
    expect(text).toContain('TLP:AMBER');
    expect(text).toContain('< 3');
    expect(text).toContain(`Incidenten: ${table.total.value}`);
    expect(text).toContain(shown.label);
    expect(text).toContain(`${shown.label}${shown.cells.map((c) => c.value ?? '< 3').join('')}${shown.total.value}`);
    // The export is on the audit trail, as the CSV's is.
    const audit = await sql<{ details: { as: string; quarter: number } }>`
      SELECT details FROM audit_events WHERE org_id = ${authority.id} AND action = 'trends.exported'`.execute(t.db);
    expect(audit.rows.map((r) => r.details)).toContainEqual(expect.objectContaining({ as: 'pdf', quarter: 3 }));
  });

  it('refuses a quarter or year out of range, naming the field', async () => {
    for (const [query, field] of [
      ['year=2026&quarter=5', 'quarter'],
      ['year=2026&quarter=0', 'quarter'],
      ['year=1999&quarter=1', 'year'],
    ] as const) {
      const res = await analyst.get(`/api/v1/trends/quarterly-report?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(res.json().invalidParams), query).toContain(field);
    }
    const red = await analyst.post('/api/v1/trends/quarterly-reports', {
      year: 2026,
      quarter: 3,
      tlp: 'RED',
      communityId,
    });
    expect(red.statusCode).toBe(400);
    expect(JSON.stringify(red.json().invalidParams)).toContain('tlp');
  });

  it('is for the authority only: an entity may neither download nor publish', async () => {
    const entity = await signedIn(app, member, 'owner');
    expect((await entity.get(`/api/v1/trends/quarterly-report?${Q3}`)).statusCode).toBe(403);
    const body = { year: 2026, quarter: 3, tlp: 'GREEN', communityId };
    expect((await entity.post('/api/v1/trends/quarterly-reports', body)).statusCode).toBe(403);
    expect(
      (await (await signedIn(app, authority, 'auditor')).post('/api/v1/trends/quarterly-reports', body)).statusCode,
    ).toBe(403);
    expect((await new TestClient(app).get(`/api/v1/trends/quarterly-report?${Q3}`)).statusCode).toBe(401);
  });
});

describe('POST /api/v1/trends/quarterly-reports', () => {
  it('publishes a trend article with the PDF, read under TLP 2.0, with figures frozen', async () => {
    const before = await sectorTable();
    const green = await analyst.post('/api/v1/trends/quarterly-reports', {
      year: 2026,
      quarter: 3,
      tlp: 'GREEN',
      communityId,
    });
    expect(green.statusCode, green.body).toBe(201);
    const article = green.json() as KnowledgeArticle;
    expect(article).toMatchObject({
      kind: 'trend',
      status: 'published',
      tlp: 'GREEN',
      title: 'Trendrapport Q3 2026',
      hasReport: true,
    });
    expect(article.body).toContain(`Incidenten: ${before.total.value}`);
    const amber = await analyst.post('/api/v1/trends/quarterly-reports', {
      year: 2026,
      quarter: 3,
      tlp: 'AMBER',
      title: 'Trendrapport Q3 2026 (netbeheer)',
      communityId,
      recipientOrgIds: [named.id],
    });
    expect(amber.statusCode, amber.body).toBe(201);
    const amberId = (amber.json() as KnowledgeArticle).id;

    // The member reads the GREEN report and its PDF, not the AMBER one naming another organisation.
    const entity = await signedIn(app, member, 'owner');
    const list = (await entity.get('/api/v1/knowledge-articles?kind=trend')).json().items as KnowledgeArticleSummary[];
    expect(list.map((a) => a.id)).toEqual([article.id]);
    expect(list[0]!.hasReport).toBe(true);
    const entityPdf = await pdfText(entity, `/api/v1/knowledge-articles/${article.id}/report`);
    expect(entityPdf).toContain('Trendrapport Q3 2026');
    expect(entityPdf).toContain('TLP:GREEN');
    expect((await entity.get(`/api/v1/knowledge-articles/${amberId}/report`)).statusCode).toBe(404);
    // The named organisation reads the AMBER one; nobody without sign-in reads either (not CLEAR).
    const recipient = await signedIn(app, named, 'owner');
    expect(await pdfText(recipient, `/api/v1/knowledge-articles/${amberId}/report`)).toContain('TLP:AMBER');
    expect((await new TestClient(app).get(`/api/v1/public/knowledge-articles/${article.id}/report`)).statusCode).toBe(
      404,
    );

    // A new incident reported in the quarter: the dashboard counts it, the published report does not.
    const late = {
      key: 'LATE1',
      sender: DEMO_TREND_SENDERS[0]!,
      category: 'ransomware' as const,
      severity: 'high' as const,
      awareAt: new Date('2026-08-14T08:00:00Z'),
      crossBorder: 'no' as const,
      memberStates: [],
    };
    const at = new Date('2026-08-14T12:00:00Z');
    await receiveAt(app.deps, ctx, [{ at, envelope: incidentReportEnvelope(late, 'early_warning', at) }]);
    const after = await sectorTable();
    expect(after.total.value).toBe(before.total.value! + 1);
    const live = await pdfText(analyst, `/api/v1/trends/quarterly-report?${Q3}`);
    expect(live).toContain(`Incidenten: ${after.total.value}`);
    const frozen = await pdfText(entity, `/api/v1/knowledge-articles/${article.id}/report`);
    expect(frozen).toContain(`Incidenten: ${before.total.value}`);
    expect(frozen).not.toContain(`Incidenten: ${after.total.value}`);
    expect((await entity.get(`/api/v1/knowledge-articles/${article.id}`)).json().body).toContain(
      `Incidenten: ${before.total.value}`,
    );

    // On the audit trail: the article written and published, and the report published.
    const actions = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('org_id', '=', authority.id)
      .where('subject_id', '=', article.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'knowledge-article.created',
      'knowledge-article.published',
      'trends.quarterly-report-published',
    ]);
  });

  it('serves a CLEAR report publicly, without sign-in', async () => {
    const clear = await analyst.post('/api/v1/trends/quarterly-reports', {
      year: 2026,
      quarter: 2,
      tlp: 'CLEAR',
      communityId,
    });
    expect(clear.statusCode, clear.body).toBe(201);
    const id = (clear.json() as KnowledgeArticle).id;
    const text = await pdfText(new TestClient(app), `/api/v1/public/knowledge-articles/${id}/report`);
    expect(text).toContain('Trendrapport Q2 2026');
    expect(text).toContain('TLP:CLEAR');
  });
});
