// Report content version 2 (issue 17, items 17, 18, 20 and 21): each correction against the Cbw (Stb. 2026,
// 187), NIS2 and CER, and that reports sent under version 1 still read. Each test fails on version 1.
import { describe, expect, it } from 'vitest';
import {
  IncidentReportPayloadSchema,
  INCIDENT_REPORT_SCHEMA_VERSION,
  prefillReportContent,
  REPORT_CONTENT_SCHEMAS,
  REPORT_FIELD_LABELS_NL,
  STAGE_DEADLINE_WORDS_NL,
  VoluntaryNotificationContentSchema,
} from '../../src/incidents/index.ts';

const contact = { name: 'Jan de Vries', email: 'jan@ziekenhuis.example', phone: '+31 20 123 4567' };
const paths = (issues: readonly { path: PropertyKey[] }[] | undefined) =>
  (issues ?? []).map((i) => i.path.map(String).join('.')).sort();

const notification = {
  suspectedUnlawfulOrMalicious: 'no',
  crossBorderImpactPossible: 'no',
  contact,
  initialAssessment: { severity: 'medium', impact: 'Portaal twee uur onbereikbaar' },
  indicatorsOfCompromise: [],
  crossBorderInformation: null,
};
const progress = {
  description: 'Herstel loopt',
  severity: 'high',
  impact: 'Dossiers deels onbereikbaar',
  threatTypeOrRootCause: 'Ransomware via VPN',
  mitigationMeasures: { applied: 'Segment geïsoleerd', ongoing: null },
  crossBorderImpact: null,
};
const cer = {
  nature: 'Stroomstoring',
  cause: null,
  possibleConsequences: 'Levering onderbroken',
  crossBorderImpact: 'no',
  parameters: {
    usersAffected: null,
    shareAffectedPercent: null,
    durationMinutes: null,
    affectedArea: null,
    isolatedAreaAffected: null,
  },
};

describe('cross-border information in every notification (Cbw art. 27(1)(d); NIS2 Art. 23(1))', () => {
  it('Cbw art. 27(1)(d): asked also when cross-border impact is not possible', () => {
    const result = REPORT_CONTENT_SCHEMAS.notification.safeParse(notification);
    expect(paths(result.error?.issues)).toEqual(['crossBorderInformation']);
  });

  it('Cbw art. 27(1)(d): an explicit "none available" answers it', () => {
    const none = { ...notification, crossBorderInformationNoneAvailable: true };
    expect(REPORT_CONTENT_SCHEMAS.notification.safeParse(none).error).toBeUndefined();
    // Also when the entity thinks impact is possible but has no information yet.
    expect(REPORT_CONTENT_SCHEMAS.notification.safeParse({ ...none, crossBorderImpactPossible: 'yes' }).success).toBe(
      true,
    );
  });

  it('Cbw art. 27(1)(d): information and "none available" together contradict each other', () => {
    const both = {
      ...notification,
      crossBorderInformation: 'Klanten in België',
      crossBorderInformationNoneAvailable: true,
    };
    expect(paths(REPORT_CONTENT_SCHEMAS.notification.safeParse(both).error?.issues)).toEqual([
      'crossBorderInformationNoneAvailable',
    ]);
  });

  it('CER Art. 15(2): the CER reports carry the information itself, or say none is available', () => {
    for (const stage of ['cer_initial', 'cer_detailed'] as const) {
      expect(paths(REPORT_CONTENT_SCHEMAS[stage].safeParse(cer).error?.issues)).toEqual(['crossBorderInformation']);
      expect(
        REPORT_CONTENT_SCHEMAS[stage].safeParse({ ...cer, crossBorderInformation: 'Ook Duitse afnemers geraakt' })
          .success,
      ).toBe(true);
      expect(
        REPORT_CONTENT_SCHEMAS[stage].safeParse({ ...cer, crossBorderInformationNoneAvailable: true }).success,
      ).toBe(true);
    }
  });

  it('CER Art. 15(2): the draft leaves the information open for the handler', () => {
    const draft = prefillReportContent('cer_initial', {
      description: 'Stroomstoring',
      impact: {},
      contact,
      observables: [],
      tasks: [],
      lessonsLearned: null,
    });
    expect(draft).toMatchObject({ crossBorderInformation: null });
    expect(draft).not.toHaveProperty('crossBorderInformationNoneAvailable');
  });
});

