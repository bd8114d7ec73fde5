import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { earlyWarning, significantIncident } from '../support/incident-fixtures.ts';
import { deliverAll, deliveryRunner, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Both recipients (issue 17, item 16; docs/DELIVERY.md "Both recipients"): Cbw arts. 26(1), 27(1) and 29(1)
// send each report to the CSIRT *and* the competent authority, and no article makes one delivery reach the
// other. Here they are two authority organisations: each gets the report once, with its own receipt.

const t = useTestDatabase();
let app: FastifyInstance;
let url: string;
let csirt: TestOrg;
let authority: TestOrg;

type Delivery = { recipient: string; status: string; lastError: string | null; receipt: unknown };

beforeAll(async () => {
  app = await buildTestApp(t.db);
  url = await listenOnLoopback(app);
  csirt = await createTestOrg(t.db, 'Sector-CSIRT', 'authority', ['owner']);
  authority = await createTestOrg(t.db, 'Bevoegde Autoriteit', 'authority', ['owner']);
});

afterAll(async () => {
  await app?.close();
});

async function submitterToken(org: TestOrg, name: string): Promise<string> {
  const owner = await signedIn(app, org, 'owner');
  const created = await owner.post('/api/v1/api-tokens', { name, role: 'submitter' });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().token as string;
}

async function newEntity(name: string): Promise<{ owner: TestClient; handler: TestClient; org: TestOrg }> {
  const org = await createTestOrg(t.db, name, 'entity', ['owner', 'incident-handler']);
  return { org, owner: await signedIn(app, org, 'owner'), handler: await signedIn(app, org, 'incident-handler') };
}

describe('Cbw arts. 26(1), 27(1), 29(1): a report goes to the CSIRT and to the competent authority', () => {
  it('delivers the early warning to both intakes, each with its own stored and shown receipt', async () => {
    const { owner, handler, org } = await newEntity('Twee Ontvangers BV');
    for (const [recipient, to] of [
      ['csirt', csirt],
      ['competent_authority', authority],
    ] as const) {
      const saved = await owner.put(`/api/v1/delivery-targets/${recipient}`, {
        authorityUrl: url,
        apiToken: await submitterToken(to, `Aanlevering ${org.id}`),
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ recipient, apiTokenSet: true });
    }
    expect((await owner.get('/api/v1/delivery-targets')).json().items.map((x: Delivery) => x.recipient)).toEqual([
      'csirt',
      'competent_authority',
      'sector_csirt',
      'sector_csirt_2',
      'sector_csirt_3',
    ]);

    const incidentId = await significantIncident(handler);
    const submitted = await handler.post(`/api/v1/incidents/${incidentId}/reports`, earlyWarning());
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json()).toMatchObject({
      recipients: { recipients: ['csirt', 'competent_authority'], source: 'Cbw art. 26(1)' },
      deliveries: [
        { recipient: 'csirt', status: 'pending' },
        { recipient: 'competent_authority', status: 'pending' },
      ],
    });

    await deliverAll(t.db);
    const [report] = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    expect(report.deliveries).toMatchObject([
      { recipient: 'csirt', status: 'delivered', receipt: { verified: true } },
      { recipient: 'competent_authority', status: 'delivered', receipt: { verified: true } },
    ]);
    expect(report.delivery).toMatchObject({ recipient: 'csirt', status: 'delivered' });
    // Each intake received it once and has it in its inbox.
    for (const to of [csirt, authority]) {
      expect(await countRows(t.db, 'received_submissions', to.id)).toBe(1);
      expect(await countRows(t.db, 'inbox_reports', to.id)).toBe(1);
    }
    const timeline = (await handler.get(`/api/v1/incidents/${incidentId}/timeline`)).json().items as {
      kind: string;
      summary: string;
    }[];
    expect(timeline.filter((e) => e.kind === 'report_delivered').map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('van het CSIRT'),
        expect.stringContaining('bevoegde autoriteit'),
      ]),
    );
  });

  it("keeps the competent authority's delivery waiting, with the reason, while it has no target; the CSIRT's is delivered", async () => {
    const { owner, handler, org } = await newEntity('Half Verbonden BV');
    await owner.put('/api/v1/delivery-targets/csirt', {
      authorityUrl: url,
      apiToken: await submitterToken(csirt, `Aanlevering ${org.id}`),
    });
    const incidentId = await significantIncident(handler);
    await handler.post(`/api/v1/incidents/${incidentId}/reports`, earlyWarning());
    // A long backoff: each waiting delivery is tried once here.
    const runner = deliveryRunner(t.db, 3_600_000);
    while (await runner.runOne()) {
      // until nothing is due
    }
    const [report] = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    const byRecipient = Object.fromEntries(report.deliveries.map((d: Delivery) => [d.recipient, d]));
    expect(byRecipient.csirt).toMatchObject({ status: 'delivered' });
    expect(byRecipient.competent_authority).toMatchObject({ status: 'pending', receipt: null });
    expect(byRecipient.competent_authority.lastError).toMatch(/no delivery target for the competent authority/);
  });

  it('one PUT /delivery-target sets one intake for both recipients: delivered twice, received once', async () => {
    const { owner, handler, org } = await newEntity('Een Loket BV');
    const set = await owner.put('/api/v1/delivery-target', {
      authorityUrl: url,
      apiToken: await submitterToken(authority, `Aanlevering ${org.id}`),
    });
    expect(set.statusCode, set.body).toBe(200);
    const before = await countRows(t.db, 'received_submissions', authority.id);
    const incidentId = await significantIncident(handler);
    await handler.post(`/api/v1/incidents/${incidentId}/reports`, earlyWarning());
    await deliverAll(t.db);
    const [report] = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    // The same submission id to the same intake: the same receipt for both recipients, one inbox entry.
    expect(report.deliveries.map((d: Delivery) => d.status)).toEqual(['delivered', 'delivered']);
    expect(report.deliveries[0].receipt).toEqual(report.deliveries[1].receipt);
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(before + 1);
  });
});
