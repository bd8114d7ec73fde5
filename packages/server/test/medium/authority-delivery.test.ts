import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { earlyWarning, significantIncident } from '../support/incident-fixtures.ts';
import { deliverAll, listenOnLoopback, validRegistration } from '../support/registration-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { payloadDigestOf } from '../../src/services/delivery/enqueue-submission.ts';

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
let ilt: TestOrg;
let secondCsirt: TestOrg;

const VWS = 'Minister van Volksgezondheid, Welzijn en Sport';
const IENW = 'Minister van Infrastructuur en Waterstaat';

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
  ilt = await createTestOrg(t.db, 'Bevoegde Autoriteit IenW', 'authority', ['owner']);
  secondCsirt = await createTestOrg(t.db, 'Tweede sector-CSIRT', 'authority', ['owner']);
  // What each installation says it is (supervision authority kinds) and, for two, which competent authority
  // (Cbw art. 15) it acts for; the others have not said, so they receive for any.
  for (const [org, body] of [
    [csirt, { kinds: ['csirt'] }],
    [authority, { kinds: ['competent-authority', 'supervisor'], competentAuthorities: [VWS] }],
    [zcert, { kinds: ['csirt'] }],
    [ilt, { kinds: ['competent-authority'], competentAuthorities: [IENW] }],
    [secondCsirt, { kinds: ['csirt'] }],
  ] as const) {
    const owner = await signedIn(app, org, 'owner');
    const saved = await owner.put('/api/v1/supervision/authority-kinds', body);
    expect(saved.statusCode, saved.body).toBe(200);
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

  it('two sector CSIRT copies: each its own target, entry and receipt, each arrives once; a repeat adds nothing', async () => {
    const { owner, handler, org } = await healthEntity('Ziekenhuis Twee Kopieën');
    await target(owner, 'csirt', csirt, org.id);
    await target(owner, 'competent_authority', authority, org.id);
    await target(owner, 'sector_csirt', zcert, org.id);
    await target(owner, 'sector_csirt_2', secondCsirt, org.id);
    const count = async () => ({
      zcert: await countRows(t.db, 'received_submissions', zcert.id),
      second: await countRows(t.db, 'received_submissions', secondCsirt.id),
    });
    const before = await count();

    const incidentId = await significantIncident(handler);
    const body = earlyWarning();
    const submitted = await handler.post(`/api/v1/incidents/${incidentId}/reports`, body);
    expect(submitted.statusCode, submitted.body).toBe(201);
    const reportId = submitted.json().id as string;
    await deliverAll(t.db);
    const repeat = await handler.post(`/api/v1/incidents/${incidentId}/reports`, { ...body, reportId });
    expect(repeat.statusCode, repeat.body).toBe(200);
    await deliverAll(t.db);

    const [report] = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    const deliveries = report.deliveries as Delivery[];
    expect(deliveries.map((d) => [d.recipient, d.status]).sort()).toEqual([
      ['competent_authority', 'delivered'],
      ['csirt', 'delivered'],
      ['sector_csirt', 'delivered'],
      ['sector_csirt_2', 'delivered'],
    ]);
    const byRecipient = Object.fromEntries(deliveries.map((d) => [d.recipient, d]));
    // Each copy is addressed as a sector CSIRT (the slot stays with the sender) and has its own receipt.
    expect(byRecipient.sector_csirt_2!.addressee?.recipient).toBe('sector_csirt');
    expect(byRecipient.sector_csirt!.receipt).not.toBeNull();
    expect(byRecipient.sector_csirt_2!.receipt).not.toBeNull();
    expect(byRecipient.sector_csirt_2!.receipt!.authorityReference).toMatch(/^MLD-/);
    expect(await count()).toEqual({ zcert: before.zcert + 1, second: before.second + 1 });
    // One outbox entry and one delivery job per copy, never two.
    const entries = await t.db
      .selectFrom('submissions_outbox')
      .select('recipient')
      .where('org_id', '=', org.id)
      .where('id', '=', reportId)
      .execute();
    expect(entries.map((e) => e.recipient).sort()).toEqual([
      'competent_authority',
      'csirt',
      'sector_csirt',
      'sector_csirt_2',
    ]);
    const jobs = await t.db
      .selectFrom('jobs')
      .select('dedupe_key')
      .where('dedupe_key', 'like', `submission.deliver:${reportId}%`)
      .execute();
    expect(jobs.map((j) => j.dedupe_key).sort()).toEqual(
      [
        `submission.deliver:${reportId}`,
        `submission.deliver:${reportId}:competent_authority`,
        `submission.deliver:${reportId}:sector_csirt`,
        `submission.deliver:${reportId}:sector_csirt_2`,
      ].sort(),
    );
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

  it('a competent authority acting for another minister refuses the report (HTTP 400 wrong_recipient) naming the one expected, and stores nothing', async () => {
    const { owner, handler, org } = await healthEntity('Ziekenhuis Verkeerde Minister');
    await target(owner, 'csirt', csirt, org.id);
    // A competent authority, but for IenW: the hospital's report is meant for VWS (Health, Cbw art. 15(1)).
    await target(owner, 'competent_authority', ilt, org.id);
    const before = {
      ilt: await countRows(t.db, 'received_submissions', ilt.id),
      csirt: await countRows(t.db, 'received_submissions', csirt.id),
    };
    const incidentId = await significantIncident(handler);
    await handler.post(`/api/v1/incidents/${incidentId}/reports`, earlyWarning());
    await deliverAll(t.db);
    const [report] = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    const byRecipient = Object.fromEntries((report.deliveries as Delivery[]).map((d) => [d.recipient, d]));
    expect(byRecipient.csirt).toMatchObject({ status: 'delivered' });
    expect(byRecipient.competent_authority).toMatchObject({ status: 'failed', receipt: null });
    const lastError = byRecipient.competent_authority!.lastError!;
    expect(lastError).toContain('HTTP 400');
    expect(lastError).toContain(`meant for the competent authority ${VWS}`);
    expect(lastError).toContain(`acts for ${IENW}`);
    expect(lastError).toContain('[wrong_recipient]');
    expect(await countRows(t.db, 'received_submissions', ilt.id)).toBe(before.ilt);
    expect(await countRows(t.db, 'received_submissions', csirt.id)).toBe(before.csirt + 1);
  });

  it('the intake itself answers 400 wrong_recipient with the expected authority as a parameter', async () => {
    const sender = await createTestOrg(t.db, 'Ziekenhuis Direct', 'entity', ['owner']);
    const token = await submitterToken(ilt, 'Direct');
    const payload = validRegistration({ name: 'Ziekenhuis Direct' });
    const id = crypto.randomUUID();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': id },
      payload: {
        id,
        kind: 'registration',
        submittedAt: new Date().toISOString(),
        sender: { orgId: sender.id, name: 'Ziekenhuis Direct', kvkNumber: null },
        payload,
        payloadDigest: payloadDigestOf(payload),
        auditHash: 'a'.repeat(64),
        addressee: { recipient: 'competent_authority', sectors: ['Health'], competentAuthorities: [VWS] },
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    const param = res.json().invalidParams[0];
    expect(param).toMatchObject({
      name: 'body.addressee.recipient',
      code: 'wrong_recipient',
      params: { expected: VWS },
    });
    expect(await countRows(t.db, 'received_submissions', ilt.id)).toBe(0);
  });

  it('the competent authorities acted for are read back, kept when a change leaves them out, and audited', async () => {
    const owner = await signedIn(app, ilt, 'owner');
    expect((await owner.get('/api/v1/supervision/authority-kinds')).json()).toEqual({
      kinds: ['competent-authority'],
      competentAuthorities: [IENW],
    });
    // An older client sends kinds only: the names stay.
    const kept = await owner.put('/api/v1/supervision/authority-kinds', {
      kinds: ['competent-authority', 'supervisor'],
    });
    expect(kept.json()).toEqual({ kinds: ['competent-authority', 'supervisor'], competentAuthorities: [IENW] });
    // Duplicates without regard to case and spacing collapse; an empty list accepts any again.
    const twice = await owner.put('/api/v1/supervision/authority-kinds', {
      kinds: ['competent-authority'],
      competentAuthorities: [IENW, ` ${IENW.toLowerCase()}  `],
    });
    expect(twice.json().competentAuthorities).toEqual([IENW]);
    const events = await t.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('org_id', '=', ilt.id)
      .where('action', '=', 'supervision.authority-kinds-set')
      .orderBy('seq')
      .execute();
    // Three changes (set in beforeAll, kinds changed, kinds changed back), each naming what it acts for.
    expect(events.map((e) => e.details.competentAuthorities)).toEqual([[IENW], [IENW], [IENW]]);
    expect(events[0]!.details.competentAuthoritiesBefore).toEqual([]);
  });
});
