// The TLP matrix of knowledge articles (issue 14 item 6, with items 1 and 7): every label × viewer × read
// path gives exactly what the one rule in core (mayRead) allows, for published articles; a draft reaches its
// writer only. Paths: the API list (which the Kennisbank page shows as is), the article (API detail), the
// public list and the public article without sign-in, and the PDF of a quarterly trend report (published
// through the trends) on both. Also: who may write, versions, the audit trail.
import { mayRead, TLP_LABELS, type SharedObjectAudience, type SharingViewer } from '@weerbaar/core/sharing';
import type { KnowledgeArticle, KnowledgeArticleInput } from '@weerbaar/core/knowledge';
import { QUARTERLY_REPORT_TLPS } from '@weerbaar/core/trends';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { communityWith, memberCommunityIds, tokenOf } from '../support/sharing-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

interface Viewer {
  name: string;
  org: TestOrg | null;
  userId: string | null;
  client: () => Promise<TestClient>;
}

let app: FastifyInstance;
let A: TestOrg;
let N: TestOrg;
let viewers: Viewer[];
let communityId: string;
let draftId: string;
const published: (SharedObjectAudience & { id: string })[] = [];
/** The published quarterly trend reports (issue 15 item 1): articles whose PDF is read under the same rule. */
const reports = new Set<string>();

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

