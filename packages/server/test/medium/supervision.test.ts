// Supervision (issue 15 item 3): an information request both ways (supervisor asks, entity answers with a
// document and its measures dossier, supervisor judges), tenancy (another entity never sees it) and roles
// (an analyst of an authority that is no supervisor cannot send one). One database for the file.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertRegistryEntity } from '../../src/repositories/registry.repository.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import type { TestClient } from '../support/test-client.ts';
import { buildTestApp, fixedClock } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let app: FastifyInstance;
let supervisor: TestOrg;
let csirt: TestOrg;
let hospital: TestOrg;
let water: TestOrg;
let supervisorAnalyst: TestClient;
let csirtAnalyst: TestClient;
let hospitalRiskManager: TestClient;
let hospitalHandler: TestClient;
let waterOwner: TestClient;

async function inRegistry(authority: TestOrg, entity: TestOrg, sector: string, classification: string) {
  const at = new Date('2026-11-01T10:00:00Z');
  await upsertRegistryEntity(t.db, authority.id, entity.id, {
    name: entity.name,
    kvk_number: null,
    sectors: [sector],
    entity_types: [],
    classification_eu: classification,
    classification_nl: classification,
    province: null,
    latest_submission_id: crypto.randomUUID(),
    latest_submitted_at: at,
    latest_received_at: at,
    latest_reference: 'REG-2026-000001',
  });
}

