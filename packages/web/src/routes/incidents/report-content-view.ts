import type { ReportStage } from '@weerbaar/core/incidents';
import { REPORT_FIELDS } from './report-content.ts';

/** How a value is read: the form's answer, severity and subject choices get the form's own labels. */
export type ValueKind = 'answer' | 'severity' | 'subject' | 'indicators' | 'points' | 'countries' | 'plain';

export interface ContentEntry {
  /** Dotted path into the content, e.g. `contact.email`. */
  path: string;
  /** The key under `incidents.report.fields` the form labels this field with; null for a field the form lacks. */
  labelKey: string | null;
  kind: ValueKind;
  value: unknown;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of a stage in the form's order. The form also lists the register's indicators of compromise
 * for a voluntary notification (NIS2 Art. 30(2) with Art. 23(4)(b)), read-only, so they are not in
 * REPORT_FIELDS but belong to the document all the same.
 */
function documentFields(stage: ReportStage, content: Record<string, unknown>): readonly string[] {
  // The progress report's "not yet known" checkboxes are one list in the content (Cbw art. 29(2)); a
  // support request (Cbw art. 36) is shown only when the report makes one.
  const asked = isRecord(content.supportRequest);
  const fields = REPORT_FIELDS[stage].filter(
    (p) => !p.startsWith('notYetKnown.') && (asked || !p.startsWith('supportRequest.')),
  );
  if (stage === 'progress_report') return [...fields, 'notYetKnown'];
  return stage === 'voluntary_notification' ? [...fields, 'indicatorsOfCompromise'] : fields;
}

/** The same label key as ReportForm: a voluntary notification may be about a threat, not "the incident". */
export const fieldLabelKey = (stage: ReportStage, path: string) =>
  stage === 'voluntary_notification' && path === 'description' ? 'voluntaryDescription' : path.replaceAll('.', '_');

const ANSWER_PATHS = new Set(['suspectedUnlawfulOrMalicious', 'crossBorderImpactPossible']);
const SEVERITY_PATHS = new Set(['severity', 'initialAssessment.severity']);

function kindOf(stage: ReportStage, path: string): ValueKind {
  if (ANSWER_PATHS.has(path)) return 'answer';
  // CER Art. 15(2) asks whether there is cross-border impact (yes / no / unknown); NIS2 final reports describe it.
  if (path === 'crossBorderImpact' && (stage === 'cer_initial' || stage === 'cer_detailed')) return 'answer';
  if (SEVERITY_PATHS.has(path)) return 'severity';
  if (path === 'subject' && stage === 'voluntary_notification') return 'subject';
  if (path === 'indicatorsOfCompromise') return 'indicators';
  if (path === 'notYetKnown') return 'points';
  // ISO 3166-1 codes of the Member States affected: shown by name, sorted in the reader's language.
  if (path === 'memberStatesAffected') return 'countries';
  return 'plain';
}

const valueAt = (content: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), content);

/** Leaf paths of the content; a path the document already shows is not opened further. */
function leafPaths(value: Record<string, unknown>, shown: ReadonlySet<string>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => {
    const path = prefix + key;
    if (shown.has(path)) return [path];
    return isRecord(v) && Object.keys(v).length > 0 ? leafPaths(v, shown, `${path}.`) : [path];
  });
}

/**
 * Every field of the report as the document shows it: first the form's fields of the stage (also when
 * empty, so a reader sees what was left open), then anything else the content holds, so nothing that was
 * sent is hidden from the reader.
 */
export function reportContentEntries(stage: ReportStage, content: Record<string, unknown>): ContentEntry[] {
  const fields = documentFields(stage, content);
  const shown = new Set(fields);
  const known = fields.map((path) => ({
    path,
    labelKey: fieldLabelKey(stage, path),
    kind: kindOf(stage, path),
    value: valueAt(content, path),
  }));
  const other = leafPaths(content, shown)
    .filter((path) => !shown.has(path))
    .map((path) => ({ path, labelKey: null, kind: kindOf(stage, path), value: valueAt(content, path) }));
  return [...known, ...other];
}

/** Nothing to read: missing, null, blank text, an empty list or an empty object. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.keys(value).length === 0;
  return false;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Instants are shown in Dutch time (DESIGN.md: Time); a bare calendar date stays a date. */
export function dateKind(value: string): 'instant' | 'date' | null {
  if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return 'instant';
  if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return 'date';
  return null;
}

export interface Indicator {
  type: string;
  value: string;
  description?: string | null;
}

export const isIndicatorList = (value: unknown): value is Indicator[] =>
  Array.isArray(value) && value.every((i) => isRecord(i) && typeof i.type === 'string' && typeof i.value === 'string');
