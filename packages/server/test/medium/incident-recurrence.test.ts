// Impl. Reg. 2024/2690 Art. 4 from the register: the platform counts incidents with the same apparent root
// cause in the six months before, each not significant on its own, against the Art. 3(1)(a) threshold; it
// never counts another organisation's incidents; the handler overrides the count only with a reason (audited).
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { carryOverImpactFacts } from '../../src/db/migrations/20261207_1010_incident_root_cause.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let other: TestOrg;
let handler: TestClient;
let otherHandler: TestClient;

const HOUR = 3_600_000;
const MINUTE = 60_000;
// An incident that occurred (started) at `at`, with a direct loss, and the cause given.
function recorded(
  title: string,
  at: Date,
  financialLossEur: number | null,
  rootCause: string | null = 'third_party_failure',
  rootCauseDetail: string | null = 'Storing leverancier Acme',
) {
  return {
    title,
    category: 'supplier_incident',
    startedAt: at.toISOString(),
    detectedAt: new Date(at.getTime() + MINUTE).toISOString(),
    rootCause,
    rootCauseDetail,
    impact: {
      annualTurnoverEur: 100_000_000,
      ...(financialLossEur === null ? {} : { financialLossEur }),
    },
  };
}

async function create(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/incidents', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as {
    id: string;
    reference: string;
    significance: {
      proposed: {
        outcome: string;
        criteriaMet: { id: string }[];
        undecidedCriteria: { id: string; missingFacts: string[] }[];
      };
      recurrence: {
        source: string;
        incidents: { id: string; reference: string }[];
        sameRootCauseIncidents: number | null;
        combinedLossEur: number | null;
        override: { reason: string } | null;
      };
    };
  };
}

const art4Met = (i: Awaited<ReturnType<typeof create>>) =>
  i.significance.proposed.criteriaMet.some((c) => c.id === 'art4');