function multipartFile(name: string, content: string) {
  const boundary = '----supervision';
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`,
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const request = (entityId: string, overrides: Record<string, unknown> = {}) => ({
  entityId,
  subject: 'Uitvoering zorgplicht',
  question: 'Stuur uw maatregelen met bewijs.',
  legalBasis: 'evidence',
  dueOn: '2026-12-21',
  asksMeasuresDossier: true,
  ...overrides,
});

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  supervisor = await createTestOrg(t.db, 'Toezicht Inspectie', 'authority', ['owner', 'analyst', 'auditor']);
  csirt = await createTestOrg(t.db, 'Sector CSIRT', 'authority', ['owner', 'analyst']);
  hospital = await createTestOrg(t.db, 'Toezicht Ziekenhuis', 'entity', ['owner', 'risk-manager', 'incident-handler']);
  water = await createTestOrg(t.db, 'Toezicht Water', 'entity', ['owner']);
  for (const authority of [supervisor, csirt]) {
    await inRegistry(authority, hospital, 'Health', 'essential');
    await inRegistry(authority, water, 'Drinking water', 'important');
  }
  const supervisorOwner = await signedIn(app, supervisor, 'owner');
  expect(
    (await supervisorOwner.put('/api/v1/supervision/authority-kinds', { kinds: ['supervisor', 'competent-authority'] }))
      .statusCode,
  ).toBe(200);
  const csirtOwner = await signedIn(app, csirt, 'owner');
  expect((await csirtOwner.put('/api/v1/supervision/authority-kinds', { kinds: ['csirt'] })).statusCode).toBe(200);
  supervisorAnalyst = await signedIn(app, supervisor, 'analyst');
  csirtAnalyst = await signedIn(app, csirt, 'analyst');
  hospitalRiskManager = await signedIn(app, hospital, 'risk-manager');
  hospitalHandler = await signedIn(app, hospital, 'incident-handler');
  waterOwner = await signedIn(app, water, 'owner');
});

afterAll(async () => {
  await app?.close();
});

describe('information requests', () => {
  it('go both ways: sent, answered with a document and the measures dossier, more asked, accepted; overdue flagged', async () => {
    const sent = await supervisorAnalyst.post('/api/v1/supervision/requests', request(hospital.id));
    expect(sent.statusCode).toBe(201);
    const id = sent.json().id as string;
    expect(sent.json()).toMatchObject({ status: 'sent', entityName: hospital.name, overdue: false });
    expect(sent.json().legalBasisCitation).toContain('Awb art. 5:16');

    // The hospital sees it in its own platform; the water company never does.
    const received = await hospitalRiskManager.get('/api/v1/supervision/received-requests');
    expect(received.json().items.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await waterOwner.get('/api/v1/supervision/received-requests')).json().items).toEqual([]);
    expect((await waterOwner.get(`/api/v1/supervision/received-requests/${id}`)).statusCode).toBe(404);
    expect(
      (await waterOwner.post(`/api/v1/supervision/received-requests/${id}/answers`, { text: 'x' })).statusCode,
    ).toBe(404);
    // Nor does another authority.
    expect((await csirtAnalyst.get(`/api/v1/supervision/requests/${id}`)).statusCode).toBe(404);

    // The incident handler may read but not answer for the organisation.
    expect((await hospitalHandler.get(`/api/v1/supervision/received-requests/${id}`)).statusCode).toBe(200);
    expect(
      (await hospitalHandler.post(`/api/v1/supervision/received-requests/${id}/answers`, { text: 'x' })).statusCode,
    ).toBe(403);

    const file = multipartFile('beleid.txt', 'Informatiebeveiligingsbeleid 2026');
    const upload = await hospitalRiskManager.request(
      'POST',
      `/api/v1/supervision/received-requests/${id}/documents`,
      file.payload,
      file.headers,
    );
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({ kind: 'upload', answerId: null });

    // Past the due day the answer is overdue on the supervisor's list.
    clock.set('2026-12-22T08:00:00Z');
    const late = await supervisorAnalyst.get('/api/v1/supervision/requests?overdue=true');
    expect(late.json().items.map((r: { id: string }) => r.id)).toEqual([id]);

    const answered = await hospitalRiskManager.post(`/api/v1/supervision/received-requests/${id}/answers`, {
      text: 'Zie bijlagen.',
      includeMeasuresDossier: true,
    });
    expect(answered.statusCode).toBe(201);
    expect(answered.json().status).toBe('answered');
    expect(
      (await hospitalRiskManager.post(`/api/v1/supervision/received-requests/${id}/answers`, { text: 'nog eens' }))
        .statusCode,
    ).toBe(409);

    const seen = (await supervisorAnalyst.get(`/api/v1/supervision/requests/${id}`)).json();
    expect(seen.overdue).toBe(false);
    const answerId = seen.messages[0].id;
    expect(seen.messages.map((m: { kind: string }) => m.kind)).toEqual(['answer']);
    expect(
      seen.documents.map((d: { kind: string; answerId: string }) => [d.kind, d.answerId === answerId]).sort(),
    ).toEqual([
      ['measures-dossier', true],
      ['measures-dossier', true],
      ['upload', true],
    ]);
    const pdf = seen.documents.find((d: { mediaType: string }) => d.mediaType === 'application/pdf');
    const download = await supervisorAnalyst.get(`/api/v1/supervision/requests/${id}/documents/${pdf.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await waterOwner.get(`/api/v1/supervision/received-requests/${id}/documents/${pdf.id}/content`)).statusCode,
    ).toBe(404);

    const more = await supervisorAnalyst.post(`/api/v1/supervision/requests/${id}/assessments`, {
      decision: 'more-asked',
      note: 'Ook het back-upbeleid graag.',
      dueOn: '2027-01-08',
    });
    expect(more.json()).toMatchObject({ status: 'more-asked', dueOn: '2027-01-08', overdue: false });
    await hospitalRiskManager.post(`/api/v1/supervision/received-requests/${id}/answers`, { text: 'Bijgevoegd.' });
    const accepted = await supervisorAnalyst.post(`/api/v1/supervision/requests/${id}/assessments`, {
      decision: 'accepted',
    });
    expect(accepted.json().status).toBe('accepted');
    expect(accepted.json().messages.map((m: { kind: string }) => m.kind)).toEqual([
      'answer',
      'more-asked',
      'answer',
      'accepted',
    ]);

    // Both sides audited, each in its own chain.
    const audited = async (orgId: string) =>
      (
        await t.db
          .selectFrom('audit_events')
          .select('action')
          .where('org_id', '=', orgId)
          .where('action', 'like', 'supervision.request-%')
          .orderBy('seq')
          .execute()
      ).map((e) => e.action);
    const exchange = [
      'supervision.request-sent',
      'supervision.request-document-added',
      'supervision.request-answered',
      'supervision.request-assessed',
      'supervision.request-answered',
      'supervision.request-assessed',
    ];
    expect(await audited(supervisor.id)).toEqual(exchange.filter((a) => a !== 'supervision.request-document-added'));
    expect(await audited(hospital.id)).toEqual(exchange);
    clock.set('2026-12-07T10:00:00Z');
  });

  it('only a supervisor organisation sends one, and only its acting roles', async () => {
    const refused = await csirtAnalyst.post('/api/v1/supervision/requests', request(hospital.id));
    expect(refused.statusCode).toBe(403);
    const auditor = await signedIn(app, supervisor, 'auditor');
    expect((await auditor.post('/api/v1/supervision/requests', request(hospital.id))).statusCode).toBe(403);
    expect((await hospitalRiskManager.post('/api/v1/supervision/requests', request(hospital.id))).statusCode).toBe(403);
    const count = await t.db
      .selectFrom('supervision_requests')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('asks an important entity only on an indication (NIS2 Art. 33(1)) and within a period still to run', async () => {
    const noIndication = await supervisorAnalyst.post('/api/v1/supervision/requests', request(water.id));
    expect(noIndication.statusCode).toBe(400);
    expect(noIndication.json().invalidParams[0].name).toBe('body.indication');
    const today = await supervisorAnalyst.post(
      '/api/v1/supervision/requests',
      request(hospital.id, { dueOn: '2026-12-07' }),
    );
    expect(today.json().invalidParams[0].name).toBe('body.dueOn');
    const ok = await supervisorAnalyst.post(
      '/api/v1/supervision/requests',
      request(water.id, { indication: 'Melding van een storing zonder incidentmelding.' }),
    );
    expect(ok.statusCode).toBe(201);
  });
});

