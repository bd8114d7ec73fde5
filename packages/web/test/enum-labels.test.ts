// Every code the API sends that a screen shows has a label in both languages: a Dutch screen never shows
// 'early_warning', 'health' or 'incident-handler' (issue 9 item 4). The table says which i18n map labels
// which enum of core; a value added to an enum in core without its labels fails here.
import {
  ADDRESS_TYPES,
  ASSET_KINDS,
  CLASSIFICATIONS,
  COMMUNICATION_CHANNELS,
  CONTACT_ROLES,
  DEADLINE_STATES,
  FEEDBACK_STATES,
  INCIDENT_CATEGORIES,
  INCIDENT_ROOT_CAUSES,
  INCIDENT_SOURCES,
  INCIDENT_STATUSES,
  OBSERVABLE_TYPES,
  AFFECTED_AREAS,
  RECIPIENT_COMMUNICATION_KINDS,
  RECURRENCE_FACTS,
  REPORT_STAGES,
  AUTHORITY_STAGES,
  SEVERITIES,
  SIGNIFICANCE_CRITERION_IDS,
  CER_CRITERION_IDS,
  SIGNIFICANCE_ENTITY_TYPES,
  SIGNIFICANCE_OUTCOMES,
  SIZE_CLASSES,
  SSO_REFUSALS,
  STAGE_DEFINITIONS,
  SUBMISSION_RECIPIENTS,
  SubmissionStatusSchema,
  TASK_KINDS,
  VOLUNTARY_SUBJECTS,
  OrgKindSchema,
  RoleSchema,
  SECTORS,
  EU_MEMBER_STATES,
  PROVINCES,
} from '@weerbaar/core';
import { BIA_WARNING_CODES, PHYSICAL_EFFECT_LEVELS } from '@weerbaar/core/continuity';
import { ASSESSMENT_RESULTS } from '@weerbaar/core/suppliers';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json' with { type: 'json' };
import nl from '../src/i18n/nl.json' with { type: 'json' };
import { countryList, countryName, countryOptions } from '../src/format/countries.ts';

/** The text at a dotted key, as i18next resolves it; undefined when there is none. */
function lookup(tree: unknown, path: string): string | undefined {
  let node: unknown = tree;
  for (const part of path.split('.'))
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' && node !== '' ? node : undefined;
}

// enum of core → the i18n maps that label it on screen (grep `t(\`<map>.${` in packages/web/src).
const LABELLED: [name: string, values: readonly string[], maps: string[]][] = [
  ['INCIDENT_STATUSES', INCIDENT_STATUSES, ['incidents.statuses']],
  ['INCIDENT_CATEGORIES', INCIDENT_CATEGORIES, ['incidents.categories']],
  ['INCIDENT_SOURCES', INCIDENT_SOURCES, ['incidents.sources']],
  ['INCIDENT_ROOT_CAUSES', INCIDENT_ROOT_CAUSES, ['incidents.rootCauses']],
  ['SEVERITIES', SEVERITIES, ['incidents.report.severities']],
  ['VOLUNTARY_SUBJECTS', VOLUNTARY_SUBJECTS, ['incidents.report.subjects']],
  ['OBSERVABLE_TYPES', OBSERVABLE_TYPES, ['incidents.observables.types']],
  ['TASK_KINDS', TASK_KINDS, ['incidents.tasks.kinds']],
  ['RECIPIENT_COMMUNICATION_KINDS', RECIPIENT_COMMUNICATION_KINDS, ['incidents.communications.kinds']],
  ['COMMUNICATION_CHANNELS', COMMUNICATION_CHANNELS, ['incidents.communications.channels']],
  [
    'SIGNIFICANCE_OUTCOMES',
    SIGNIFICANCE_OUTCOMES,
    ['incidents.significanceOutcomes', 'incidents.criteria.cerOutcomes'],
  ],
  ['SIGNIFICANCE_CRITERION_IDS', SIGNIFICANCE_CRITERION_IDS, ['incidents.criteria']],
  ['CER_CRITERION_IDS', CER_CRITERION_IDS, ['incidents.criteria']],
  ['SIGNIFICANCE_ENTITY_TYPES', SIGNIFICANCE_ENTITY_TYPES, ['incidents.significanceEntityTypes']],
  ['AFFECTED_AREAS', AFFECTED_AREAS, ['incidents.impactFacts.areas']],
  ['RECURRENCE_FACTS', RECURRENCE_FACTS, ['incidents.recurrenceFacts']],
  ['DEADLINE_STATES', DEADLINE_STATES, ['incidents.states']],
  ['FEEDBACK_STATES', FEEDBACK_STATES, ['inbox.feedbackStates']],
  ['SubmissionStatus', SubmissionStatusSchema.options, ['incidents.reports.status', 'registration.statuses']],
  ['SUBMISSION_RECIPIENTS', SUBMISSION_RECIPIENTS, ['incidents.reports.recipient', 'registration.delivery.recipient']],
  ['ASSET_KINDS', ASSET_KINDS, ['assets.kinds', 'assets.kindsPlural', 'incidents.assetKinds']],
  ['PHYSICAL_EFFECT_LEVELS', PHYSICAL_EFFECT_LEVELS, ['bia.levels']],
  ['BIA_WARNING_CODES', BIA_WARNING_CODES, ['bia.warningCodes']],
  ['ASSESSMENT_RESULTS', ASSESSMENT_RESULTS, ['suppliers.results']],
  ['CLASSIFICATIONS', CLASSIFICATIONS, ['registration.classifications']],
  ['ADDRESS_TYPES', ADDRESS_TYPES, ['registration.addressTypes']],
  ['CONTACT_ROLES', CONTACT_ROLES, ['registration.contactRoles']],
  ['SIZE_CLASSES', SIZE_CLASSES, ['scopeWizard.result.sizes']],
  ['SSO_REFUSALS', SSO_REFUSALS, ['login.sso.refused']],
  ['Role', RoleSchema.options, ['roles']],
  ['OrgKind', OrgKindSchema.options, ['orgKinds']],
];

