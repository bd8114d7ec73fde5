import { TREATMENT_STRATEGIES, type Risk } from '@weerbaar/core/risk';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { FilterForm } from '../../components/FilterForm.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { RiskHeatmap } from './RiskHeatmap.tsx';
import { RisksTable } from './RisksTable.tsx';
import {
  RISK_EXPORTS,
  RISK_SORTS,
  RisksQuerySchema,
  useAssets,
  useRiskList,
  useRiskMatrix,
  type RisksQuery,
} from './risk-api.ts';

const current = (r: Risk) => r.residual ?? r.inherent;
const SORTERS: Record<(typeof RISK_SORTS)[number], (a: Risk, b: Risk) => number> = {
  score: (a, b) => current(b).score - current(a).score,
  inherent: (a, b) => b.inherent.score - a.inherent.score,
  title: (a, b) => a.title.localeCompare(b.title),
  review: (a, b) => a.review.nextReviewOn.localeCompare(b.review.nextReviewOn),
};

/**
 * The risk register (NIS2 Art. 21(2)(a); CER Art. 12): filters, search and order in the URL, heatmaps of
 * inherent and residual risk, and the way into the scenario builder.
 */
export function RisksPage() {
  const { t } = useTranslation();
  const url = useUrlQuery(RisksQuerySchema);
  const { sort = 'score', ...filters } = url.values as RisksQuery;
  const risks = useRiskList(filters);
  const all = useRiskList({});
  const matrix = useRiskMatrix();
  const assets = useAssets();
  const canWrite = useCan('risk:write');
  const filtered = Object.keys(filters).length > 0;

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    url.replace({
      q: v.q,
      band: v.band,
      strategy: v.strategy,
      assetId: v.assetId,
      sort: v.sort === 'score' ? undefined : v.sort,
    });
  }

  return (
    <Page title={t('risk.title')} lead={t('risk.intro')}>
      <div className="weerbaar-actions">
        {canWrite && (
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            to="/risks/new"
          >
            {t('risk.builder.start')}
          </Link>
        )}
        <Link className="utrecht-link utrecht-link--html-a" to="/risks/matrix">
          {t('risk.matrix.title')}
        </Link>
        <Link className="utrecht-link utrecht-link--html-a" to="/risks/threats">
          {t('risk.threats.title')}
        </Link>
        <a className="utrecht-link utrecht-link--html-a" href={RISK_EXPORTS.csv} download>
          {t('risk.export.csv')}
        </a>
        <a className="utrecht-link utrecht-link--html-a" href={RISK_EXPORTS.xlsx} download>
          {t('risk.export.xlsx')}
        </a>
        <a className="utrecht-link utrecht-link--html-a" href={RISK_EXPORTS.pdf} download>
          {t('risk.export.pdf')}
        </a>
      </div>
      <section className="weerbaar-section" aria-labelledby="risk-list-heading">
        <h2 className="utrecht-heading-2" id="risk-list-heading">
          {t('risk.list.title')}
        </h2>
        <FilterForm label={t('risk.list.filters')} submitLabel={t('risk.list.apply')} onSubmit={onFilter} key={url.key}>
          <TextField
            id="risks-q"
            name="q"
            label={t('risk.list.search')}
            defaultValue={filters.q ?? ''}
            optional
            maxLength={200}
          />
          <SelectField
            id="risks-band"
            name="band"
            label={t('risk.list.band')}
            defaultValue={filters.band ?? ''}
            options={[
              { value: '', label: t('risk.list.allBands') },
              ...(matrix.data?.bands ?? []).map((b) => ({ value: b.key, label: b.label })),
            ]}
          />
          <SelectField
            id="risks-strategy"
            name="strategy"
            label={t('risk.form.treatment')}
            defaultValue={filters.strategy ?? ''}
            options={[
              { value: '', label: t('risk.list.allStrategies') },
              ...TREATMENT_STRATEGIES.map((s) => ({ value: s, label: t(`risk.strategies.${s}`) })),
            ]}
          />
          <SelectField
            id="risks-asset"
            name="assetId"
            label={t('risk.list.asset')}
            defaultValue={filters.assetId ?? ''}
            options={[
              { value: '', label: t('risk.list.allAssets') },
              ...(assets.data ?? []).map((a) => ({
                value: a.id,
                label: a.crownJewel ? `${a.name} (${t('risk.list.crownJewel')})` : a.name,
              })),
            ]}
          />
          <SelectField
            id="risks-sort"
            name="sort"
            label={t('risk.list.sort')}
            defaultValue={sort}
            options={RISK_SORTS.map((s) => ({ value: s, label: t(`risk.list.sorts.${s}`) }))}
          />
        </FilterForm>
        <p className="utrecht-paragraph" role="status">
          {risks.data && risks.data.length > 0 ? t('risk.list.results', { count: risks.data.length }) : ''}
        </p>
        <QueryState
          query={risks}
          emptyTestId="risks-empty"
          empty={filtered ? t('risk.list.noneFound') : t('risk.list.empty')}
        >
          {(list) => <RisksTable risks={[...list].sort(SORTERS[sort])} />}
        </QueryState>
      </section>
      <section className="weerbaar-section" aria-labelledby="risk-heatmaps-heading">
        <h2 className="utrecht-heading-2" id="risk-heatmaps-heading">
          {t('risk.heatmap.title')}
        </h2>
        <p className="utrecht-paragraph">{t('risk.heatmap.intro')}</p>
        {matrix.data && all.data ? (
          <div className="weerbaar-heatmaps">
            <RiskHeatmap
              id="heatmap-inherent"
              caption={t('risk.heatmap.inherent')}
              matrix={matrix.data}
              risks={all.data}
              which="inherent"
            />
            <RiskHeatmap
              id="heatmap-residual"
              caption={t('risk.heatmap.residual')}
              matrix={matrix.data}
              risks={all.data}
              which="residual"
            />
          </div>
        ) : (
          <QueryState query={matrix.data ? all : matrix} />
        )}
      </section>
    </Page>
  );
}
