import { REPORT_STAGES, SEVERITIES } from '@weerbaar/core/incidents';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { LoadError, Loading } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { currentLocale } from '../../i18n/index.ts';
import { capitalise, stageLabel } from '../incidents/stage-label.ts';
import { INBOX_FILTERS, INBOX_PAGE_SIZE, inboxExportUrl, useInbox, type InboxFilters } from './inbox-api.ts';
import { InboxReportDetail } from './InboxReportDetail.tsx';
import '../incidents/incidents.css';

function filtersFrom(params: URLSearchParams): InboxFilters {
  const f: InboxFilters = {};
  for (const name of INBOX_FILTERS) {
    const v = params.get(name)?.trim();
    if (v) f[name] = v;
  }
  return f;
}

function paramsFor(filters: InboxFilters, extra: { page?: number; report?: string } = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  if (extra.page && extra.page > 1) p.set('page', String(extra.page));
  if (extra.report) p.set('report', extra.report);
  return p.toString();
}

/** The authority's inbox: received incident reports, their 24 h feedback clock and missed deadlines. */
export function InboxPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const pageNumber = Math.max(1, Number(params.get('page')) || 1);
  const reportId = params.get('report') ?? undefined;
  const inbox = useInbox(filters, pageNumber);
  const total = inbox.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const all = { value: '', label: t('inbox.all') };

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setParams(paramsFor(formValues(event.currentTarget)));
  }

  return (
    <Page title={t('inbox.title')} lead={t('inbox.intro')}>
      {reportId && (
        <InboxReportDetail key={reportId} id={reportId} backHref={`?${paramsFor(filters, { page: pageNumber })}`} />
      )}
      <form
        className="utrecht-form weerbaar-filters"
        role="search"
        aria-label={t('inbox.filters')}
        onSubmit={onSearch}
        key={params.toString()}
      >
        <SelectField
          id="inbox-stage"
          name="stage"
          label={t('inbox.stage')}
          defaultValue={filters.stage ?? ''}
          options={[all, ...REPORT_STAGES.map((s) => ({ value: s, label: capitalise(stageLabel(s, locale)) }))]}
        />
        <SelectField
          id="inbox-voluntary"
          name="voluntary"
          label={t('inbox.voluntaryFilter')}
          defaultValue={filters.voluntary ?? ''}
          options={[
            all,
            { value: 'true', label: t('inbox.voluntaryOnly') },
            { value: 'false', label: t('inbox.mandatoryOnly') },
          ]}
        />
        <SelectField
          id="inbox-severity"
          name="severity"
          label={t('inbox.severity')}
          defaultValue={filters.severity ?? ''}
          options={[all, ...SEVERITIES.map((s) => ({ value: s, label: t(`incidents.report.severities.${s}`) }))]}
        />
        <TextField
          id="inbox-sector"
          name="sector"
          label={t('inbox.sector')}
          defaultValue={filters.sector ?? ''}
          optional
          maxLength={100}
        />
        <SelectField
          id="inbox-unacknowledged"
          name="unacknowledged"
          label={t('inbox.feedbackFilter')}
          defaultValue={filters.unacknowledged ?? ''}
          options={[all, { value: 'true', label: t('inbox.unacknowledged') }]}
        />
        <div className="weerbaar-actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t('inbox.apply')}
          </button>
        </div>
      </form>
      <div className="weerbaar-section">
        <div className="weerbaar-toolbar">
          <p className="utrecht-paragraph" role="status">
            {inbox.data ? t('inbox.results', { count: total }) : ''}
          </p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link utrecht-link--html-a" href={inboxExportUrl(filters)} download>
              {t('inbox.download')}
            </a>
          </p>
        </div>
        {inbox.isPending && <Loading />}
        {inbox.error && <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />}
        {inbox.data && inbox.data.items.length === 0 && <p className="utrecht-paragraph">{t('inbox.empty')}</p>}
        {inbox.data && inbox.data.items.length > 0 && (
          <>
            <div className="weerbaar-table-scroll">
              <table className="utrecht-table utrecht-table--html-table" data-testid="inbox-table">
                <caption className="utrecht-table__caption">{t('inbox.caption', { page: pageNumber, pages })}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('inbox.reference')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('inbox.sender')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('inbox.stage')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('inbox.received')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('inbox.feedback')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {inbox.data.items.map((r) => (
                    <tr
                      className={`utrecht-table__row${r.initialFeedback?.state === 'overdue' || r.missedDeadlines.length > 0 ? ' weerbaar-overdue' : ''}`}
                      key={r.id}
                    >
                      <th className="utrecht-table__cell" scope="row">
                        <Link
                          className="utrecht-link utrecht-link--html-a"
                          to={`?${paramsFor(filters, { page: pageNumber, report: r.id })}`}
                        >
                          <span className="weerbaar-id">{r.authorityReference}</span>
                        </Link>
                      </th>
                      <td className="utrecht-table__cell">
                        {r.sender.name}
                        <p className="utrecht-paragraph weerbaar-muted">
                          {r.incident.reference}: {r.incident.title}
                        </p>
                      </td>
                      <td className="utrecht-table__cell">
                        {capitalise(stageLabel(r.stage, locale))}
                        {r.version > 1 && ` (${t('incidents.reports.version', { version: r.version })})`}
                        {r.voluntary && (
                          <p className="utrecht-paragraph weerbaar-muted" data-testid="inbox-voluntary">
                            {t('inbox.voluntaryNote')}
                          </p>
                        )}
                        {r.severity && (
                          <p className="utrecht-paragraph weerbaar-muted">
                            {t(`incidents.report.severities.${r.severity}`)}
                          </p>
                        )}
                      </td>
                      <td className="utrecht-table__cell">
                        <time dateTime={r.receivedAt}>{formatDateTime(r.receivedAt, locale)}</time>
                      </td>
                      <td className="utrecht-table__cell">
                        {r.initialFeedback && (
                          <span className={`weerbaar-state--${r.initialFeedback.state}`}>
                            {t(`inbox.feedbackStates.${r.initialFeedback.state}`, {
                              at: formatDateTime(r.initialFeedback.deadline, locale),
                            })}
                          </span>
                        )}
                        {r.missedDeadlines.length > 0 && (
                          <p className="utrecht-paragraph weerbaar-state--overdue">
                            {t('inbox.missed', {
                              stages: r.missedDeadlines.map((s) => stageLabel(s, locale)).join(', '),
                            })}
                          </p>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              page={pageNumber}
              pages={pages}
              label={t('inbox.pagination')}
              hrefFor={(p) => `?${paramsFor(filters, { page: p })}`}
            />
          </>
        )}
      </div>
    </Page>
  );
}