describe('every enum the UI shows has a label in nl and en', () => {
  it.each(LABELLED.flatMap(([name, values, maps]) => maps.map((map) => [name, map, values] as const)))(
    '%s in %s',
    (_name, map, values) => {
      const missing = values.flatMap((v) =>
        (['nl', 'en'] as const)
          .filter((lang) => !lookup(lang === 'nl' ? nl : en, `${map}.${v}`))
          .map((lang) => `${lang}: ${map}.${v}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it('the lookup notices a missing label', () => {
    expect(lookup(nl, 'incidents.statuses.no_such_status')).toBeUndefined();
    expect(lookup(nl, 'incidents.statuses.new')).toBeTruthy();
  });

  it('reporting stages have a Dutch and an English name (core), different where the law has a Dutch term', () => {
    for (const stage of [...REPORT_STAGES, ...AUTHORITY_STAGES]) {
      const d = STAGE_DEFINITIONS[stage];
      expect(d.labelNl, stage).toMatch(/\S/);
      expect(d.labelEn, stage).toMatch(/\S/);
      expect(d.labelNl, stage).not.toBe(d.labelEn);
    }
  });

  it('sectors, provinces and countries have Dutch names (core catalogues)', () => {
    for (const s of SECTORS) expect(s.sector_nl, s.sector).toMatch(/\S/);
    for (const p of PROVINCES) expect(p.nl, p.id).toMatch(/\S/);
    for (const m of EU_MEMBER_STATES) {
      expect(countryName(m.code, 'nl')).toBe(m.nl);
      expect(countryName(m.code, 'en')).not.toBe(m.code);
    }
  });
});

describe('countries', () => {
  it('are listed by name in the reader’s language and sorted as that language sorts', () => {
    expect(countryList(['NL', 'AT', 'BE', 'DE'], 'nl')).toBe('België, Duitsland, Nederland, Oostenrijk');
    expect(countryList(['NL', 'AT', 'BE', 'DE'], 'en')).toBe('Austria, Belgium, Germany, Netherlands');
    const nlOptions = countryOptions('nl').map((o) => o.label);
    expect(nlOptions[0]).toBe('België');
    expect(nlOptions).toEqual([...nlOptions].sort(new Intl.Collator('nl').compare));
    expect(nlOptions).toHaveLength(27);
  });
});
