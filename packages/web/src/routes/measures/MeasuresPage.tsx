import { IMPLEMENTATION_STATUSES } from '@weerbaar/core/measures';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../api/client.ts';
import { useCan } from '../../auth/use-can.ts';
import { FilterForm } from '../../components/FilterForm.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { BulkUpdateForm } from './BulkUpdateForm.tsx';
import { CoverageCharts } from './CoverageChart.tsx';
import { CoverageHistory, CoverageOverview, GapList } from './CoverageOverview.tsx';
import { FrameworksPanel } from './FrameworksPanel.tsx';
import { OwnCataloguesPanel } from './OwnCataloguesPanel.tsx';
import { MeasureExportLinks } from './MeasureExportLinks.tsx';
import { MeasuresTable } from './MeasuresTable.tsx';
import { MeasuresQuerySchema, useCoverage, useFrameworks, useMeasureList } from './measures-api.ts';

/**
 * Measures (NIS2 Art. 21(2); Cbw art. 21): per adopted catalogue how far the organisation is, and per
 * requirement what is in place. One implemented measure counts for every catalogue it maps to.
 */
export function MeasuresPage() {
  const { t } = useTranslation();
  const url = useUrlQuery(MeasuresQuerySchema);
  const query = url.values;
  const measures = useMeasureList(query);
  const coverage = useCoverage();
  const frameworks = useFrameworks();
  const canWrite = useCan('measures:write');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string>();

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    url.replace({
      catalogue: v.catalogue,
      status: v.status,
      owner: v.owner,
      overdue: v.overdue === 'on' ? 'true' : undefined,
    });
    setSelected(new Set());
  }

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Page title={t('measures.title')} lead={t('measures.intro')}>
      <LiveMessage message={message} />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/measures/board">
          {t('board.link')}
        </Link>
      </p>
      <section className="weerbaar-section" aria-labelledby="coverage-heading">
        <h2 className="utrecht-heading-2" id="coverage-heading">
          {t('measures.coverage.title')}
        </h2>
        <QueryState query={coverage} empty={t('measures.coverage.empty')} isEmpty={(d) => d.catalogues.length === 0}>
          {(data) => <CoverageOverview coverage={data} />}
        </QueryState>
      </section>

      <section className="weerbaar-section" aria-labelledby="history-heading">
        <h2 className="utrecht-heading-2" id="history-heading">
          {t('measures.history.title')}
        </h2>
        <QueryState query={coverage}>
          {(data) => (
            <>
              <CoverageCharts coverage={data} />
              <CoverageHistory coverage={data} />
            </>
          )}
        </QueryState>
      </section>

      <section className="weerbaar-section" aria-labelledby="gaps-heading">
        <h2 className="utrecht-heading-2" id="gaps-heading">
          {t('measures.gaps.title')}
        </h2>
        <QueryState query={coverage}>{(data) => <GapList coverage={data} />}</QueryState>
      </section>

      <MeasureExportLinks />

      <section className="weerbaar-section" aria-labelledby="measures-list-heading">
        <h2 className="utrecht-heading-2" id="measures-list-heading">
          {t('measures.list.title')}
        </h2>
        <FilterForm
          label={t('measures.list.filters')}
          submitLabel={t('measures.list.apply')}
          onSubmit={onFilter}
          key={url.key}
        >
          <SelectField
            id="measures-catalogue"
            name="catalogue"
            label={t('measures.fields.catalogue')}
            defaultValue={query.catalogue ?? ''}
            options={[
              { value: '', label: t('measures.list.allCatalogues') },
              ...(frameworks.data?.items ?? []).map((f) => ({ value: f.catalogueId, label: f.title })),
            ]}
          />
          <SelectField
            id="measures-status"
            name="status"
            label={t('measures.fields.status')}
            defaultValue={query.status ?? ''}
            options={[
              { value: '', label: t('measures.list.allStatuses') },
              ...IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`measures.statuses.${s}`) })),
            ]}
          />
          <TextField
            id="measures-owner"
            name="owner"
            label={t('measures.fields.owner')}
            defaultValue={query.owner ?? ''}
            optional
            maxLength={200}
          />
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id="measures-overdue"
              name="overdue"
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              defaultChecked={query.overdue === 'true'}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="measures-overdue">
              {t('measures.list.overdueOnly')}
            </label>
          </div>
        </FilterForm>
        <p className="utrecht-paragraph" role="status">
          {measures.data ? t('measures.list.results', { count: measures.data.length }) : ''}
        </p>
        <p className="utrecht-paragraph">
          <a
            className="utrecht-link utrecht-link--html-a"
            href={apiUrl('/measures/export', { ...query })}
            download
            data-testid="soa-export"
          >
            {t('measures.list.export')}
          </a>
        </p>
        <QueryState query={measures} emptyTestId="measures-empty" empty={t('measures.list.empty')}>
          {(list) => (
            <>
              <MeasuresTable
                measures={list}
                selected={canWrite ? selected : undefined}
                onToggle={canWrite ? toggle : undefined}
              />
              {canWrite && selected.size > 0 && (
                <BulkUpdateForm
                  selected={[...selected]}
                  onDone={(updated) => {
                    setSelected(new Set());
                    setMessage(t('measures.bulk.done', { count: updated }));
                  }}
                />
              )}
            </>
          )}
        </QueryState>
      </section>

      <FrameworksPanel canWrite={canWrite} />
      <OwnCataloguesPanel canWrite={canWrite} />
    </Page>
  );
}
