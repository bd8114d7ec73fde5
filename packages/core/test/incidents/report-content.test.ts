import { describe, expect, it } from 'vitest';
import {
  describeImpact,
  IncidentReportPayloadSchema,
  prefillReportContent,
  ReportSubmissionSchema,
  REPORT_CONTENT_SCHEMAS,
} from '../../src/incidents/index.ts';

const contact = { name: 'Jan de Vries', email: 'jan@ziekenhuis.example', phone: '+31 20 123 4567' };

describe('report content per stage', () => {
  it('accepts a complete early warning and names each missing field', () => {
    const ok = ReportSubmissionSchema.safeParse({
      stage: 'early_warning',
      content: {
        suspectedUnlawfulOrMalicious: 'yes',
        crossBorderImpactPossible: 'unknown',
        contact,
        suspectedStartAt: null,
      },
    });
    expect(ok.success).toBe(true);
    const bad = ReportSubmissionSchema.safeParse({
      stage: 'early_warning',
      content: { suspectedUnlawfulOrMalicious: 'maybe', contact },
    });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'content.crossBorderImpactPossible',
      'content.suspectedUnlawfulOrMalicious',
    ]);
    // Cyberbeveiligingsbesluit (draft) art. 25(a): the suspected start is asked, "nog niet bekend" (null) allowed.
    const noStart = REPORT_CONTENT_SCHEMAS.early_warning.safeParse({
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'no',
      contact,
    });
    expect(noStart.error?.issues.map((i) => i.path.join('.'))).toEqual(['suspectedStartAt']);
  });

  it('asks the notification for cross-border information when cross-border impact is possible (Cbw art. 27(1))', () => {
    const content = {
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'yes',
      contact,
      initialAssessment: { severity: 'high', impact: 'Patiëntdossiers onbereikbaar' },
      indicatorsOfCompromise: [
        { type: 'sha256', value: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
      ],
      crossBorderInformation: null,
    };
    const result = REPORT_CONTENT_SCHEMAS.notification.safeParse(content);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['crossBorderInformation']);
    expect(
      REPORT_CONTENT_SCHEMAS.notification.safeParse({
        ...content,
        crossBorderInformation: 'Vestiging in Antwerpen geraakt',
      }).success,
    ).toBe(true);
  });

  it('refuses a malformed indicator of compromise, naming it', () => {
    const result = REPORT_CONTENT_SCHEMAS.notification.safeParse({
      suspectedUnlawfulOrMalicious: 'no',
      crossBorderImpactPossible: 'no',
      contact,
      initialAssessment: { severity: 'low', impact: 'x' },
      indicatorsOfCompromise: [{ type: 'ipv4', value: '999.1.1.1' }],
      crossBorderInformation: null,
      crossBorderInformationNoneAvailable: true,
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['indicatorsOfCompromise.0.value']);
  });

  it('requires the four elements of the final report (NIS2 Art. 23(4)(d)(i)-(iv)) but only a description of a progress report', () => {
    const final = REPORT_CONTENT_SCHEMAS.final_report.safeParse({ description: 'x' });
    expect(final.error?.issues.map((i) => i.path[0]).sort()).toEqual([
      'crossBorderImpact',
      'impact',
      'mitigationMeasures',
      'severity',
      'threatTypeOrRootCause',
    ]);
    const progress = REPORT_CONTENT_SCHEMAS.progress_report.safeParse({
      description: 'Nog bezig met herstel',
      severity: null,
      impact: null,
      threatTypeOrRootCause: null,
      mitigationMeasures: { applied: null, ongoing: 'herstel uit back-up' },
      crossBorderImpact: null,
      notYetKnown: ['severity', 'impact', 'threatTypeOrRootCause'],
    });
    expect(progress.error).toBeUndefined();
  });

  it('refuses unknown fields: a report carries exactly what the law asks', () => {
    const result = REPORT_CONTENT_SCHEMAS.intermediate_report.safeParse({ statusUpdate: 'x', password: 'secret' });
    expect(result.success).toBe(false);
  });

  it('prefills drafts from the register that the handler completes into valid reports', () => {
    const facts = {
      description: 'Versleutelde bestanden op de dossierserver',
      impact: {
        suspectedMalicious: true,
        crossBorder: false,
        usersAffected: 1200,
        totalUsers: 5000,
        confidentialityCompromised: true,
      },
      contact,
      observables: [{ type: 'domain' as const, value: 'c2.example', description: null }],
      tasks: [
        { title: 'Netwerksegment isoleren', kind: 'response' as const, done: true },
        { title: 'Back-ups terugzetten', kind: 'response' as const, done: false },
      ],
      lessonsLearned: null,
    };
    const ew = prefillReportContent('early_warning', facts);
    expect(REPORT_CONTENT_SCHEMAS.early_warning.parse(ew)).toMatchObject({
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'no',
    });
    const notification = prefillReportContent('notification', facts) as Record<string, unknown> & {
      initialAssessment: Record<string, unknown>;
    };
    notification.initialAssessment.severity = 'high';
    notification.crossBorderInformationNoneAvailable = true;
    expect(REPORT_CONTENT_SCHEMAS.notification.safeParse(notification).success).toBe(true);
    expect(prefillReportContent('final_report', facts)).toMatchObject({
      mitigationMeasures: { applied: '- Netwerksegment isoleren', ongoing: '- Back-ups terugzetten' },
    });
    expect(describeImpact(facts.impact)).toContain('1.200 gebruikers getroffen van 5.000');
  });

  it('has an envelope per stage whose content must match the stage', () => {
    const envelope = {
      schemaVersion: '1',
      reportId: '0b0e5b0c-4a63-4c8a-9d7e-1f2a3b4c5d6e',
      stage: 'intermediate_report',
      version: 1,
      supersedesReportId: null,
      submittedAt: '2026-03-01T10:00:00.000Z',
      sender: {
        organisationName: 'X',
        kvkNumber: null,
        sector: null,
        entityType: 'other',
        trustServiceProvider: false,
        criticalEntity: false,
      },
      incident: {
        id: '1b0e5b0c-4a63-4c8a-9d7e-1f2a3b4c5d6e',
        reference: 'INC-2026-0001',
        title: 'Ransomware',
        category: 'ransomware',
        detectedAt: '2026-03-01T08:00:00.000Z',
        awareAt: '2026-03-01T09:00:00.000Z',
        startedAt: null,
        significance: { outcome: 'significant', criteriaMet: [] },
      },
      content: { statusUpdate: 'Hersteld' },
      auditHash: 'a'.repeat(64),
    };
    expect(IncidentReportPayloadSchema.safeParse(envelope).success).toBe(true);
    expect(IncidentReportPayloadSchema.safeParse({ ...envelope, stage: 'final_report' }).success).toBe(false);
  });
});