describe('progress report addresses every point of the final report (Cbw art. 29(2))', () => {
  it('Cbw art. 29(2): a point left empty without "nog niet bekend" is refused, naming it', () => {
    const open = { ...progress, severity: null, threatTypeOrRootCause: null };
    expect(paths(REPORT_CONTENT_SCHEMAS.progress_report.safeParse(open).error?.issues)).toEqual([
      'severity',
      'threatTypeOrRootCause',
    ]);
    expect(
      REPORT_CONTENT_SCHEMAS.progress_report.safeParse({ ...open, notYetKnown: ['severity', 'threatTypeOrRootCause'] })
        .success,
    ).toBe(true);
  });

  it('Cbw art. 29(1)(a): even the description may be "nog niet bekend", explicitly', () => {
    const noDescription = { ...progress, description: null };
    expect(paths(REPORT_CONTENT_SCHEMAS.progress_report.safeParse(noDescription).error?.issues)).toEqual([
      'description',
    ]);
    expect(
      REPORT_CONTENT_SCHEMAS.progress_report.safeParse({ ...noDescription, notYetKnown: ['description'] }).success,
    ).toBe(true);
  });

  it('Cbw art. 29(1)(c): mitigation counts as answered when applied or ongoing measures are given', () => {
    const none = { ...progress, mitigationMeasures: { applied: null, ongoing: '  ' } };
    expect(paths(REPORT_CONTENT_SCHEMAS.progress_report.safeParse(none).error?.issues)).toEqual(['mitigationMeasures']);
    const ongoing = { ...progress, mitigationMeasures: { applied: null, ongoing: 'Herstel uit back-up' } };
    expect(REPORT_CONTENT_SCHEMAS.progress_report.safeParse(ongoing).success).toBe(true);
  });

  it('Cbw art. 29(2): an answered point cannot also be "nog niet bekend"', () => {
    const both = { ...progress, notYetKnown: ['impact'] };
    expect(paths(REPORT_CONTENT_SCHEMAS.progress_report.safeParse(both).error?.issues)).toEqual(['notYetKnown']);
  });

  it('Cbw art. 29(1)(d): cross-border impact "in voorkomend geval": null is "none", or explicitly not yet known', () => {
    expect(REPORT_CONTENT_SCHEMAS.progress_report.safeParse(progress).success).toBe(true);
    expect(
      REPORT_CONTENT_SCHEMAS.progress_report.safeParse({ ...progress, notYetKnown: ['crossBorderImpact'] }).success,
    ).toBe(true);
  });

  it('Cbw art. 29(2): the draft marks what the register cannot know as "nog niet bekend"', () => {
    const draft = prefillReportContent('progress_report', {
      description: 'Versleutelde bestanden',
      impact: { usersAffected: 10 },
      contact,
      observables: [],
      tasks: [{ title: 'Segment isoleren', kind: 'response', done: true }],
      lessonsLearned: null,
    });
    expect(draft).toMatchObject({ notYetKnown: ['severity', 'threatTypeOrRootCause'] });
    expect(REPORT_CONTENT_SCHEMAS.progress_report.safeParse(draft).error).toBeUndefined();
  });
});

