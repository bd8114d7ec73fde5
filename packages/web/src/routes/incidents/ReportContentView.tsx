import {
  OBSERVABLE_TYPES,
  PROGRESS_REPORT_POINTS,
  SEVERITIES,
  VOLUNTARY_SUBJECTS,
  type ObservableType,
  type ReportStage,
} from '@weerbaar/core/incidents';
import type { Locale } from '@weerbaar/core/platform';
import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryList } from '../../format/countries.ts';
import { formatDate, formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import {
  dateKind,
  isEmptyValue,
  isIndicatorList,
  isRecord,
  reportContentEntries,
  type ContentEntry,
  type Indicator,
} from './report-content-view.ts';

const ANSWERS = ['yes', 'no', 'unknown'] as const;
const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const isOneOf = <V extends string>(list: readonly V[], value: unknown): value is V =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** An indicator's type by its label ("IP-adres"); a type the register does not know is shown as sent. */
export const indicatorTypeLabel = (type: string, t: TFunction): string =>
  isOneOf<ObservableType>(OBSERVABLE_TYPES, type) ? t(`incidents.observables.types.${type}`) : type;

/**
 * A submitted report read as a document: each field with the label the report form gives it and a
 * readable value, and below it the exact record as sent (the machine-readable payload) in a closed
 * "show as JSON" section.
 */
export function ReportContentView({ stage, payload }: { stage: ReportStage; payload: Record<string, unknown> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // The payload is the envelope the authority receives (sender, incident, content); its content is the report.
  const content = isRecord(payload.content) ? payload.content : payload;
  const entries = reportContentEntries(stage, content);
  return (
    <div className="weerbaar-report-content" data-testid="report-content">
      <dl className="weerbaar-facts">
        {entries.map((entry) => (
          <Fragment key={entry.path}>
            <dt>
              {entry.labelKey ? (
                t(`incidents.report.fields.${entry.labelKey}` as 'incidents.report.fields.statusUpdate')
              ) : (
                <code className="utrecht-code">{entry.path}</code>
              )}
            </dt>
            <dd data-field={entry.path}>{renderValue(entry, t, locale)}</dd>
          </Fragment>
        ))}
      </dl>
      <details className="weerbaar-report-json-details">
        <summary>{t('incidents.reportView.showJson')}</summary>
        <pre className="utrecht-code-block weerbaar-report-json" tabIndex={0}>
          {JSON.stringify(payload, null, 2)}
        </pre>
      </details>
    </div>
  );
}

function renderValue({ kind, value }: ContentEntry, t: TFunction, locale: Locale): ReactNode {
  if (isEmptyValue(value)) return t('common.none');
  if (kind === 'answer' && isOneOf(ANSWERS, value)) return t(`incidents.answers.${value}`);
  if (kind === 'severity' && isOneOf(SEVERITIES, value)) return t(`incidents.report.severities.${value}`);
  if (kind === 'subject' && isOneOf(VOLUNTARY_SUBJECTS, value)) return t(`incidents.report.subjects.${value}`);
  // Cbw art. 29(2): the points of a progress report marked "not yet known", by their form labels.
  if (kind === 'points' && Array.isArray(value) && value.every((v) => isOneOf(PROGRESS_REPORT_POINTS, v))) {
    return value.map((v) => t(`incidents.report.fields.${v}` as 'incidents.report.fields.statusUpdate')).join(', ');
  }
  if (kind === 'countries' && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return countryList(value, locale);
  }
  if (isIndicatorList(value)) return <IndicatorList indicators={value} t={t} />;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
  if (typeof value === 'string') {
    const date = dateKind(value);
    if (date === 'instant') return formatDateTime(value, locale);
    if (date === 'date') return formatDate(value, locale);
    // Multi-line text keeps its lines, as the sender wrote it.
    return <span className="weerbaar-message">{value}</span>;
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.join(', ');
  }
  // A shape this view does not know: shown exactly rather than hidden.
  return <code className="utrecht-code weerbaar-message">{JSON.stringify(value, null, 2)}</code>;
}

function IndicatorList({ indicators, t }: { indicators: readonly Indicator[]; t: TFunction }) {
  return (
    <ul className="utrecht-unordered-list">
      {indicators.map((i, index) => (
        <li className="utrecht-unordered-list__item" key={`${index}:${i.type}:${i.value}`}>
          {indicatorTypeLabel(i.type, t)}: <code className="utrecht-code weerbaar-observable">{i.value}</code>
          {i.description ? ` — ${i.description}` : null}
        </li>
      ))}
    </ul>
  );
}
