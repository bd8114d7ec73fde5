import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealSecret } from '../../src/adapters/secret-box.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { API_TOKEN_PURPOSE } from '../../src/services/delivery/delivery-secrets.ts';
import { deadlineReminderJob } from '../../src/services/incidents/deadline-reminder.job.ts';
import { demoEmail, DEMO_ORGS, DEMO_PASSWORD, seedDemo } from '../../src/services/demo/seed-demo.ts';
import { sendDemoUitvraagOnceRegistered } from '../../src/services/demo/seed-demo-crisis-requests.ts';
import { deliverAll, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { loadCsafValidatorFirst } from '../support/csaf-validator.ts';

// Issue 9 item 11: after `npm start` the demo shows a living platform — incidents in every stage, reports in
// the authority's inbox and entries in its register — made through the real use cases, idempotently.

const t = useTestDatabase();
loadCsafValidatorFirst();
let app: FastifyInstance;
let url: string;
const authorityDemo = DEMO_ORGS.find((o) => o.kind === 'authority')!;
const entityDemos = DEMO_ORGS.filter((o) => o.kind === 'entity');

const signIn = async (role: 'incident-handler' | 'owner' | 'analyst', domain: string) => {
  const client = new TestClient(app);
  expect((await client.logIn(demoEmail(role, domain), DEMO_PASSWORD)).statusCode).toBe(201);
  return client;
};
const count = async (
  table: 'incidents' | 'audit_events' | 'submissions_outbox' | 'registration_versions' | 'crisis_requests',
) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(t.db)).rows[0]!.n);

type Stage = { stage: string; state: string; deadline: string | null };
const stageOf = (stages: Stage[], stage: string) => stages.find((s) => s.stage === stage);

beforeAll(async () => {
  app = await buildTestApp(t.db);
  url = await listenOnLoopback(app);
  await seedDemo(app.deps, url);
});

afterAll(async () => {
  await app?.close();
});

