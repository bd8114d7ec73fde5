import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { earlyWarning, significantIncident } from '../support/incident-fixtures.ts';
import { deliverAll, listenOnLoopback, validRegistration } from '../support/registration-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Issue 15 item 5 (docs/DELIVERY.md, "Addressee" and "Copies to a sector CSIRT"): each delivery names who it is
// meant for, resolved from the registration (its sectors → the competent authority, Cbw art. 15(1)); an
// installation that is not that kind of authority refuses it; a copy to a sector CSIRT chosen by the entity
// goes through the same outbox, once, with its own receipt.

const t = useTestDatabase();
let app: FastifyInstance;
let url: string;
let csirt: TestOrg;
let authority: TestOrg;
let zcert: TestOrg;

type Delivery = {
  recipient: string;
  status: string;
  lastError: string | null;
  receipt: { authorityReference: string } | null;
  addressee: { recipient: string; sectors: string[]; competentAuthorities: string[] } | null;
};

beforeAll(async () => {
  app = await buildTestApp(t.db);
  url = await listenOnLoopback(app);
  csirt = await createTestOrg(t.db, 'CSIRT', 'authority', ['owner']);
  authority = await createTestOrg(t.db, 'Bevoegde Autoriteit', 'authority', ['owner']);
  zcert = await createTestOrg(t.db, 'Z-CERT', 'authority', ['owner']);
  // What each installation says it is (supervision authority kinds).
  for (const [org, kinds] of [
    [csirt, ['csirt']],
    [authority, ['competent-authority', 'supervisor']],
    [zcert, ['csirt']],
  ] as const) {
    const owner = await signedIn(app, org, 'owner');
    expect((await owner.put('/api/v1/supervision/authority-kinds', { kinds })).statusCode).toBe(200);
  }
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

async function healthEntity(name: string): Promise<{ owner: TestClient; handler: TestClient; org: TestOrg }> {
  const org = await createTestOrg(t.db, name, 'entity', ['owner', 'incident-handler']);
  const owner = await signedIn(app, org, 'owner');
  // I.5.1: a healthcare provider, sector Health → Minister van VWS (Cbw art. 15(1)).
  expect((await owner.put('/api/v1/registration', validRegistration({ name }))).statusCode).toBe(201);
  return { org, owner, handler: await signedIn(app, org, 'incident-handler') };
}

// One token per intake and sender: an intake binds a sender to one token (sender-binding.ts).
const tokens = new Map<string, string>();
async function target(owner: TestClient, recipient: string, to: TestOrg, orgId: string): Promise<void> {
  const key = `${to.id}/${orgId}`;
  if (!tokens.has(key)) tokens.set(key, await submitterToken(to, `Aanlevering ${orgId}`));
  const saved = await owner.put(`/api/v1/delivery-targets/${recipient}`, {
    authorityUrl: url,
    apiToken: tokens.get(key),
  });
  expect(saved.statusCode, saved.body).toBe(200);
}

const VWS = 'Minister van Volksgezondheid, Welzijn en Sport';

describe('delivery names the competent authority and copies to a sector CSIRT', () => {
  it('delivers once to the CSIRT, the competent authority and the chosen sector CSIRT, each with its receipt; a repeat does not duplicate', async () => {
    const { owner, handler, org } = await healthEntity('Ziekenhuis Kopie');
    await target(owner, 'csirt', csirt, org.id);
    await target(owner, 'competent_authority', authority, org.id);
    await target(owner, 'sector_csirt', zcert, org.id);
    const before = {
      csirt: await countRows(t.db, 'received_submissions', csirt.id),
      authority: await countRows(t.db, 'received_submissions', authority.id),
      zcert: await countRows(t.db, 'received_submissions', zcert.id),
    };

    const incidentId = await significantIncident(handler);
    const body = earlyWarning();
    const submitted = await handler.post(`/api/v1/incidents/${incidentId}/reports`, body);
    expect(submitted.statusCode, submitted.body).toBe(201);
    const reportId = submitted.json().id as string;
    await deliverAll(t.db);
    // The same report again (a client retry with the same id): no new delivery anywhere.
    const repeat = await handler.post(`/api/v1/incidents/${incidentId}/reports`, { ...body, reportId });
    expect(repeat.statusCode, repeat.body).toBe(200);
    await deliverAll(t.db);

    const [report] = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    const deliveries = report.deliveries as Delivery[];
    expect(deliveries.map((d) => [d.recipient, d.status]).sort()).toEqual([
      ['competent_authority', 'delivered'],
      ['csirt', 'delivered'],
      ['sector_csirt', 'delivered'],
    ]);
    const byRecipient = Object.fromEntries(deliveries.map((d) => [d.recipient, d]));
    expect(byRecipient.competent_authority!.addressee).toEqual({
      recipient: 'competent_authority',
      sectors: ['Health'],
      competentAuthorities: [VWS],
    });
    // Three intakes, three receipts of their own.
    expect(deliveries.every((d) => d.receipt !== null)).toBe(true);
    expect(await countRows(t.db, 'received_submissions', csirt.id)).toBe(before.csirt + 1);
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(before.authority + 1);
    expect(await countRows(t.db, 'received_submissions', zcert.id)).toBe(before.zcert + 1);
  });

  it('without a sector CSIRT target there is no copy', async () => {
    const { owner, handler, org } = await healthEntity('Ziekenhuis Zonder Kopie');
    await target(owner, 'csirt', csirt, org.id);
    await target(owner, 'competent_authority', authority, org.id);
    const incidentId = await significantIncident(handler);
    const submitted = await handler.post(`/api/v1/incidents/${incidentId}/reports`, earlyWarning());
    expect((submitted.json().deliveries as Delivery[]).map((d) => d.recipient)).toEqual([
      'csirt',
      'competent_authority',
    ]);
    await deliverAll(t.db);
  });

  it('an installation that is only a CSIRT refuses a report meant for the competent authority (HTTP 400), and the entity sees why', async () => {
    const { owner, handler, org } = await healthEntity('Ziekenhuis Verkeerd Loket');
    await target(owner, 'csirt', csirt, org.id);
    // The wrong intake: the competent authority's target points at the CSIRT.
    await target(owner, 'competent_authority', csirt, org.id);
    const before = await countRows(t.db, 'received_submissions', csirt.id);
    const incidentId = await significantIncident(handler);
    await handler.post(`/api/v1/incidents/${incidentId}/reports`, earlyWarning());
    await deliverAll(t.db);
    const [report] = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    const byRecipient = Object.fromEntries((report.deliveries as Delivery[]).map((d) => [d.recipient, d]));
    expect(byRecipient.csirt).toMatchObject({ status: 'delivered' });
    expect(byRecipient.competent_authority).toMatchObject({ status: 'failed', receipt: null });
    expect(byRecipient.competent_authority!.lastError, byRecipient.competent_authority!.lastError!).toMatch(
      /HTTP 400.*not a competent authority/,
    );
    // The CSIRT kept its own delivery and nothing else.
    expect(await countRows(t.db, 'received_submissions', csirt.id)).toBe(before + 1);
  });
});
