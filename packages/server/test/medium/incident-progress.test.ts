import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { insertTimelineEntry } from '../../src/repositories/incident-activity.repository.ts';
import { lockIncident } from '../../src/repositories/incident.repository.ts';
import { recordAuthorityFeedback } from '../../src/services/incidents/record-authority-feedback.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { CONTACT, earlyWarning, ransomwareIncident, significantIncident } from '../support/incident-fixtures.ts';
import { buildTestApp, testDeps, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Issue 9 item 8: the status follows the work. Deciding, reporting and the authority's feedback move a
// new incident to triage in the same transaction, on the audit trail and the timeline; a final report
// closes nothing by itself (core incident-progress.ts).

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let handler: TestClient;

const statusOf = async (id: string) => (await handler.get(`/api/v1/incidents/${id}`)).json().status as string;
const auditOf = async (id: string) =>
  (
    await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label', 'details'])
      .where('org_id', '=', org.id)
      .where('subject_id', '=', id)
      .orderBy('seq')
      .execute()
  ).map((e) => ({ action: e.action, actor: e.actor_label, details: e.details }));
const statusLines = async (id: string) =>
  ((await handler.get(`/api/v1/incidents/${id}/timeline`)).json().items as { kind: string; summary: string }[])
    .filter((e) => e.kind === 'status_changed')
    .map((e) => e.summary);

const FINAL = {
  stage: 'final_report',
  content: {
    description: 'Ransomware op de EPD-server via een phishingmail; bestanden versleuteld.',
    severity: 'high',
    impact: 'EPD twee dagen niet beschikbaar.',
    threatTypeOrRootCause: 'Phishing met gestolen VPN-wachtwoord.',
    mitigationMeasures: { applied: 'Server opnieuw ingericht uit back-up; MFA op VPN.', ongoing: null },
    crossBorderImpact: null,
  },
};

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Voortgang Ziekenhuis', 'entity', ['owner', 'incident-handler']);
  handler = await signedIn(app, org, 'incident-handler');
  const owner = await signedIn(app, org, 'owner');
  expect((await owner.patch('/api/v1/incident-settings', { contact: CONTACT })).statusCode).toBe(200);
});

afterAll(async () => {
  await app?.close();
});

