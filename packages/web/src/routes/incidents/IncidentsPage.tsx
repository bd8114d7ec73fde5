import { INCIDENT_CATEGORIES, type IncidentSummary } from '@weerbaar/core/incidents';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { FilterForm } from '../../components/FilterForm.tsx';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { useCan } from '../../auth/use-can.ts';
import { DeadlineCountdown } from './DeadlineCountdown.tsx';
import { IncidentSettingsForm } from './IncidentSettingsForm.tsx';
import { IncidentsQuerySchema, PAGE_SIZE, useIncidents } from './incidents-api.ts';
import './incidents.css';

/** The incident register with the countdown of reports still owed. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const url = useUrlQuery(IncidentsQuerySchema);
  const query = url.values;
  const incidents = useIncidents(query);
  const canWrite = useCan('incidents:write');
  const canManage = useCan('registration:write');
  const total = incidents.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const all = { value: '', label: t('incidents.list.all') };

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    url.replace({ open: v.open, category: v.category, q: v.q });
  }

  const columns: Column<IncidentSummary>[] = [
    {
      key: 'incident',
      header: t('incidents.list.incident'),
      rowHeader: 'cell',
      cell: (i) => (
        <Link className="utrecht-link utrecht-link--html-a" to={`/incidents/${i.id}`}>
          <span className="weerbaar-id">{i.reference}</span> {i.title}
        </Link>
      ),
    },
    { key: 'category', header: t('incidents.list.category'), cell: (i) => t(`incidents.categories.${i.category}`) },
    { key: 'status', header: t('incidents.list.status'), cell: (i) => t(`incidents.statuses.${i.status}`) },
    {
      key: 'detected',
      header: t('incidents.list.detected'),
      cell: (i) => <time dateTime={i.detectedAt}>{formatDateTime(i.detectedAt, locale)}</time>,
    },
    {
      key: 'significance',
      header: t('incidents.list.significance'),
      cell: (i) =>
        i.decidedSignificance
          ? t(`incidents.significanceOutcomes.${i.decidedSignificance}`)
          : t('incidents.list.proposed', {
              outcome: t(`incidents.significanceOutcomes.${i.proposedSignificance}`),
            }),
    },
  ];

  return (
    <Page title={t('incidents.title')} lead={t('incidents.intro')}>
      {canWrite && (
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            to="/incidents/new"
          >
            {t('incidents.new')}
          </Link>
        </p>
      )}
      <DeadlineCountdown />
      <section className="weerbaar-section" aria-labelledby="register-heading">
        <h2 className="utrecht-heading-2" id="register-heading">
          {t('incidents.list.title')}
        </h2>
        <FilterForm
          label={t('incidents.list.filters')}
          submitLabel={t('incidents.list.apply')}
          onSubmit={onSearch}
          key={url.key}
        >
          <TextField
            id="incidents-q"
            name="q"
            label={t('incidents.list.search')}
            defaultValue={query.q ?? ''}
            optional
            maxLength={200}
          />
          <SelectField
            id="incidents-open"
            name="open"
            label={t('incidents.list.openLabel')}
            defaultValue={query.open ?? ''}
            options={[
              all,
              { value: 'true', label: t('incidents.list.openOnly') },
              { value: 'false', label: t('incidents.list.closedOnly') },
            ]}
          />
          <SelectField
            id="incidents-category"
            name="category"
            label={t('incidents.list.category')}
            defaultValue={query.category ?? ''}
            options={[all, ...INCIDENT_CATEGORIES.map((c) => ({ value: c, label: t(`incidents.categories.${c}`) }))]}
          />
        </FilterForm>
        <p className="utrecht-paragraph" role="status">
          {incidents.data ? t('incidents.list.results', { count: total }) : ''}
        </p>
        <QueryState query={incidents} empty={t('incidents.list.empty')}>
          {(data) => (
            <>
              <DataTable
                caption={t('incidents.list.caption', { page: query.page, pages })}
                columns={columns}
                rows={data.items}
                rowKey={(i) => i.id}
              />
              <Pagination
                page={query.page}
                pages={pages}
                label={t('incidents.list.pagination')}
                hrefFor={(p) => url.hrefWith({ page: p })}
              />
            </>
          )}
        </QueryState>
      </section>
      {canManage && (
        <section className="weerbaar-section" aria-labelledby="settings-heading">
          <h2 className="utrecht-heading-2" id="settings-heading">
            {t('incidents.settings.title')}
          </h2>
          <p className="utrecht-paragraph">{t('incidents.settings.intro')}</p>
          <details>
            <summary>{t('incidents.settings.show')}</summary>
            <IncidentSettingsForm />
          </details>
        </section>
      )}
    </Page>
  );
}
