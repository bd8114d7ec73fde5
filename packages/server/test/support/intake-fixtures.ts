import { randomUUID } from 'node:crypto';
import { payloadDigestOf } from '../../src/services/delivery/enqueue-submission.ts';

// What an entity installation sends to the authority intake (POST /api/v1/submissions).

/** An early warning (NIS2 Art. 23(4)(a)) as it travels in a submission's payload. */
export function earlyWarning() {
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

/** A whole submission envelope around a fresh early warning, from the given sender. */
export function earlyWarningEnvelope(senderOrgId: string, id: string = randomUUID()) {
  const payload = earlyWarning();
  return {
    id,
    kind: 'incident-report',
    submittedAt: new Date().toISOString(),
    sender: { orgId: senderOrgId, name: 'Z', kvkNumber: '90000099' },
    payload,
    payloadDigest: payloadDigestOf(payload),
    auditHash: 'a'.repeat(64),
  };
}
