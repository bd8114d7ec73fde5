import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/services/accounts/api-token.service.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { payloadDigestOf } from '../../src/services/delivery/enqueue-submission.ts';
import { createTestOrg } from '../support/fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

function earlyWarning() {
  const now = new Date().toISOString();
  return {
    schemaVersion: '1',
    reportId: randomUUID(),
    stage: 'early_warning',
    version: 1,
    supersedesReportId: null,
    submittedAt: now,
    sender: {
      organisationName: 'Z',
      kvkNumber: '90000099',
      sector: 'health',
      entityType: 'other',
      trustServiceProvider: false,
      criticalEntity: false,
    },
    incident: {
      id: randomUUID(),
      reference: 'INC-1',
      title: 'Ransomware',
      category: 'ransomware',
      detectedAt: now,
      awareAt: now,
      startedAt: null,
      significance: { outcome: 'significant', criteriaMet: [] },
    },
    content: {
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'unknown',
      contact: { name: 'J. de Vries', email: 'ciso@z.example', phone: '+31 20 123 4567' },
      summary: null,
    },
    auditHash: 'a'.repeat(64),
  };
}

describe('authority intake under concurrency', () => {
  // Regression: signing a receipt used to take a second pool connection inside the intake
  // transaction, so more concurrent submitters than pool connections deadlocked the server.
  it('receives 40 simultaneous reports (pool of 10), each once, with distinct references', async () => {
    const app = await buildTestApp(t.db);
    const authority = await createTestOrg(t.db, 'Intake Authority', 'authority', ['owner']);
    const ctx = { actor: SYSTEM_ACTOR, orgId: authority.id, role: 'owner' as const, orgKind: 'authority' as const };
    const { token } = await createApiToken(t.db, ctx, { name: 'submitter', role: 'submitter' });
    const machine = new TestClient(app, token);
    const envelopes = Array.from({ length: 40 }, () => {
      const payload = earlyWarning();
      return {
        id: randomUUID(),
        kind: 'incident-report',
        submittedAt: new Date().toISOString(),
        sender: { orgId: randomUUID(), name: 'Z', kvkNumber: '90000099' },
        payload,
        payloadDigest: payloadDigestOf(payload),
        auditHash: 'a'.repeat(64),
      };
    });
    const first = await Promise.all(envelopes.map((e) => machine.post('/api/v1/submissions', e)));
    expect(first.map((r) => r.statusCode)).toEqual(envelopes.map(() => 201));
    const references = new Set(first.map((r) => r.json().authorityReference));
    expect(references.size).toBe(40);
    // Every one delivered again at once: the same receipts, no new rows.
    const again = await Promise.all(envelopes.map((e) => machine.post('/api/v1/submissions', e)));
    expect(again.map((r) => r.statusCode)).toEqual(envelopes.map(() => 200));
    expect(again.map((r) => r.json().authorityReference)).toEqual(first.map((r) => r.json().authorityReference));
  });
});
