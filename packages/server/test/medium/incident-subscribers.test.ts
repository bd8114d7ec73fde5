import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/database.ts';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import type { DomainEvent } from '../../src/kernel/domain-events.ts';
import { feedbackPollJob } from '../../src/services/incidents/feedback-poll.job.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { CONTACT, earlyWarning, ransomwareIncident, significantIncident } from '../support/incident-fixtures.ts';
import { buildTestApp, testDeps, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The incidents module reacts to domain events: use cases only record what happened, the subscriber
// writes the timeline entry and plans the follow-ups, in the same transaction.

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let handler: TestClient;

const timelineOf = async (id: string) =>
  (await handler.get(`/api/v1/incidents/${id}/timeline`)).json().items as { kind: string; summary: string }[];

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Abonnee BV', 'entity', ['owner', 'incident-handler']);
  handler = await signedIn(app, org, 'incident-handler');
  const owner = await signedIn(app, org, 'owner');
  expect((await owner.patch('/api/v1/incident-settings', { contact: CONTACT })).statusCode).toBe(200);
});

afterAll(async () => {
  await app?.close();
});

describe('incident subscribers', () => {
  it('notes a status change on the timeline, in Dutch, with the note', async () => {
    const id = (await handler.post('/api/v1/incidents', ransomwareIncident())).json().id as string;
    const moved = await handler.post(`/api/v1/incidents/${id}/status-transitions`, { to: 'triage', note: 'SOC kijkt' });
    expect(moved.statusCode, moved.body).toBe(201);
    expect((await timelineOf(id)).filter((e) => e.kind === 'status_changed').map((e) => e.summary)).toEqual([
      'Status: nieuw → triage — SOC kijkt',
    ]);
  });

  it("notes the authority's receipt and starts polling for feedback when an incident report is delivered", async () => {
    const id = await significantIncident(handler);
    const submitted = await handler.post(`/api/v1/incidents/${id}/reports`, earlyWarning());
    expect(submitted.statusCode, submitted.body).toBe(201);
    const reportId = submitted.json().id as string;
    const deps = testDeps(t.db);
    const delivered = (kind: 'incident-report' | 'registration'): DomainEvent<'submission.delivered'> => ({
      action: 'submission.delivered',
      orgId: org.id,
      actor: SYSTEM_ACTOR,
      subjectType: 'submission',
      subjectId: reportId,
      occurredAt: new Date(),
      auditHash: 'test',
      data: {
        kind,
        subjectId: reportId,
        recipient: 'csirt',
        authorityReference: 'NCSC-2025-0042',
        receivedAt: '2025-03-01T10:15:00Z',
      },
    });
    const dispatch = (event: DomainEvent<'submission.delivered'>) =>
      inTransaction(t.db, (trx) =>
        deps.events.dispatch({ trx, now: new Date(), config: deps.config, log: deps.log }, [event]),
      );
    const polls = () =>
      t.db
        .selectFrom('jobs')
        .selectAll()
        .where('org_id', '=', org.id)
        .where('kind', '=', feedbackPollJob.kind)
        .execute();

    // Another kind of submission is not the incidents module's business.
    await dispatch(delivered('registration'));
    expect((await timelineOf(id)).filter((e) => e.kind === 'report_delivered')).toEqual([]);
    expect(await polls()).toHaveLength(0);

    await dispatch(delivered('incident-report'));
    expect((await timelineOf(id)).filter((e) => e.kind === 'report_delivered').map((e) => e.summary)).toEqual([
      'Ontvangstbevestiging NCSC-2025-0042 van het CSIRT (ontvangen 1 maart 2025 om 11:15 (Nederlandse tijd))',
    ]);
    expect((await polls()).map((j) => [j.payload, j.dedupe_key])).toEqual([
      [{ orgId: org.id, reportId, round: 0, recipient: 'csirt' }, `incident.feedback-poll:${reportId}:0`],
    ]);
  });
});
