import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import type { IncidentReportPayload } from '@weerbaar/core/incidents';
import { payloadDigestOf } from '../packages/server/src/services/delivery/enqueue-submission.ts';
import { createApiToken } from '../packages/server/src/services/accounts/create-api-token.ts';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { SYSTEM_ACTOR } from '../packages/server/src/kernel/actor.ts';
import { signChainHead } from '../packages/server/src/kernel/audit-anchor.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';
import { formatLoad, runLoad } from './lib/http-load.ts';
import { measureInsertBaseline } from './lib/insert-baseline.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SUBMITTERS = 50;

/** A realistic early warning (NIS2 Art. 23(4)(a)) as an entity installation delivers it. */
function earlyWarning(): IncidentReportPayload {
  const now = new Date().toISOString();
  return {
    schemaVersion: '1',
    reportId: randomUUID(),
    stage: 'early_warning',
    version: 1,
    supersedesReportId: null,
    submittedAt: now,
    sender: {
      organisationName: 'Ziekenhuis Benchmark',
      kvkNumber: '90000099',
      sector: 'health',
      entityType: 'other',
      trustServiceProvider: false,
      criticalEntity: false,
    },
    incident: {
      id: randomUUID(),
      reference: 'INC-2026-0001',
      title: 'Ransomware op het patiëntendossier',
      category: 'ransomware',
      detectedAt: now,
      awareAt: now,
      startedAt: null,
      significance: {
        outcome: 'significant',
        criteriaMet: [{ id: 'art3-1-a', article: 'Impl. Reg. 2024/2690 Art. 3(1)(a)' }],
      },
    },
    content: {
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'unknown',
      contact: { name: 'Jan de Vries', email: 'ciso@ziekenhuis.example', phone: '+31 20 123 4567' },
      summary: 'Versleutelde servers; zorg gaat door met noodprocedures.',
    },
    auditHash: 'a'.repeat(64),
  };
}

/**
 * Authority intake: validated, audited, committed incident reports per second over HTTP from 50
 * concurrent submitters, next to raw single-row INSERT transactions on the same PostgreSQL.
 */
export async function benchIntake(p: BenchPlatform): Promise<void> {
  const { org, ownerId } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
    kind: 'authority',
    name: 'Bench-autoriteit',
    owner: { email: 'owner@autoriteit-bench.example', name: 'Bench', password: 'bench password 123' },
  });
  // Minting an API token is for people only (api-tokens:manage): the owner, as if signed in.
  const [role, orgKind] = ['owner', 'authority'] as const;
  const actor = { type: 'user', userId: ownerId, label: 'owner', sessionId: '', orgId: org.id, role, orgKind } as const;
  const ctx = { actor, orgId: org.id, role, orgKind };
  const { token } = await createApiToken(p.app.deps, ctx, { name: 'intake bench', role: 'submitter' });
  const payload = earlyWarning();
  const senderOrgId = randomUUID();
  const base = {
    kind: 'incident-report',
    submittedAt: new Date().toISOString(),
    sender: { orgId: senderOrgId, name: 'Ziekenhuis Benchmark', kvkNumber: '90000099' },
    payload,
    payloadDigest: payloadDigestOf(payload),
    auditHash: 'a'.repeat(64),
    // As senders deliver it: their signed audit head, verified per request and kept by the authority.
    auditAnchor: signChainHead(p.app.deps.config, senderOrgId, { seq: 42, hash: 'b'.repeat(64) }, new Date()),
  };

  // One request first, so a broken payload shows as an error rather than as a fast benchmark.
  const probe = await fetch(`${p.url}/api/v1/submissions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...base, id: randomUUID() }),
  });
  if (probe.status !== 201)
    throw new Error(`intake refused the benchmark report: ${probe.status} ${await probe.text()}`);

  console.log(`\n## Authority intake (${SUBMITTERS} concurrent submitters, ${SECONDS} s each, loopback)`);
  const baseline = await measureInsertBaseline(p.connectionString, SUBMITTERS, SECONDS);
  console.log(
    `${'raw single-row INSERT transactions'.padEnd(48)} ${baseline.perSecond.toFixed(0).padStart(7)} tx/s    p50 ${baseline.p50Ms.toFixed(2)} ms   p99 ${baseline.p99Ms.toFixed(2)} ms`,
  );
  const intake = await runLoad({
    url: `${p.url}/api/v1/submissions`,
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    bodyFactory: `return Object.assign(${JSON.stringify(base)}, { id: crypto.randomUUID() });`,
    connections: SUBMITTERS,
    seconds: SECONDS,
  });
  console.log(formatLoad('POST /submissions (validated, audited, signed)', intake));
  // The ceiling on this machine: the same requests to a bare Fastify route that only parses the body.
  const ceiling = await measureBarePost(base);
  console.log(formatLoad('bare Fastify POST, same body (parse only)', ceiling));
  console.log(
    `ratio intake / raw INSERT: ${(intake.perSecond / baseline.perSecond).toFixed(3)}   (goal ≥ 0.5; p99 goal < 50 ms)`,
  );
  console.log(`ratio bare POST / raw INSERT: ${(ceiling.perSecond / baseline.perSecond).toFixed(3)}   (the ceiling)`);
}

async function measureBarePost(base: Record<string, unknown>) {
  const bare = Fastify({ logger: false, bodyLimit: 1_048_576 });
  bare.post('/bare', async (request, reply) => reply.status(201).send({ id: (request.body as { id: string }).id }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const address = bare.server.address();
  try {
    return await runLoad({
      url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/bare`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      bodyFactory: `return Object.assign(${JSON.stringify(base)}, { id: crypto.randomUUID() });`,
      connections: SUBMITTERS,
      seconds: SECONDS,
    });
  } finally {
    await bare.close();
  }
}
