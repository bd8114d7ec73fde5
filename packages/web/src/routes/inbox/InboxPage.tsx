import type { InboxReportSummary } from '@weerbaar/core/inbox';
import { REPORT_STAGES, SEVERITIES } from '@weerbaar/core/incidents';
import { SECTORS } from '@weerbaar/core/scope';
import { sectorLabel } from '../../format/sector-label.ts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { FilterForm } from '../../components/FilterForm.tsx';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { capitalise, stageLabel } from '../incidents/stage-label.ts';
import { INBOX_PAGE_SIZE, InboxQuerySchema, inboxExportUrl, useInbox } from './inbox-api.ts';
import { InboxReportDetail } from './InboxReportDetail.tsx';
import '../incidents/incidents.css';

/** The authority's inbox: received incident reports, their 24 h feedback clock and missed deadlines. */
export function InboxPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const url = useUrlQuery(InboxQuerySchema);
  const { page: pageNumber, report: reportId, ...filters } = url.values;
  const inbox = useInbox(filters, pageNumber);
  const total = inbox.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const all = { value: '', label: t('inbox.all') };

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    url.replace(formValues(event.currentTarget));
  }

  const columns: Column<InboxReportSummary>[] = [
    {
      key: 'reference',
      header: t('inbox.reference'),
      rowHeader: 'cell',
      cell: (r) => (
        <Link className="utrecht-link utrecht-link--html-a" to={url.hrefWith({ report: r.id })}>
          <span className="weerbaar-id">{r.authorityReference}</span>
        </Link>
      ),
    },
    {
      key: 'sender',
      header: t('inbox.sender'),
      cell: (r) => (
        <>
          {r.sender.name}
          <p className="utrecht-paragraph weerbaar-muted">
            {r.incident.reference}: {r.incident.title}
          </p>
        </>
      ),
    },
    {
      key: 'stage',
      header: t('inbox.stage'),
      cell: (r) => (
        <>
          {capitalise(stageLabel(r.stage, locale))}
          {r.version > 1 && ` (${t('incidents.reports.version', { version: r.version })})`}
          {/* NIS2 Art. 23(5); Cbw art. 36: a request for guidance or support is shown first, not in the content. */}
          {r.supportRequested && (
            <p className="utrecht-paragraph" data-testid="inbox-support-requested">
              <strong>{t('inbox.supportRequested')}</strong>
            </p>
          )}
          {/* NIS2 Art. 23(1), (6): shown at once, so the CSIRT can inform the other Member States and ENISA. */}
          {r.crossBorder === 'yes' && (
            <p className="utrecht-paragraph" data-testid="inbox-cross-border">
              <strong>{t('inbox.crossBorder')}</strong>
              {r.memberStatesAffected.length > 0 &&
                ` (${t('inbox.memberStates', { list: r.memberStatesAffected.join(', ') })})`}
            </p>
          )}
          {r.voluntary && (
            <p className="utrecht-paragraph weerbaar-muted" data-testid="inbox-voluntary">
              {t('inbox.voluntaryNote')}
            </p>
          )}
          {r.severity && (
            <p className="utrecht-paragraph weerbaar-muted">{t(`incidents.report.severities.${r.severity}`)}</p>
          )}
        </>
      ),
    },
    {
      key: 'received',
      header: t('inbox.received'),
      cell: (r) => <time dateTime={r.receivedAt}>{formatDateTime(r.receivedAt, locale)}</time>,
    },
    {
      key: 'feedback',
      header: t('inbox.feedback'),
      cell: (r) => (
        <>
          {r.initialFeedback && (
            <span className={`weerbaar-state--${r.initialFeedback.state}`}>
              {t(`inbox.feedbackStates.${r.initialFeedback.state}`, {
                at: formatDateTime(r.initialFeedback.deadline, locale),
              })}
            </span>
          )}
          {r.missedDeadlines.length > 0 && (
            <p className="utrecht-paragraph weerbaar-state--overdue">
              {t('inbox.missed', { stages: r.missedDeadlines.map((s) => stageLabel(s, locale)).join(', ') })}
            </p>
          )}
        </>
      ),
    },
  ];

  return (
    <Page title={t('inbox.title')} lead={t('inbox.intro')}>
      {reportId && <InboxReportDetail key={reportId} id={reportId} backHref={url.hrefWith({ report: undefined })} />}
      <FilterForm label={t('inbox.filters')} submitLabel={t('inbox.apply')} onSubmit={onSearch} key={url.key}>
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
        <SelectField
          id="inbox-sector"
          name="sector"
          label={t('inbox.sector')}
          defaultValue={filters.sector ?? ''}
          options={[
            all,
            ...SECTORS.map((s) => ({ value: s.sector, label: sectorLabel(s.sector, t) })).sort((a, b) =>
              a.label.localeCompare(b.label, locale),
            ),
          ]}
        />
        <SelectField
          id="inbox-unacknowledged"
          name="unacknowledged"
          label={t('inbox.feedbackFilter')}
          defaultValue={filters.unacknowledged ?? ''}
          options={[all, { value: 'true', label: t('inbox.unacknowledged') }]}
        />
        <SelectField
          id="inbox-support"
          name="supportRequested"
          label={t('inbox.supportFilter')}
          defaultValue={filters.supportRequested ?? ''}
          options={[all, { value: 'true', label: t('inbox.supportRequested') }]}
        />
        <SelectField
          id="inbox-cross-border"
          name="crossBorder"
          label={t('inbox.crossBorderFilter')}
          defaultValue={filters.crossBorder ?? ''}
          options={[
            all,
            { value: 'yes', label: t('inbox.crossBorderYes') },
            { value: 'no', label: t('inbox.crossBorderNo') },
            { value: 'unknown', label: t('inbox.crossBorderUnknown') },
          ]}
        />
      </FilterForm>
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
        <QueryState query={inbox} empty={t('inbox.empty')}>
          {(data) => (
            <>
              <DataTable
                caption={t('inbox.caption', { page: pageNumber, pages })}
                columns={columns}
                rows={data.items}
                rowKey={(r) => r.id}
                rowClassName={(r) =>
                  r.initialFeedback?.state === 'overdue' || r.missedDeadlines.length > 0
                    ? 'weerbaar-overdue'
                    : undefined
                }
                testId="inbox-table"
              />
              <Pagination
                page={pageNumber}
                pages={pages}
                label={t('inbox.pagination')}
                hrefFor={(p) => url.hrefWith({ page: p, report: undefined })}
              />
            </>
          )}
        </QueryState>
      </div>
    </Page>
  );
}