// Six calendar months before, same UTC time (both dates exist in every month used here).
const sixMonthsBefore = (at: Date) => {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return d;
};

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Wolk Hosting', 'entity', ['owner', 'incident-handler', 'auditor']);
  other = await createTestOrg(t.db, 'Andere Wolk', 'entity', ['owner', 'incident-handler']);
  for (const o of [org, other]) {
    const owner = await signedIn(app, o, 'owner');
    const res = await owner.patch('/api/v1/incident-settings', {
      significanceEntityType: 'cloud_computing_service_provider',
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  handler = await signedIn(app, org, 'incident-handler');
  otherHandler = await signedIn(app, other, 'incident-handler');
});

describe('Impl. Reg. 2024/2690 Art. 4 counted from the register', () => {
  it('Art. 4: two incidents with the same root cause, together above EUR 500 000, make the second significant — without the handler counting', async () => {
    // Rules 2026-08-15.1 asked the handler for sameRootCauseIncidentsIn6Months: nothing given, Art. 4 stayed open.
    const now = Date.now();
    const first = await create(handler, recorded('Acme-storing 1', new Date(now - 60 * 24 * HOUR), 300_000));
    expect(art4Met(first)).toBe(false);
    expect(first.significance.recurrence.sameRootCauseIncidents).toBe(1);

    const second = await create(
      handler,
      recorded('Acme-storing 2', new Date(now - HOUR), 250_000, 'third_party_failure', ' storing LEVERANCIER acme'),
    );
    expect(second.significance.recurrence).toMatchObject({
      source: 'register',
      sameRootCauseIncidents: 2,
      combinedLossEur: 550_000,
      override: null,
    });
    expect(second.significance.recurrence.incidents.map((i) => i.reference)).toEqual([
      first.reference,
      second.reference,
    ]);
    expect(second.significance.proposed).toMatchObject({ outcome: 'significant' });
    expect(second.significance.proposed.criteriaMet.map((c) => c.id)).toEqual(['art4']);

    // The register list shows the same proposal, computed with the same count.
    const list = (await handler.get('/api/v1/incidents?pageSize=100')).json().items as {
      id: string;
      proposedSignificance: string;
    }[];
    expect(list.find((i) => i.id === second.id)?.proposedSignificance).toBe('significant');

    // The decision's audit event is taken on the proposal that counted both.
    const decided = await handler.post(`/api/v1/incidents/${second.id}/significance-decisions`, {
      outcome: 'significant',
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json().significance.decision.criteriaMet.map((c: { id: string }) => c.id)).toEqual(['art4']);
  });

  it("Art. 4: another organisation's incidents with the same root cause are never counted (tenancy)", async () => {
    const now = Date.now();
    const detail = 'CVE-2026-0001 in de VPN-gateway';
    // The other organisation has a large loss with exactly the same cause in the window.
    const theirs = await create(
      otherHandler,
      recorded('VPN-lek', new Date(now - 10 * 24 * HOUR), 450_000, 'malicious_action', detail),
    );
    const ours = await create(
      handler,
      recorded('VPN-lek bij ons', new Date(now - HOUR), 100_000, 'malicious_action', detail),
    );
    expect(ours.significance.recurrence.sameRootCauseIncidents).toBe(1);
    expect(ours.significance.recurrence.incidents.map((i) => i.id)).toEqual([ours.id]);
    expect(art4Met(ours)).toBe(false);
    // And the other way round: theirs, re-read, counts only their own.
    const theirsNow = (await otherHandler.get(`/api/v1/incidents/${theirs.id}`)).json();
    expect(theirsNow.significance.recurrence.incidents.map((i: { id: string }) => i.id)).toEqual([theirs.id]);
    // Our incident cannot be read by them at all.
    expect((await otherHandler.get(`/api/v1/incidents/${ours.id}`)).statusCode).toBe(404);
  });

  it.each<[string, number, boolean]>([
    ['Art. 4(a): an incident exactly six months before counts', 0, true],
    ['Art. 4(a): one minute more than six months before does not', -MINUTE, false],
  ])('%s', async (name, shift, counts) => {
    const detail = `Grens ${name}`;
    const at = new Date(Date.now() - HOUR);
    const earlier = await create(
      handler,
      recorded('Oud incident', new Date(sixMonthsBefore(at).getTime() + shift), 300_000, 'system_failure', detail),
    );
    const current = await create(handler, recorded('Nieuw incident', at, 300_000, 'system_failure', detail));
    expect(current.significance.recurrence.incidents.map((i) => i.id)).toEqual(
      counts ? [earlier.id, current.id] : [current.id],
    );
    expect(art4Met(current)).toBe(counts);
  });

  it('Art. 4: an incident significant on its own is reported on its own and not counted', async () => {
    const detail = 'Stroomstoring datacentrum Noord';
    const now = Date.now();
    const big = await create(
      handler,
      recorded('Grote storing', new Date(now - 5 * 24 * HOUR), 800_000, 'system_failure', detail),
    );
    expect(big.significance.proposed.criteriaMet.map((c) => c.id)).toContain('art3_1a');
    const small = await create(
      handler,
      recorded('Kleine storing', new Date(now - HOUR), 10_000, 'system_failure', detail),
    );
    expect(small.significance.recurrence.incidents.map((i) => i.id)).toEqual([small.id]);
    expect(art4Met(small)).toBe(false);
  });

  it('Art. 4(b): without a recorded root cause the missing fact is the root cause; recording it counts', async () => {
    const detail = 'Verkeerde firewallregel';
    const now = Date.now();
    await create(handler, recorded('Firewall 1', new Date(now - 3 * 24 * HOUR), 260_000, 'human_error', detail));
    const open = await create(handler, recorded('Firewall 2', new Date(now - HOUR), 260_000, null, null));
    expect(open.significance.proposed.undecidedCriteria.find((c) => c.id === 'art4')?.missingFacts).toEqual([
      'rootCause',
    ]);
    const res = await handler.patch(`/api/v1/incidents/${open.id}`, {
      rootCause: 'human_error',
      rootCauseDetail: detail,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().significance.proposed.criteriaMet.map((c: { id: string }) => c.id)).toEqual(['art4']);
  });
});

describe('Art. 4: the handler overrides the count with a reason', () => {
  it('requires a reason, records the override in the audit trail and returns to the register on removal', async () => {
    const incident = await create(
      handler,
      recorded('Eenmalig', new Date(Date.now() - HOUR), 300_000, 'other', 'Override-test'),
    );
    expect(art4Met(incident)).toBe(false);
    const url = `/api/v1/incidents/${incident.id}/recurrence-override`;

    const noReason = await handler.request('PUT', url, { sameRootCauseIncidents: 2, combinedLossEur: 600_000 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().invalidParams.map((p: { name: string }) => p.name)).toContain('body.reason');
    const blank = await handler.request('PUT', url, {
      sameRootCauseIncidents: 2,
      combinedLossEur: 600_000,
      reason: '  ',
    });
    expect(blank.statusCode).toBe(400);

    const auditor = await signedIn(app, org, 'auditor');
    expect((await auditor.request('PUT', url, { sameRootCauseIncidents: 2, reason: 'x' })).statusCode).toBe(403);

    const reason = 'Het eerdere incident van maart staat nog in het oude systeem.';
    const set = await handler.request('PUT', url, { sameRootCauseIncidents: 2, combinedLossEur: 600_000, reason });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().significance.recurrence).toMatchObject({
      source: 'override',
      sameRootCauseIncidents: 2,
      combinedLossEur: 600_000,
      override: { reason, decidedBy: expect.any(String) },
    });
    expect(set.json().significance.proposed.criteriaMet.map((c: { id: string }) => c.id)).toEqual(['art4']);
    // A retried request records nothing more.
    const again = await handler.request('PUT', url, { sameRootCauseIncidents: 2, combinedLossEur: 600_000, reason });
    expect(again.statusCode).toBe(200);

    const removed = await handler.request('DELETE', url);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().significance.recurrence).toMatchObject({
      source: 'register',
      sameRootCauseIncidents: 1,
      override: null,
    });
    expect(removed.json().significance.proposed.criteriaMet).toEqual([]);
    // Removing again changes nothing and records nothing.
    expect((await handler.request('DELETE', url)).statusCode).toBe(200);

    const audit = await sql<{ action: string; details: Record<string, unknown> | null }>`
      SELECT action, details FROM audit_events
      WHERE org_id = ${org.id} AND subject_id = ${incident.id} AND action LIKE 'incident.recurrence%'
      ORDER BY seq`.execute(t.db);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'incident.recurrence-overridden',
      'incident.recurrence-override-removed',
    ]);
    expect(audit.rows[0]!.details).toMatchObject({ sameRootCauseIncidents: 2, reason });
  });
});