describe('the status follows the work', () => {
  it('a new incident stays new until someone works on it', async () => {
    const created = await handler.post('/api/v1/incidents', ransomwareIncident());
    expect(created.json().status).toBe('new');
    expect((await auditOf(created.json().id)).map((e) => e.action)).toEqual(['incident.created']);
  });

  it('deciding significance moves a new incident to triage, on the audit trail and the timeline', async () => {
    const id = await significantIncident(handler);
    expect(await statusOf(id)).toBe('triage');
    const audit = await auditOf(id);
    expect(audit.map((e) => e.action)).toEqual([
      'incident.created',
      'incident.significance-decided',
      'incident.status-changed',
    ]);
    expect(audit[2]).toMatchObject({
      actor: expect.stringContaining('incident-handler'),
      details: { from: 'new', to: 'triage', note: null, trigger: 'significance_decided' },
    });
    expect(await statusLines(id)).toEqual(['Status: nieuw → triage (automatisch, na het besluit over de ernst)']);
  });

  it('a decision of "not significant" is triage work too', async () => {
    const id = (await handler.post('/api/v1/incidents', ransomwareIncident({ impact: { usersAffected: 3 } }))).json()
      .id as string;
    const decided = await handler.post(`/api/v1/incidents/${id}/significance-decisions`, {
      outcome: 'not_significant',
      reason: 'Eén werkplek, snel hersteld',
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json().status).toBe('triage');
  });

  it('a sent voluntary notification moves a new incident to triage (NIS2 Art. 30)', async () => {
    const id = (await handler.post('/api/v1/incidents', ransomwareIncident({ category: 'phishing' }))).json()
      .id as string;
    const sent = await handler.post(`/api/v1/incidents/${id}/reports`, {
      stage: 'voluntary_notification',
      content: {
        subject: 'near_miss',
        description: 'Phishingmail; niemand heeft geklikt.',
        suspectedUnlawfulOrMalicious: 'yes',
        crossBorderImpactPossible: 'unknown',
        indicatorsOfCompromise: [],
        contact: CONTACT,
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(await statusOf(id)).toBe('triage');
    const changed = (await auditOf(id)).filter((e) => e.action === 'incident.status-changed');
    expect(changed.map((e) => e.details)).toEqual([
      { from: 'new', to: 'triage', note: null, trigger: 'report_submitted' },
    ]);
    expect(await statusLines(id)).toEqual(['Status: nieuw → triage (automatisch, na het versturen van een melding)']);
  });

  it('a report on an incident past triage moves nothing, and a final report does not close it', async () => {
    const id = await significantIncident(handler);
    for (const to of ['containment', 'eradication', 'recovery']) {
      expect((await handler.post(`/api/v1/incidents/${id}/status-transitions`, { to })).statusCode).toBe(201);
    }
    expect((await handler.post(`/api/v1/incidents/${id}/reports`, earlyWarning())).statusCode).toBe(201);
    const final = await handler.post(`/api/v1/incidents/${id}/reports`, FINAL);
    expect(final.statusCode, final.body).toBe(201);
    expect(await statusOf(id)).toBe('recovery');
    const changed = (await auditOf(id)).filter((e) => e.action === 'incident.status-changed');
    expect(changed.map((e) => (e.details as { trigger: unknown }).trigger)).toEqual([
      'significance_decided',
      null,
      null,
      null,
    ]);
  });

  it("the authority's feedback moves an incident still new (recorded before this rule) to triage", async () => {
    const id = await significantIncident(handler);
    const sent = await handler.post(`/api/v1/incidents/${id}/reports`, earlyWarning());
    const reportId = sent.json().id as string;
    // An incident from before the automatic step: reported on, but still new.
    await sql`UPDATE incidents SET status = 'new' WHERE id = ${id}`.execute(t.db);
    const feedback = (itemId: string) => ({
      submissionId: reportId,
      authorityReference: 'NCSC-2026-0101',
      items: [
        {
          id: itemId,
          kind: 'acknowledgement' as const,
          occurredAt: new Date().toISOString(),
          dueAt: null,
          message: 'Ontvangen; we kijken mee.',
        },
      ],
    });
    const item = randomUUID();
    const deps = testDeps(t.db);
    expect(
      await recordAuthorityFeedback(deps, SYSTEM_ACTOR, { orgId: org.id, reportId, feedback: feedback(item) }),
    ).toBe(1);
    expect(await statusOf(id)).toBe('triage');
    const last = (await auditOf(id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'incident.status-changed',
      details: { from: 'new', to: 'triage', trigger: 'authority_feedback' },
    });
    // The same feedback again is nothing new: no second step.
    expect(
      await recordAuthorityFeedback(deps, SYSTEM_ACTOR, { orgId: org.id, reportId, feedback: feedback(item) }),
    ).toBe(0);
    expect((await auditOf(id)).filter((e) => e.action === 'incident.status-changed')).toHaveLength(2);
  });
});

describe('the incident lock', () => {
  // A report sent while the receipt of the previous one comes in (the demo seed does exactly this): the
  // use case holds the incident and waits for the chain's head; the receipt holds the head and writes a
  // timeline entry, whose foreign-key check must not wait for the incident — or the two deadlock.
  it('serialises changes to the incident but lets rows that point at it be written meanwhile', async () => {
    const id = (await handler.post('/api/v1/incidents', ransomwareIncident())).json().id as string;
    await t.db
      .transaction()
      .execute(async (holder) => {
        expect(await lockIncident(holder, org.id, id)).toBeDefined();
        await t.db.transaction().execute(async (other) => {
          await sql`SET LOCAL lock_timeout = '2s'`.execute(other);
          const entry = await insertTimelineEntry(other, {
            org_id: org.id,
            incident_id: id,
            occurred_at: new Date(),
            kind: 'report_delivered',
            summary: 'Ontvangstbevestiging',
            actor_label: 'system',
          });
          expect(entry.incident_id).toBe(id);
          // A second use case on the same incident still waits for the first.
          await expect(lockIncident(other, org.id, id)).rejects.toThrow(/lock timeout/);
        });
      })
      .catch((error: unknown) => {
        throw error;
      });
  });
});