describe('demo seed', () => {
  it('is idempotent: a second run adds no incident, registration, delivery or audit event', async () => {
    const before = await Promise.all(
      (['incidents', 'audit_events', 'submissions_outbox', 'registration_versions'] as const).map(count),
    );
    expect(before[0]).toBe(entityDemos.length * 4);
    await seedDemo(app.deps, url);
    expect(
      await Promise.all(
        (['incidents', 'audit_events', 'submissions_outbox', 'registration_versions'] as const).map(count),
      ),
    ).toEqual(before);
  });

  it('publishes the last whole quarter’s trend report once, which an entity reads with its PDF', async () => {
    const owner = await signIn('owner', entityDemos[0]!.domain);
    const trends = (await owner.get('/api/v1/knowledge-articles?kind=trend')).json().items as {
      id: string;
      title: string;
      hasReport: boolean;
      tlp: string;
    }[];
    const reports = trends.filter((a) => a.hasReport);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ tlp: 'GREEN', title: expect.stringMatching(/^Trendrapport Q[1-4] \d{4}$/) });
    const pdf = await owner.get(`/api/v1/knowledge-articles/${reports[0]!.id}/report`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('plays the history without setting off reminders of past moments when the jobs run', async () => {
    // Planned while the clock was set back, due at once: each re-checks the clock and finds the report in.
    const runner = new JobRunner(app.deps, { jobs: [deadlineReminderJob], backoffMs: () => 20 });
    let ran = 0;
    while (await runner.runOne()) ran++;
    expect(ran).toBeGreaterThan(0);
    const notes = await sql<{ title: string }>`SELECT title FROM notifications`.execute(t.db);
    expect(notes.rows).toEqual([]);
    expect(await sql`SELECT 1 FROM mail_outbox`.execute(t.db).then((r) => r.rows)).toEqual([]);
  });

  it('gives each entity incidents in every stage, with the right clocks', async () => {
    for (const demo of entityDemos) {
      const handler = await signIn('incident-handler', demo.domain);
      const items = (await handler.get('/api/v1/incidents?pageSize=50')).json().items as {
        id: string;
        status: string;
        awareAt: string | null;
      }[];
      // new (untouched), triage (decided: the clock runs), containment (early warning sent), closed. The
      // hospital's and the water company's new incident went to triage with a voluntary notification
      // (seed-demo-campaigns.ts); the decided one is the one with a T0.
      const campaign = demo.name !== 'Gemeente Weerdam';
      expect(items.map((i) => i.status).sort(), demo.name).toEqual(
        campaign ? ['closed', 'containment', 'triage', 'triage'] : ['closed', 'containment', 'new', 'triage'],
      );
      const byStatus = Object.fromEntries(
        items.filter((i) => i.status !== 'triage' || i.awareAt !== null).map((i) => [i.status, i.id]),
      );
      const clockOf = async (status: string) =>
        (await handler.get(`/api/v1/incidents/${byStatus[status]}/deadlines`)).json() as {
          now: string;
          stages: Stage[];
        };

      // A 24 h early-warning clock started a few hours ago (NIS2 Art. 23(4)(a)).
      const running = await clockOf('triage');
      const ew = stageOf(running.stages, 'early_warning')!;
      expect(ew.state).toBe('pending');
      const left = Date.parse(ew.deadline!) - Date.parse(running.now);
      expect(left).toBeGreaterThan(18 * 3_600_000);
      expect(left).toBeLessThan(24 * 3_600_000);
      // The early warning starts filled in, with the entity's contact person (Cbw art. 26(2)(c)).
      const draft = (await handler.get(`/api/v1/incidents/${byStatus.triage}/report-drafts/early_warning`)).json();
      expect(draft.content.contact.email).toBe(`ciso@${demo.domain}`);

      // Early warning sent, the notification is due (NIS2 Art. 23(4)(b)).
      const due = await clockOf('containment');
      expect(stageOf(due.stages, 'early_warning')!.state).toBe('submitted');
      expect(stageOf(due.stages, 'notification')).toMatchObject({ state: 'pending' });

      // Closed, with the whole chain sent on time, the final report last (NIS2 Art. 23(4)(d)).
      const closed = await clockOf('closed');
      for (const stage of ['early_warning', 'notification', 'final_report'])
        expect(stageOf(closed.stages, stage)!.state, stage).toBe('submitted');

      // The untouched one is still new: nobody worked on it.
      if (!campaign) expect(stageOf((await clockOf('new')).stages, 'early_warning')).toBeUndefined();
    }
  });

  it('leaves the audit trail of a person doing the work, the status steps included', async () => {
    const handler = await signIn('incident-handler', entityDemos[0]!.domain);
    const closed = (await handler.get('/api/v1/incidents?status=closed')).json().items[0];
    const actions = (
      await t.db
        .selectFrom('audit_events')
        .select(['action', 'actor_label'])
        .where('subject_id', 'in', [closed.id])
        .orderBy('seq')
        .execute()
    ).map((e) => e.action);
    expect(actions).toEqual([
      'incident.created',
      'incident.significance-decided',
      'incident.status-changed', // new → triage, by the decision
      'incident.status-changed',
      'incident.status-changed',
      'incident.status-changed',
      'incident.status-changed',
    ]);
    const timeline = (await handler.get(`/api/v1/incidents/${closed.id}/timeline`)).json().items as {
      kind: string;
    }[];
    expect(timeline.filter((e) => e.kind === 'report_submitted')).toHaveLength(3);
  });

  it('queues the registrations and reports; the outbox delivers them into the authority inbox and register', async () => {
    const owner = await signIn('owner', entityDemos[0]!.domain);
    expect((await owner.get('/api/v1/registration')).json().latestSubmission).toMatchObject({ status: 'pending' });
    await deliverAll(t.db);
    expect((await owner.get('/api/v1/registration')).json().latestSubmission).toMatchObject({
      status: 'delivered',
      receipt: { verified: true },
    });

    const analyst = await signIn('analyst', authorityDemo.domain);
    const registry = (await analyst.get('/api/v1/registry/entities')).json();
    // The hospital and the water company registered; the municipality's registration is left to do. (The
    // other entries are the trends demo's fictitious entities, seed-demo-trends.ts.)
    const demoNames = new Set(entityDemos.map((d) => d.name));
    expect(
      registry.items
        .map((e: { name: string }) => e.name)
        .filter((n: string) => demoNames.has(n))
        .sort(),
    ).toEqual(['Waterbedrijf Lage Landen', 'Ziekenhuis Noorderlicht']);
    // All pages: the trends demo adds a few hundred reports of other senders.
    const items: { sender: { name: string }; stage: string }[] = [];
    for (let page = 1; ; page++) {
      const inbox = (await analyst.get(`/api/v1/inbox/reports?pageSize=100&page=${page}`)).json();
      items.push(...inbox.items);
      if (items.length >= inbox.total || inbox.items.length === 0) break;
    }
    const stages = items.map((r) => `${r.sender.name}: ${r.stage}`);
    for (const demo of entityDemos) {
      expect(stages.filter((s) => s === `${demo.name}: early_warning`)).toHaveLength(2);
      expect(stages).toContain(`${demo.name}: notification`);
      expect(stages).toContain(`${demo.name}: final_report`);
    }
    // Issue 15 item 2: the hospital and the water company name the same source IP (seed-demo-campaigns.ts).
    const campaigns = (await analyst.get('/api/v1/campaigns')).json().items as {
      indicator: { value: string };
      entityCount: number;
    }[];
    expect(campaigns.find((c) => c.indicator.value === '192.0.2.44')).toMatchObject({ entityCount: 2 });
  });
});

describe('demo seed with the demo services', () => {
  it('links each entity’s running incident to one of its services', async () => {
    for (const demo of entityDemos) {
      const handler = await signIn('incident-handler', demo.domain);
      const items = (await handler.get('/api/v1/incidents?pageSize=50')).json().items as {
        id: string;
        status: string;
        awareAt: string | null;
      }[];
      // The decided one: a voluntary notification also moves an incident to triage (seed-demo-campaigns.ts).
      const running = items.find((i) => i.status === 'triage' && i.awareAt !== null)!;
      const incident = (await handler.get(`/api/v1/incidents/${running.id}`)).json() as {
        assets: { kind: string }[];
      };
      expect(
        incident.assets.some((a) => a.kind === 'service'),
        demo.name,
      ).toBe(true);
    }
  });
});

describe('the demo uitvraag', () => {
  const uitvragen = async () =>
    (
      await sql<{ name: string; subject: string; exercise: boolean }>`
        SELECT o.name, m.subject, m.exercise FROM authority_messages m JOIN organisations o ON o.id = m.org_id`.execute(
        t.db,
      )
    ).rows;

  it('is sent once the water company is in the register, and its own pull brings it in at once', async () => {
    // The seed ran before the registration was delivered (above): it could not send it then.
    expect(await count('crisis_requests')).toBe(0);
    // `start --demo` waits for the delivered registration (the test delivered it above), then sends.
    expect(await sendDemoUitvraagOnceRegistered(app.deps, 5_000)).toBe('sent');
    expect(await uitvragen()).toEqual([
      { name: 'Waterbedrijf Lage Landen', subject: 'Bent u geraakt door de ransomware?', exercise: true },
    ]);
    // Again (the next start): nothing new.
    expect(await sendDemoUitvraagOnceRegistered(app.deps, 5_000)).toBe('already-there');
    await seedDemo(app.deps, url);
    expect(await count('crisis_requests')).toBe(1);
    expect(await uitvragen()).toHaveLength(1);
  });
});

describe('demo started again at another address', () => {
  const targetsOf = async () =>
    (
      await sql<{ name: string; authority_url: string }>`
        SELECT o.name, t.authority_url FROM delivery_targets t JOIN organisations o ON o.id = t.org_id
        ORDER BY o.name, t.recipient`.execute(t.db)
    ).rows;

  it('moves the demo entities to it, but not a target someone pointed at another authority', async () => {
    const elsewhere = 'http://127.0.0.1:9/';
    const water = entityDemos.find((d) => d.name === 'Waterbedrijf Lage Landen')!;
    await sql`
      UPDATE delivery_targets SET authority_url = 'https://other.example', api_token_ciphertext = ${sealSecret(app.deps.config, 'wb_other-token', API_TOKEN_PURPOSE)}
      WHERE org_id = (SELECT id FROM organisations WHERE name = ${water.name})`.execute(t.db);

    await seedDemo(app.deps, elsewhere);

    for (const row of await targetsOf())
      expect(row.authority_url, row.name).toBe(row.name === water.name ? 'https://other.example' : elsewhere);
    await seedDemo(app.deps, url);
    for (const row of await targetsOf())
      expect(row.authority_url, row.name).toBe(row.name === water.name ? 'https://other.example' : url);
  });
});
