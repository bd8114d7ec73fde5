import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payloadDigestOf } from '../../src/services/delivery/enqueue-submission.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Issue 15 item 2: indicators in received reports are compared across entities; two or more DIFFERENT
// entities naming the same indicator make a campaign, with one in-app alert; the analyst merges the linked
// reports into a case with a timeline. Entities and other authorities see none of it.

const t = useTestDatabase();
let app: FastifyInstance;
let authority: TestOrg;
let otherAuthority: TestOrg;
let entity: TestOrg;
let intake: TestClient;
let analyst: TestClient;
let auditor: TestClient;

const HOSPITAL = randomUUID();
const WATER = randomUUID();

/** A notification (NIS2 Art. 23(4)(b)) naming these indicators, in a submission envelope from one sender. */
function notificationEnvelope(senderOrgId: string, indicators: { type: string; value: string }[]) {
  const now = new Date().toISOString();
  const payload = {
    schemaVersion: '1',
    reportId: randomUUID(),
    stage: 'notification',
    version: 1,
    supersedesReportId: null,
    submittedAt: now,
    sender: {
      organisationName: senderOrgId === HOSPITAL ? 'Ziekenhuis' : 'Waterbedrijf',
      kvkNumber: '90000099',
      sector: 'health',
      entityType: 'other',
      trustServiceProvider: false,
      criticalEntity: false,
    },
    incident: {
      id: randomUUID(),
      reference: 'INC-1',
      title: 'Verdachte verbindingen',
      category: 'malware',
      detectedAt: now,
      awareAt: now,
      startedAt: null,
      significance: { outcome: 'significant', criteriaMet: [] },
    },
    content: {
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'unknown',
      contact: { name: 'J. de Vries', email: 'ciso@z.example', phone: '+31 20 123 4567' },
      initialAssessment: { severity: 'high', impact: 'Werkplekken offline.' },
      indicatorsOfCompromise: indicators,
      crossBorderInformation: null,
    },
    auditHash: 'a'.repeat(64),
  };
  return {
    id: randomUUID(),
    kind: 'incident-report',
    submittedAt: now,
    sender: { orgId: senderOrgId, name: payload.sender.organisationName, kvkNumber: '90000099' },
    payload,
    payloadDigest: payloadDigestOf(payload),
    auditHash: 'a'.repeat(64),
  };
}

async function receive(client: TestClient, envelope: ReturnType<typeof notificationEnvelope>) {
  const res = await client.post('/api/v1/submissions', envelope);
  expect([200, 201], res.body).toContain(res.statusCode);
  return envelope.id;
}

const campaignAlerts = async (client: TestClient) =>
  ((await client.get('/api/v1/notifications')).json().items as { kind: string; title: string; link: string }[]).filter(
    (n) => n.kind === 'campaign.detected',
  );

let hospitalReport: string;
let waterReport: string;
let campaignId: string;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  authority = await createTestOrg(t.db, 'Campagne Autoriteit', 'authority', ['owner', 'analyst', 'auditor']);
  otherAuthority = await createTestOrg(t.db, 'Andere Autoriteit', 'authority', ['owner', 'analyst']);
  entity = await createTestOrg(t.db, 'Campagne Ziekenhuis', 'entity', ['owner']);
  intake = await signedIn(app, authority, 'owner');
  analyst = await signedIn(app, authority, 'analyst');
  auditor = await signedIn(app, authority, 'auditor');
});

afterAll(async () => {
  await app?.close();
});