describe('migration 20261207_1010_incident_root_cause: stored impact facts under rules 2026-08-15.2', () => {
  it('carries a stored suspectedMalicious answer into both new facts and drops the typed-in count', async () => {
    const created = await create(
      handler,
      recorded('Oude vorm', new Date(Date.now() - HOUR), 1_000, 'other', 'Migratie'),
    );
    // The shape rules 2026-08-15.1 stored: one malicious fact for Arts. 3(1)(e) and 7(c), and the handler's count.
    const old = {
      unauthorisedAccess: true,
      suspectedMalicious: true,
      severeOperationalDisruption: true,
      confidentialityCompromised: true,
      sameRootCauseIncidentsIn6Months: 3,
      sameRootCauseCombinedLossEur: 900_000,
    };
    await sql`UPDATE incidents SET impact = ${JSON.stringify(old)}::jsonb WHERE org_id = ${org.id} AND id = ${created.id}`.execute(
      t.db,
    );
    // Read under the new rules without the migration, the old answer decides neither criterion.
    const before = (await handler.get(`/api/v1/incidents/${created.id}`)).json();
    expect(before.significance.proposed.criteriaMet.map((c: { id: string }) => c.id)).toEqual([]);

    // Migrations take an untyped Kysely (they run before the typed schema exists).
    const migrationDb = t.db as unknown as Kysely<unknown>;
    await carryOverImpactFacts(migrationDb);
    await carryOverImpactFacts(migrationDb); // a second run changes nothing
    const after = (await handler.get(`/api/v1/incidents/${created.id}`)).json();
    expect(after.impact).toEqual({
      unauthorisedAccess: true,
      suspectedMalicious: true,
      accessSuspectedMalicious: true,
      dataCompromiseSuspectedMalicious: true,
      severeOperationalDisruption: true,
      confidentialityCompromised: true,
    });
    // The proposal the handler saw under rules .1 (Arts. 3(1)(e) and 7(c)) is the proposal again.
    expect(after.significance.proposed.criteriaMet.map((c: { id: string }) => c.id)).toEqual(['art3_1e', 'art7c']);
  });
});