describe('findings and authorities per sector', () => {
  it('the supervisor records and follows up a finding; the entity sees only its own', async () => {
    const recorded = await supervisorAnalyst.post('/api/v1/supervision/findings', {
      entityId: hospital.id,
      observation: 'Back-ups worden niet getest.',
      severity: 'high',
      followUpDueOn: '2027-03-01',
    });
    expect(recorded.statusCode).toBe(201);
    const id = recorded.json().id;
    const patched = await supervisorAnalyst.patch(`/api/v1/supervision/findings/${id}`, {
      status: 'in-progress',
      followUpNote: 'Plan ontvangen.',
    });
    expect(patched.json()).toMatchObject({ status: 'in-progress', followUpNote: 'Plan ontvangen.' });
    expect(
      (await hospitalRiskManager.get('/api/v1/supervision/received-findings'))
        .json()
        .items.map((f: { id: string }) => f.id),
    ).toEqual([id]);
    expect((await waterOwner.get('/api/v1/supervision/received-findings')).json().items).toEqual([]);
    expect(
      (
        await csirtAnalyst.post('/api/v1/supervision/findings', {
          entityId: hospital.id,
          observation: 'x',
          severity: 'low',
          followUpDueOn: '2027-03-01',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the audit log names requests and findings on both sides by their current subject and observation', async () => {
    type Event = { subjectType: string; subjectLabel: string | null };
    const labels = async (client: TestClient) =>
      new Set(
        ((await client.get('/api/v1/audit-events?pageSize=100')).json().items as Event[])
          .filter((e) => e.subjectType.startsWith('supervision-'))
          .map((e) => `${e.subjectType}: ${e.subjectLabel}`),
      );
    const expected = [
      'supervision-request: Uitvoering zorgplicht',
      'supervision-finding: Back-ups worden niet getest.',
    ];
    expect([...(await labels(await signedIn(app, supervisor, 'auditor')))]).toEqual(expect.arrayContaining(expected));
    expect([...(await labels(await signedIn(app, hospital, 'owner')))]).toEqual(expect.arrayContaining(expected));
    // The water company's trail holds its own request, never the hospital's finding.
    expect([...(await labels(await signedIn(app, water, 'owner')))]).not.toContain(expected[1]);
  });

  it('shows the entity’s competent authority and supervisor per sector, defaults or the organisation’s own', async () => {
    const entity = (await supervisorAnalyst.get(`/api/v1/supervision/entities/${hospital.id}`)).json();
    expect(entity.authorities).toEqual([
      expect.objectContaining({
        sector: 'Health',
        competentAuthority: 'Minister van Volksgezondheid, Welzijn en Sport',
        origin: 'default',
        supervisorConfirmed: false,
      }),
    ]);
    const owner = await signedIn(app, supervisor, 'owner');
    const set = await owner.put('/api/v1/supervision/sector-authorities', {
      sector: 'Health',
      competentAuthority: null,
      supervisor: 'Inspectie X',
    });
    expect(set.json()).toMatchObject({ supervisor: 'Inspectie X', origin: 'configured' });
    expect(
      (
        await supervisorAnalyst.put('/api/v1/supervision/sector-authorities', {
          sector: 'Health',
          competentAuthority: null,
          supervisor: 'Y',
        })
      ).statusCode,
    ).toBe(403);
    const after = (await supervisorAnalyst.get(`/api/v1/supervision/entities/${hospital.id}`)).json();
    expect(after.authorities[0]).toMatchObject({
      supervisor: 'Inspectie X',
      competentAuthority: 'Minister van Volksgezondheid, Welzijn en Sport',
    });
    expect(after.findings).toHaveLength(1);
  });
});