beforeAll(async () => {
  app = await buildTestApp(t.db);
  A = await createTestOrg(t.db, 'Kennis CSIRT', 'authority', ['owner', 'analyst', 'auditor']);
  N = await createTestOrg(t.db, 'Kennis Named', 'entity', ['owner', 'auditor']);
  const M = await createTestOrg(t.db, 'Kennis Member', 'entity', ['owner']);
  const X = await createTestOrg(t.db, 'Kennis Outsider', 'entity', ['owner']);
  communityId = (await communityWith(app, A, 'Kennis drinkwater', [N, M])).id;
  await communityWith(app, X, 'Kennis elders', []);
  const machine = await tokenOf(app, N, 'incident-handler');
  viewers = [
    { name: 'writer', org: A, userId: A.users.analyst!.id, client: () => signedIn(app, A, 'analyst') },
    { name: 'named person', org: N, userId: N.users.owner!.id, client: () => signedIn(app, N, 'owner') },
    {
      name: 'other person of named org',
      org: N,
      userId: N.users.auditor!.id,
      client: () => signedIn(app, N, 'auditor'),
    },
    { name: 'machine of named org', org: N, userId: null, client: async () => new TestClient(app, machine) },
    { name: 'member not named', org: M, userId: M.users.owner!.id, client: () => signedIn(app, M, 'owner') },
    { name: 'outsider', org: X, userId: X.users.owner!.id, client: () => signedIn(app, X, 'owner') },
    { name: 'anonymous', org: null, userId: null, client: async () => new TestClient(app) },
  ];
  const writer = await signedIn(app, A, 'analyst');
  for (const tlp of TLP_LABELS) {
    for (const named of tlp === 'RED' ? [true] : [true, false]) {
      const orgs = named && (tlp === 'AMBER' || tlp === 'AMBER+STRICT') ? [N.id] : [];
      const people = tlp === 'RED' ? [N.users.owner!.id] : [];
      const input: KnowledgeArticleInput = {
        kind: 'threat',
        title: `${tlp} ${named ? 'named' : 'community'}`,
        summary: 'Samenvatting',
        body: 'Tekst',
        tlp,
        communityId,
        ...(orgs.length ? { recipientOrgIds: orgs } : {}),
        ...(people.length ? { recipientUserIds: people } : {}),
      };
      const created = await writer.post('/api/v1/knowledge-articles', input);
      expect(created.statusCode, created.body).toBe(201);
      const id = (created.json() as KnowledgeArticle).id;
      expect((await writer.post(`/api/v1/knowledge-articles/${id}/publish`)).statusCode).toBe(200);
      published.push({
        id,
        ownerOrgId: A.id,
        communityId,
        tlp,
        recipientOrgIds: orgs,
        clientOrgIds: [],
        recipientUserIds: people,
      });
    }
  }
  // A quarterly trend report is a knowledge article too: the same labels and audiences, and its PDF.
  for (const tlp of QUARTERLY_REPORT_TLPS) {
    for (const named of tlp === 'AMBER' || tlp === 'AMBER+STRICT' ? [true, false] : [false]) {
      const orgs = named ? [N.id] : [];
      const res = await writer.post('/api/v1/trends/quarterly-reports', {
        year: 2026,
        quarter: 3,
        tlp,
        communityId,
        ...(orgs.length ? { recipientOrgIds: orgs } : {}),
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = (res.json() as KnowledgeArticle).id;
      reports.add(id);
      published.push({
        id,
        ownerOrgId: A.id,
        communityId,
        tlp,
        recipientOrgIds: orgs,
        clientOrgIds: [],
        recipientUserIds: [],
      });
    }
  }
  const draft = await writer.post('/api/v1/knowledge-articles', {
    kind: 'news',
    title: 'Concept',
    summary: 'Nog niet gepubliceerd',
    body: '',
    tlp: 'CLEAR',
    communityId,
  });
  draftId = (draft.json() as KnowledgeArticle).id;
});

async function expectedFor(v: Viewer): Promise<string[]> {
  const viewer: SharingViewer = {
    orgId: v.org?.id ?? null,
    userId: v.userId,
    communityIds: v.org ? await memberCommunityIds(t.db, v.org.id) : [],
  };
  const readable = published.filter((o) => mayRead(viewer, o)).map((o) => o.id);
  return (v.org?.id === A.id ? [...readable, draftId] : readable).sort();
}

describe('TLP 2.0 on every read path of knowledge articles', () => {
  it('the API list and each article give every signed-in viewer exactly what mayRead allows', async () => {
    for (const v of viewers.filter((v) => v.org !== null)) {
      const client = await v.client();
      const list = await client.get('/api/v1/knowledge-articles?limit=500');
      expect(list.statusCode, v.name).toBe(200);
      const expected = await expectedFor(v);
      expect(ids(list.json().items), v.name).toEqual(expected);
      for (const id of [...published.map((o) => o.id), draftId]) {
        const res = await client.get(`/api/v1/knowledge-articles/${id}`);
        expect(res.statusCode, `${v.name} ${id}`).toBe(expected.includes(id) ? 200 : 404);
        if (!reports.has(id)) continue;
        const pdf = await client.get(`/api/v1/knowledge-articles/${id}/report`);
        expect(pdf.statusCode, `${v.name} ${id} PDF`).toBe(expected.includes(id) ? 200 : 404);
        if (pdf.statusCode === 200) expect(pdf.headers['content-type']).toBe('application/pdf');
      }
    }
    // The matrix is not empty either way: the named person reads RED, the outsider only CLEAR.
    expect((await expectedFor(viewers[1]!)).length).toBeGreaterThan((await expectedFor(viewers[5]!)).length);
  });

  it('the public list and public article without sign-in give CLEAR only, never a draft', async () => {
    const anonymous = new TestClient(app);
    const expected = await expectedFor(viewers.find((v) => v.name === 'anonymous')!);
    // Two CLEAR articles and one CLEAR quarterly report.
    expect(expected).toHaveLength(3);
    const list = await anonymous.get('/api/v1/public/knowledge-articles?limit=500');
    expect(list.statusCode).toBe(200);
    expect(ids(list.json().items)).toEqual(expected);
    expect(list.json().items.every((i: { tlp: string }) => i.tlp === 'CLEAR')).toBe(true);
    for (const id of [...published.map((o) => o.id), draftId]) {
      const res = await anonymous.get(`/api/v1/public/knowledge-articles/${id}`);
      expect(res.statusCode, id).toBe(expected.includes(id) ? 200 : 404);
      if (!reports.has(id)) continue;
      const pdf = await anonymous.get(`/api/v1/public/knowledge-articles/${id}/report`);
      expect(pdf.statusCode, `${id} PDF`).toBe(expected.includes(id) ? 200 : 404);
    }
    expect([...reports].filter((id) => expected.includes(id))).toHaveLength(1);
  });

  it('the authority writes; an entity and an auditor may not; a change is a new version, audited', async () => {
    const input = { kind: 'guidance', title: 'T', summary: 'S', body: 'B', tlp: 'GREEN', communityId };
    expect((await (await signedIn(app, N, 'owner')).post('/api/v1/knowledge-articles', input)).statusCode).toBe(403);
    expect((await (await signedIn(app, A, 'auditor')).post('/api/v1/knowledge-articles', input)).statusCode).toBe(403);
    const writer = await signedIn(app, A, 'owner');
    const red = await writer.post('/api/v1/knowledge-articles', { ...input, tlp: 'RED' });
    expect(red.statusCode).toBe(400);
    const created = (await writer.post('/api/v1/knowledge-articles', input)).json() as KnowledgeArticle;
    expect(created).toMatchObject({ status: 'draft', version: 1, publishedAt: null });
    const changed = await writer.put(`/api/v1/knowledge-articles/${created.id}`, { ...input, title: 'T2' });
    expect(changed.json()).toMatchObject({ title: 'T2', version: 2 });
    const same = await writer.put(`/api/v1/knowledge-articles/${created.id}`, { ...input, title: 'T2' });
    expect(same.json()).toMatchObject({ version: 2 });
    const actions = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('org_id', '=', A.id)
      .where('subject_id', '=', created.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['knowledge-article.created', 'knowledge-article.updated']);
  });
});