describe('campaign detection across entities (issue 15 item 2)', () => {
  it('does not call reports of one entity a campaign, however many', async () => {
    await receive(intake, notificationEnvelope(HOSPITAL, [{ type: 'ipv4', value: '203.0.113.66' }]));
    await receive(intake, notificationEnvelope(HOSPITAL, [{ type: 'ipv6', value: '::ffff:203.0.113.66' }]));
    expect((await analyst.get('/api/v1/campaigns')).json().total).toBe(0);
    expect(await campaignAlerts(analyst)).toEqual([]);
    // Both were indexed, as one canonical indicator.
    expect(await countRows(t.db, 'campaign_observations', authority.id)).toBe(2);
  });

  it('alerts the analyst once when a second entity reports the same IP, and links the reports', async () => {
    hospitalReport = await receive(
      intake,
      notificationEnvelope(HOSPITAL, [
        { type: 'ipv4', value: '198.51.100.7' },
        { type: 'domain', value: 'c2.example.com' },
      ]),
    );
    const envelope = notificationEnvelope(WATER, [
      { type: 'ipv4', value: ' 198.51.100.7 ' },
      { type: 'domain', value: 'other.example.net' },
    ]);
    waterReport = await receive(intake, envelope);
    // The same submission delivered again (a retry): no new report, no new alert.
    await receive(intake, envelope);

    const list = await analyst.get('/api/v1/campaigns');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ indicator: { type: 'ipv4', value: '198.51.100.7' }, entityCount: 2, reportCount: 2 }),
    ]);
    expect(list.json().total).toBe(1);
    expect((await analyst.get('/api/v1/campaigns?type=ipv4')).json().total).toBe(1);
    expect((await analyst.get('/api/v1/campaigns?type=domain')).json().total).toBe(0);
    campaignId = list.json().items[0].id;
    const alerts = await campaignAlerts(analyst);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.link).toBe(`/campaigns/${campaignId}`);
    expect(alerts[0]!.title).toContain('198.51.100.7');

    const detail = await analyst.get(`/api/v1/campaigns/${campaignId}`);
    expect(
      detail
        .json()
        .reports.map((r: { id: string }) => r.id)
        .sort(),
    ).toEqual([hospitalReport, waterReport].sort());
  });

  it('counts the IPv4-mapped form of an address as the address (one campaign, not two)', async () => {
    await receive(intake, notificationEnvelope(WATER, [{ type: 'ipv6', value: '::FFFF:cb00:7142' }]));
    const items = (await analyst.get('/api/v1/campaigns')).json().items as { indicator: { value: string } }[];
    expect(items.map((i) => i.indicator.value).sort()).toEqual(['198.51.100.7', '203.0.113.66']);
    const ip = items.find((i) => i.indicator.value === '203.0.113.66') as unknown as {
      entityCount: number;
      reportCount: number;
    };
    expect(ip).toMatchObject({ entityCount: 2, reportCount: 3 });
    expect(await campaignAlerts(analyst)).toHaveLength(2);
    // The total is a kept count (docs/SCALE.md): a known campaign seen again is not counted again.
    await receive(intake, notificationEnvelope(HOSPITAL, [{ type: 'ipv4', value: '198.51.100.7' }]));
    expect((await analyst.get('/api/v1/campaigns')).json().total).toBe(2);
    expect(await countRows(t.db, 'campaigns', authority.id)).toBe(2);
  });

  it('shows campaigns to nobody outside the authority that received the reports', async () => {
    const entityOwner = await signedIn(app, entity, 'owner');
    expect((await entityOwner.get('/api/v1/campaigns')).statusCode).toBe(403);
    expect((await entityOwner.get(`/api/v1/campaigns/${campaignId}`)).statusCode).toBe(403);
    const other = await signedIn(app, otherAuthority, 'analyst');
    expect((await other.get('/api/v1/campaigns')).json().total).toBe(0);
    expect((await other.get(`/api/v1/campaigns/${campaignId}`)).statusCode).toBe(404);
    // Another authority cannot put this authority's reports in a case of its own.
    const foreign = await other.post('/api/v1/campaign-cases', { title: 'X', reportIds: [hospitalReport] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().invalidParams[0].name).toBe('body.reportIds');
  });
});

describe('cases: linked reports merged, with a timeline', () => {
  let caseId: string;

  it('merges the linked reports into a case, audited', async () => {
    const created = await analyst.post('/api/v1/campaign-cases', {
      title: 'Campagne 198.51.100.7',
      reportIds: [hospitalReport, waterReport],
    });
    expect(created.statusCode, created.body).toBe(201);
    caseId = created.json().id;
    expect(created.json()).toMatchObject({ reportCount: 2, entityCount: 2 });
    const kinds = created.json().timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((k: string) => k === 'report_received')).toHaveLength(2);
    expect(kinds.filter((k: string) => k === 'report_added')).toHaveLength(2);
    const audit = await intake.get(`/api/v1/audit-events?subjectId=${caseId}`);
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['campaign-case.created']);
    // The campaign names the case that holds its reports.
    expect((await analyst.get(`/api/v1/campaigns/${campaignId}`)).json().cases).toEqual([
      { id: caseId, title: 'Campagne 198.51.100.7' },
    ]);
  });

  it('takes notes and decisions, removes and re-adds a report; the auditor only reads', async () => {
    const note = await analyst.post(`/api/v1/campaign-cases/${caseId}/entries`, {
      kind: 'decision',
      text: 'Waarschuwing aan de zorgsector sturen.',
    });
    expect(note.statusCode, note.body).toBe(201);
    const removed = await analyst.delete(`/api/v1/campaign-cases/${caseId}/reports/${waterReport}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().reports.map((r: { id: string }) => r.id)).toEqual([hospitalReport]);
    const removedEntry = removed.json().timeline.find((e: { kind: string }) => e.kind === 'report_removed');
    expect(removedEntry.report).toMatchObject({ id: waterReport, senderName: 'Waterbedrijf' });
    expect((await analyst.delete(`/api/v1/campaign-cases/${caseId}/reports/${waterReport}`)).statusCode).toBe(404);
    const readded = await analyst.post(`/api/v1/campaign-cases/${caseId}/reports`, { reportId: waterReport });
    expect(readded.json().reportCount).toBe(2);
    // Linking it again changes nothing and records nothing.
    await analyst.post(`/api/v1/campaign-cases/${caseId}/reports`, { reportId: waterReport });
    const audit = await intake.get(`/api/v1/audit-events?subjectId=${caseId}&pageSize=50`);
    expect(
      audit
        .json()
        .items.map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(
      [
        'campaign-case.created',
        'campaign-case.entry-added',
        'campaign-case.report-removed',
        'campaign-case.report-added',
      ].sort(),
    );

    expect((await auditor.get(`/api/v1/campaign-cases/${caseId}`)).statusCode).toBe(200);
    expect(
      (await auditor.post(`/api/v1/campaign-cases/${caseId}/entries`, { kind: 'note', text: 'x' })).statusCode,
    ).toBe(403);
    const cases = await analyst.get('/api/v1/campaign-cases');
    expect(cases.json().items).toEqual([expect.objectContaining({ id: caseId, reportCount: 2, entityCount: 2 })]);
  });
});
