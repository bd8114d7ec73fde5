// The legal labels in core (legal-labels.ts, used by the server's PDF copy) and the web's nl.json
// name the same things: this keeps one wording for both.
import { describe, expect, it } from 'vitest';
import {
  INCIDENT_CATEGORY_LABELS_NL,
  REPORT_FIELD_LABELS_NL,
  SEVERITY_LABELS_NL,
  SUBMISSION_STATUS_LABELS_NL,
  VOLUNTARY_SUBJECT_LABELS_NL,
} from '@weerbaar/core/incidents';
import { TREATMENT_STRATEGY_LABELS_NL } from '@weerbaar/core/risk';
import { CLASSIFICATION_LABELS_NL } from '@weerbaar/core/scope';
import nl from '../src/i18n/nl.json' with { type: 'json' };

// The form asks these as questions ("Vermoedt u …?"); the report copy states them. The answer
// "unknown" differs for the same reason ("Weet ik nog niet" in the form, "Nog niet bekend" in a copy).
const ASKED_AS_QUESTIONS = ['suspectedUnlawfulOrMalicious', 'crossBorderImpactPossible', 'subject'];

describe('legal labels: core and nl.json', () => {
  it('severities, voluntary subjects and delivery statuses are worded alike', () => {
    expect(nl.incidents.report.severities).toEqual(SEVERITY_LABELS_NL);
    expect(nl.incidents.report.subjects).toEqual(VOLUNTARY_SUBJECT_LABELS_NL);
    expect(nl.incidents.reports.status).toEqual(SUBMISSION_STATUS_LABELS_NL);
  });

  it('incident categories, classifications and risk treatments (the exports for people) are worded alike', () => {
    expect(nl.incidents.categories).toEqual(INCIDENT_CATEGORY_LABELS_NL);
    expect(nl.registration.classifications).toEqual(CLASSIFICATION_LABELS_NL);
    expect(nl.risk.strategies).toEqual(TREATMENT_STRATEGY_LABELS_NL);
  });

  it('report fields the form labels too are worded alike', () => {
    // The form's keys are flat: `parent_child` for the copy's `parent.child`.
    const formFields: Record<string, string> = nl.incidents.report.fields;
    const compared = Object.entries(REPORT_FIELD_LABELS_NL)
      .map(([path, label]) => ({ key: path.replace('.', '_'), label }))
      .filter(({ key }) => key in formFields && !ASKED_AS_QUESTIONS.includes(key));
    // Most fields are in both: a renamed key must not silently shrink the comparison to nothing.
    expect(compared.length).toBeGreaterThanOrEqual(15);
    const differing = compared
      .filter(({ key, label }) => formFields[key] !== label)
      .map(({ key, label }) => `${key}: core '${label}', nl.json '${formFields[key]}'`);
    expect(differing).toEqual([]);
  });
});
