// The voluntary notification ("vrijwillige melding", NIS2 Art. 30; Cbw art. 33): its content, its envelope
// without T0, when it may be sent, and that it never owes a deadline (Art. 30(2)).
import { describe, expect, it } from 'vitest';
import {
  computeReportingDeadlines,
  IncidentReportPayloadSchema,
  prefillReportContent,
  REPORT_CONTENT_SCHEMAS,
  REPORT_STAGES,
  REPORTING_STAGES,
  ReportSubmissionSchema,
  STAGE_DEFINITIONS,
  trackReportingDeadlines,
  voluntaryNotificationAvailability,
} from '../../src/incidents/index.ts';

const contact = { name: 'Jan de Vries', email: 'jan@ziekenhuis.example', phone: '+31 20 123 4567' };
const content = {
  subject: 'near_miss',
  description: 'Phishingmail met malafide link; niemand heeft geklikt.',
  suspectedUnlawfulOrMalicious: 'yes',
  crossBorderImpactPossible: 'unknown',
  indicatorsOfCompromise: [{ type: 'domain', value: 'login-portal.example' }],
  contact,
};
const paths = (issues: readonly { path: PropertyKey[] }[] | undefined) =>
  (issues ?? []).map((i) => i.path.map(String).join('.')).sort();

describe('voluntary notification stage', () => {
  it('is a report stage with its own label and source, but not a stage of the reporting clock', () => {
    expect(REPORT_STAGES).toContain('voluntary_notification');
    expect(REPORTING_STAGES).not.toContain('voluntary_notification');
    expect(STAGE_DEFINITIONS.voluntary_notification).toEqual({
      labelNl: 'vrijwillige melding',
      labelEn: 'voluntary notification',
      source: 'NIS2 Art. 30; Cbw art. 33',
    });
  });

  it('accepts an incident, a cyber threat or a near miss and names every missing or wrong field', () => {
    for (const subject of ['incident', 'cyber_threat', 'near_miss']) {
      expect(
        ReportSubmissionSchema.safeParse({ stage: 'voluntary_notification', content: { ...content, subject } }).success,
      ).toBe(true);
    }
    const bad = ReportSubmissionSchema.safeParse({
      stage: 'voluntary_notification',
      content: { ...content, subject: 'rumour', description: '  ', contact: undefined },
    });
    expect(paths(bad.error?.issues)).toEqual(['content.contact', 'content.description', 'content.subject']);
    const ioc = REPORT_CONTENT_SCHEMAS.voluntary_notification.safeParse({
      ...content,
      indicatorsOfCompromise: [{ type: 'ipv4', value: '999.1.1.1' }],
    });
    expect(paths(ioc.error?.issues)).toEqual(['indicatorsOfCompromise.0.value']);
    expect(REPORT_CONTENT_SCHEMAS.voluntary_notification.safeParse({ ...content, extra: 1 }).success).toBe(false);
  });

  it('is pre-filled from the register into valid content, IoCs and contact included', () => {
    const draft = prefillReportContent('voluntary_notification', {
      description: 'Verdachte inlogpogingen op de VPN',
      impact: { suspectedMalicious: true, crossBorder: false, usersAffected: 3 },
      contact,
      observables: [{ type: 'ipv4', value: '203.0.113.7', description: 'bron' }],
      tasks: [],
      lessonsLearned: null,
    });
    expect(draft).toMatchObject({
      subject: 'incident',
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'no',
      indicatorsOfCompromise: [{ type: 'ipv4', value: '203.0.113.7', description: 'bron' }],
      contact,
    });
    expect(draft.description).toContain('Verdachte inlogpogingen op de VPN');
    expect(REPORT_CONTENT_SCHEMAS.voluntary_notification.safeParse(draft).success).toBe(true);
  });

  it('travels without T0 and with an undecided outcome, which the mandatory stages refuse', () => {
    const envelope = {
      schemaVersion: '1',
      reportId: '0b0e5b0c-4a63-4c8a-9d7e-1f2a3b4c5d6e',
      stage: 'voluntary_notification',
      version: 1,
      supersedesReportId: null,
      submittedAt: '2026-03-01T10:00:00.000Z',
      sender: {
        organisationName: 'Buiten scope BV',
        kvkNumber: null,
        sector: null,
        entityType: 'other',
        trustServiceProvider: false,
        criticalEntity: false,
      },
      incident: {
        id: '1b0e5b0c-4a63-4c8a-9d7e-1f2a3b4c5d6e',
        reference: 'INC-2026-0001',
        title: 'Phishing',
        category: 'phishing',
        detectedAt: '2026-03-01T08:00:00.000Z',
        awareAt: null,
        startedAt: null,
        significance: { outcome: 'undecided', criteriaMet: [] },
      },
      content,
      auditHash: 'a'.repeat(64),
    };
    expect(IncidentReportPayloadSchema.safeParse(envelope).error).toBeUndefined();
    // A voluntary notification is never about an incident decided significant (voluntaryNotificationAvailability).
    const significant = { ...envelope.incident, significance: { outcome: 'significant', criteriaMet: [] } };
    expect(IncidentReportPayloadSchema.safeParse({ ...envelope, incident: significant }).success).toBe(false);
    // The mandatory stages keep requiring T0 and a decision.
    const early = {
      ...envelope,
      stage: 'early_warning',
      content: { suspectedUnlawfulOrMalicious: 'yes', crossBorderImpactPossible: 'no', contact },
    };
    expect(IncidentReportPayloadSchema.safeParse(early).success).toBe(false);
    expect(
      IncidentReportPayloadSchema.safeParse({
        ...early,
        incident: { ...significant, awareAt: '2026-03-01T09:00:00.000Z' },
      }).success,
    ).toBe(true);
  });

  it('may be sent before a decision and after "not significant", not once decided significant (NIS2 Art. 30(1))', () => {
    expect(voluntaryNotificationAvailability('undecided')).toEqual({ allowed: true });
    expect(voluntaryNotificationAvailability('not_significant')).toEqual({ allowed: true });
    const significant = voluntaryNotificationAvailability('significant');
    expect(significant.allowed).toBe(false);
    expect(significant).toHaveProperty('reason', expect.stringContaining('Art. 23(4)'));
  });

  it('fulfils no stage of the clock and is never owed or late (NIS2 Art. 30(2))', () => {
    const deadlines = computeReportingDeadlines({ awareAt: '2026-03-01T09:00:00.000Z', nis2: true });
    const voluntary = {
      stage: 'voluntary_notification' as const,
      reportId: '2b0e5b0c-4a63-4c8a-9d7e-1f2a3b4c5d6e',
      submittedAt: '2026-03-01T08:30:00.000Z',
    };
    const tracked = trackReportingDeadlines(deadlines, [voluntary], Date.parse('2026-03-02T10:00:00.000Z'));
    expect(tracked.map((t) => t.stage)).not.toContain('voluntary_notification');
    expect(tracked.find((t) => t.stage === 'early_warning')).toMatchObject({ state: 'overdue', reportId: null });
  });
});