describe('voluntary notification cites no duty (NIS2 Art. 30; Cbw art. 33)', () => {
  it('Cbw art. 33: no field claims an article asks for it; each says the platform asks', () => {
    const shape = VoluntaryNotificationContentSchema.shape as Record<string, { description?: string }>;
    const described = Object.entries(shape).filter(([k]) => k !== 'supportRequest');
    for (const [key, field] of described) {
      expect(field.description, key).toMatch(/^Asked by Weerbaar/);
      expect(field.description, key).not.toMatch(/art\. 2[3-9]\(|art\. 26|Art\. 23\(4\)/);
    }
  });
});

describe('guidance or support on request (NIS2 Art. 23(5); Cbw art. 36)', () => {
  const early = {
    suspectedUnlawfulOrMalicious: 'yes',
    crossBorderImpactPossible: 'no',
    contact,
    suspectedStartAt: null,
  };

  it('Cbw art. 36(1)-(2): every NIS2 stage and the voluntary notification may carry the request', () => {
    const request = { guidance: true, technicalSupport: false, note: 'Hulp bij het isoleren van het netwerk' };
    expect(REPORT_CONTENT_SCHEMAS.early_warning.safeParse({ ...early, supportRequest: request }).success).toBe(true);
    expect(
      REPORT_CONTENT_SCHEMAS.intermediate_report.safeParse({ statusUpdate: 'x', supportRequest: request }).success,
    ).toBe(true);
    expect(
      REPORT_CONTENT_SCHEMAS.voluntary_notification.safeParse({
        subject: 'near_miss',
        description: 'x',
        suspectedUnlawfulOrMalicious: 'unknown',
        crossBorderImpactPossible: 'unknown',
        indicatorsOfCompromise: [],
        contact,
        supportRequest: { guidance: false, technicalSupport: true, note: null },
      }).success,
    ).toBe(true);
  });

  it('Cbw art. 36: a request that asks for nothing is refused', () => {
    const empty = { guidance: false, technicalSupport: false, note: 'x' };
    expect(
      paths(REPORT_CONTENT_SCHEMAS.early_warning.safeParse({ ...early, supportRequest: empty }).error?.issues),
    ).toEqual(['supportRequest']);
  });

  it('labels the request and every new field for the report copy', () => {
    for (const path of [
      'supportRequest',
      'supportRequest.guidance',
      'supportRequest.technicalSupport',
      'crossBorderInformationNoneAvailable',
      'notYetKnown',
      'suspectedStartAt',
    ]) {
      expect(REPORT_FIELD_LABELS_NL[path], path).toBeTruthy();
    }
  });
});

describe('the law’s own words for the deadlines', () => {
  it('Cbw arts. 26(1), 27(1)-(2), 29(1): "onverwijld of, indien dat niet mogelijk is, binnen …"', () => {
    expect(STAGE_DEADLINE_WORDS_NL.early_warning.words).toMatch(
      /^onverwijld of, indien dat niet mogelijk is, binnen 24 uur nadat zij kennis heeft gekregen/,
    );
    expect(STAGE_DEADLINE_WORDS_NL.notification.words).toMatch(
      /^onverwijld of, indien dat niet mogelijk is, binnen 72 uur/,
    );
    expect(STAGE_DEADLINE_WORDS_NL.notification_trust_service.words).toMatch(/binnen 24 uur.*vertrouwensdienst$/);
    expect(STAGE_DEADLINE_WORDS_NL.final_report).toEqual({
      words: 'uiterlijk één maand na de melding',
      source: 'Cyberbeveiligingswet artikel 29, eerste lid',
    });
  });
});

describe('reports sent under content version 1 stay readable', () => {
  const envelope = (schemaVersion: string, stage: string, content: unknown) => ({
    schemaVersion,
    reportId: '0b0e5b0c-4a63-4c8a-9d7e-1f2a3b4c5d6e',
    stage,
    version: 1,
    supersedesReportId: null,
    submittedAt: '2026-09-01T10:00:00.000Z',
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
      detectedAt: '2026-09-01T08:00:00.000Z',
      awareAt: '2026-09-01T09:00:00.000Z',
      startedAt: null,
      significance: { outcome: 'significant', criteriaMet: [] },
    },
    content,
    auditHash: 'a'.repeat(64),
  });
  const v1Progress = {
    description: 'Nog bezig',
    severity: null,
    impact: null,
    threatTypeOrRootCause: null,
    mitigationMeasures: { applied: null, ongoing: null },
    crossBorderImpact: null,
  };

  it('sends version 2 today', () => {
    expect(INCIDENT_REPORT_SCHEMA_VERSION).toBe('2');
  });

  it('accepts version 1 content as it was sent (notification, progress report, early warning, CER)', () => {
    for (const [stage, content] of [
      ['notification', notification],
      ['progress_report', v1Progress],
      ['early_warning', { suspectedUnlawfulOrMalicious: 'yes', crossBorderImpactPossible: 'no', contact }],
      ['cer_initial', cer],
    ] as const) {
      expect(IncidentReportPayloadSchema.safeParse(envelope('1', stage, content)).error, stage).toBeUndefined();
    }
  });

  it('holds a version 2 report to the version 2 checks, naming the field under content', () => {
    const result = IncidentReportPayloadSchema.safeParse(envelope('2', 'progress_report', v1Progress));
    expect(paths(result.error?.issues)).toEqual([
      'content.impact',
      'content.mitigationMeasures',
      'content.severity',
      'content.threatTypeOrRootCause',
    ]);
    expect(
      IncidentReportPayloadSchema.safeParse(
        envelope('2', 'notification', { ...notification, crossBorderInformationNoneAvailable: true }),
      ).success,
    ).toBe(true);
  });

  it('refuses an unknown version', () => {
    expect(IncidentReportPayloadSchema.safeParse(envelope('3', 'notification', notification)).success).toBe(false);
  });
});
