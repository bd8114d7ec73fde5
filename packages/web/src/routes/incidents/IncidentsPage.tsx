import { INCIDENT_CATEGORIES } from '@weerbaar/core/incidents';
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
import { useCan } from '../../auth/use-can.ts';
import { DeadlineCountdown } from './DeadlineCountdown.tsx';
import { IncidentSettingsForm } from './IncidentSettingsForm.tsx';
import { PAGE_SIZE, useIncidents, type IncidentListQuery } from './incidents-api.ts';
import './incidents.css';

function queryFrom(params: URLSearchParams): IncidentListQuery {
  const page = Number(params.get('page'));
  const open = params.get('open');
  return {
    page: Number.isInteger(page) && page > 1 ? page : 1,
    ...(open === 'true' || open === 'false' ? { open } : {}),
    ...(params.get('category') ? { category: params.get('category')! } : {}),
    ...(params.get('q') ? { q: params.get('q')! } : {}),
  };
}

function paramsFor(query: Partial<IncidentListQuery>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v && !(k === 'page' && v === 1)) p.set(k, String(v));
  return p.toString();
}

/** The incident register with the countdown of reports still owed. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [params, setParams] = useSearchParams();
  const query = queryFrom(params);
  const incidents = useIncidents(query);
  const canWrite = useCan('incidents:write');
  const canManage = useCan('registration:write');
  const total = incidents.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const all = { value: '', label: t('incidents.list.all') };

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    setParams(paramsFor({ open: v.open as IncidentListQuery['open'], category: v.category, q: v.q }));
  }

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
        <form
          className="utrecht-form weerbaar-filters"
          role="search"
          aria-label={t('incidents.list.filters')}
          onSubmit={onSearch}
          key={params.toString()}
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
          <div className="weerbaar-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t('incidents.list.apply')}
            </button>
          </div>
        </form>
        <p className="utrecht-paragraph" role="status">
          {incidents.data ? t('incidents.list.results', { count: total }) : ''}
        </p>
        {incidents.isPending && <Loading />}
        {incidents.error && <LoadError error={incidents.error} onRetry={() => void incidents.refetch()} />}
        {incidents.data && incidents.data.items.length > 0 && (
          <>
            <div className="weerbaar-table-scroll">
              <table className="utrecht-table utrecht-table--html-table">
                <caption className="utrecht-table__caption">
                  {t('incidents.list.caption', { page: query.page, pages })}
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('incidents.list.incident')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('incidents.list.category')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('incidents.list.status')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('incidents.list.detected')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('incidents.list.significance')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {incidents.data.items.map((i) => (
                    <tr className="utrecht-table__row" key={i.id}>
                      <th className="utrecht-table__cell" scope="row">
                        <Link className="utrecht-link utrecht-link--html-a" to={`/incidents/${i.id}`}>
                          <span className="weerbaar-id">{i.reference}</span> {i.title}
                        </Link>
                      </th>
                      <td className="utrecht-table__cell">{t(`incidents.categories.${i.category}`)}</td>
                      <td className="utrecht-table__cell">{t(`incidents.statuses.${i.status}`)}</td>
                      <td className="utrecht-table__cell">
                        <time dateTime={i.detectedAt}>{formatDateTime(i.detectedAt, locale)}</time>
                      </td>
                      <td className="utrecht-table__cell">
                        {i.decidedSignificance
                          ? t(`incidents.significanceOutcomes.${i.decidedSignificance}`)
                          : t('incidents.list.proposed', {
                              outcome: t(`incidents.significanceOutcomes.${i.proposedSignificance}`),
                            })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              page={query.page}
              pages={pages}
              label={t('incidents.list.pagination')}
              hrefFor={(p) => `?${paramsFor({ ...query, page: p })}`}
            />
          </>
        )}
        {incidents.data && incidents.data.items.length === 0 && (
          <p className="utrecht-paragraph">{t('incidents.list.empty')}</p>
        )}
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
