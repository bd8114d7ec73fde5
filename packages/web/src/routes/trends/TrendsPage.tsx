import { REPORT_ROOT_CAUSES } from '@weerbaar/core/incidents';
import { bucketRange, VIEW_DIMENSIONS, type TrendTable } from '@weerbaar/core/trends';
import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterForm } from '../../components/FilterForm.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { QuarterlyReportSection } from './QuarterlyReportSection.tsx';
import { chartSegments, drillDownQuery, TREND_CHART, yOfValue } from './trend-chart.ts';
import { trendsExportUrl, TrendsUrlSchema, useTrends } from './trends-api.ts';

const shown = (v: number | null, k: number) => (v === null ? `< ${k}` : String(v));

/** The SVG as a file: the chart carries its colours inline, so the download looks as on screen. */
function downloadSvg(svg: SVGSVGElement | null) {
  if (!svg) return;
  const source = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'trends.svg';
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * The authority's trends (issue 15 item 1): one chart (plain SVG, as the measures' coverage chart) and the
 * table that is its text alternative, with links to the inbox reports behind each figure.
 */
export function TrendsPage() {
  const { t } = useTranslation();
  const url = useUrlQuery(TrendsUrlSchema);
  const filters = url.values;
  const trends = useTrends(filters);
  const svgRef = useRef<SVGSVGElement>(null);
  const view = filters.view ?? 'incidents';

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    url.replace(formValues(event.currentTarget));
  }

  return (
    <Page title={t('trends.title')}>
      <p className="utrecht-paragraph">{t('trends.intro', { k: trends.data?.minEntities ?? 3 })}</p>
      <FilterForm label={t('trends.filters')} onSubmit={onSearch} submitLabel={t('trends.show')}>
        <SelectField
          id="trends-view"
          name="view"
          label={t('trends.view')}
          defaultValue={view}
          options={(['incidents', 'deadlines', 'registrations'] as const).map((v) => ({
            value: v,
            label: t(`trends.views.${v}`),
          }))}
        />
        <SelectField
          id="trends-dimension"
          name="dimension"
          label={t('trends.dimension')}
          defaultValue={filters.dimension ?? 'sector'}
          options={VIEW_DIMENSIONS[view].map((d) => ({ value: d, label: t(`trends.dimensions.${d}`) }))}
        />
        <SelectField
          id="trends-interval"
          name="interval"
          label={t('trends.interval')}
          defaultValue={filters.interval ?? 'month'}
          options={(['week', 'month', 'quarter'] as const).map((i) => ({
            value: i,
            label: t(`trends.intervals.${i}`),
          }))}
        />
        <TextField
          id="trends-from"
          name="from"
          type="date"
          optional
          label={t('trends.from')}
          defaultValue={filters.from ?? ''}
        />
        <TextField
          id="trends-to"
          name="to"
          type="date"
          optional
          label={t('trends.to')}
          defaultValue={filters.to ?? ''}
        />
        <SelectField
          id="trends-root-cause"
          name="rootCause"
          label={t('trends.dimensions.rootCause')}
          defaultValue={filters.rootCause ?? ''}
          options={[
            { value: '', label: t('trendsRootCause.all') },
            ...REPORT_ROOT_CAUSES.map((c) => ({ value: c, label: t(`authorityDelivery.rootCauses.${c}`) })),
            { value: 'unknown', label: t('trendsRootCause.unknown') },
          ]}
        />
        <SelectField
          id="trends-cross-border"
          name="crossBorder"
          label={t('trends.crossBorder')}
          defaultValue={filters.crossBorder ?? ''}
          options={[
            { value: '', label: t('inbox.all') },
            { value: 'yes', label: t('inbox.crossBorderYes') },
          ]}
        />
      </FilterForm>
      <QueryState query={trends} empty={t('trends.empty')}>
        {(table) => (
          <TrendResult
            table={table}
            filters={filters}
            svgRef={svgRef}
            onDownloadSvg={() => downloadSvg(svgRef.current)}
          />
        )}
      </QueryState>
      <QuarterlyReportSection />
    </Page>
  );
}

function TrendResult({
  table,
  filters,
  svgRef,
  onDownloadSvg,
}: {
  table: TrendTable;
  filters: ReturnType<typeof TrendsUrlSchema.parse>;
  svgRef: React.RefObject<SVGSVGElement | null>;
  onDownloadSvg: () => void;
}) {
  const { t } = useTranslation();
  const k = table.minEntities;
  const { segments, max } = chartSegments(table);
  const viewLabel = t(`trends.views.${table.view}`);
  const intervalLabel = t(`trends.intervals.${table.interval}`).toLowerCase();
  const dimensionLabel = t(`trends.dimensions.${table.dimension}`).toLowerCase();
  const inboxHref = (rowKey: string, bucket?: string) => {
    const q = drillDownQuery(table, rowKey, bucket ? bucketRange(bucket, table.interval) : undefined);
    return q ? `/reports?${new URLSearchParams(q).toString()}` : null;
  };
  const rowLabel = new Map(table.rows.map((r) => [r.key, r.label]));
  return (
    <>
      <figure className="weerbaar-section">
        <figcaption className="utrecht-paragraph" id="trends-chart-title">
          {t('trends.chartTitle', { view: viewLabel, interval: intervalLabel, dimension: dimensionLabel })}
        </figcaption>
        <svg
          ref={svgRef}
          xmlns="http://www.w3.org/2000/svg"
          role="img"
          aria-labelledby="trends-chart-title trends-chart-desc"
          viewBox={`0 0 ${TREND_CHART.width} ${TREND_CHART.height}`}
          width="100%"
          data-testid="trends-chart"
        >
          <desc id="trends-chart-desc">
            {t('trends.chartSummary', { total: shown(table.total.value, k), buckets: table.buckets.length })}
          </desc>
          <g aria-hidden="true" fontFamily="sans-serif" fontSize="10">
            {[0, max / 2, max].map((tick) => (
              <g key={tick}>
                <line
                  x1={TREND_CHART.left}
                  x2={TREND_CHART.width - TREND_CHART.right}
                  y1={yOfValue(tick, max)}
                  y2={yOfValue(tick, max)}
                  stroke="#ccc"
                />
                <text x={TREND_CHART.left - 6} y={yOfValue(tick, max) + 4} textAnchor="end" fill="#333">
                  {tick}
                </text>
              </g>
            ))}
            {table.buckets.map((b, j) => (
              <text
                key={b.key}
                x={
                  TREND_CHART.left +
                  ((TREND_CHART.width - TREND_CHART.left - TREND_CHART.right) / table.buckets.length) * (j + 0.5)
                }
                y={TREND_CHART.height - TREND_CHART.bottom + 16}
                textAnchor="middle"
                fill="#333"
              >
                {b.label}
              </text>
            ))}
            {segments.map((s) => (
              <rect key={`${s.rowKey}-${s.bucket}`} x={s.x} y={s.y} width={s.width} height={s.height} fill={s.colour}>
                <title>{`${rowLabel.get(s.rowKey) ?? s.rowKey}, ${s.bucket}: ${s.value}`}</title>
              </rect>
            ))}
          </g>
        </svg>
      </figure>
      <div className="weerbaar-toolbar">
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={trendsExportUrl(filters)} download>
            {t('trends.downloadCsv')}
          </a>
        </p>
        <p className="utrecht-paragraph">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onDownloadSvg}>
            {t('trends.downloadSvg')}
          </button>
        </p>
      </div>
      {table.view === 'deadlines' && <p className="utrecht-paragraph">{t('trends.deadlinesNote')}</p>}
      <div className="weerbaar-table-scroll">
        <table className="utrecht-table" data-testid="trends-table">
          <caption className="utrecht-table__caption">
            {t('trends.caption', { view: viewLabel, interval: intervalLabel, from: table.from, to: table.to })}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t(`trends.dimensions.${table.dimension}`)}
              </th>
              {table.buckets.map((b) => (
                <th key={b.key} className="utrecht-table__header-cell" scope="col">
                  {b.label}
                </th>
              ))}
              <th className="utrecht-table__header-cell" scope="col">
                {t('trends.total')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {table.rows.map((row) => {
              const href = inboxHref(row.key);
              return (
                <tr key={row.key} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">
                    {href ? (
                      <Link className="utrecht-link utrecht-link--html-a" to={href}>
                        {row.label}
                      </Link>
                    ) : (
                      row.label
                    )}
                  </th>
                  {row.cells.map((c, j) => {
                    const cellHref = c.value ? inboxHref(row.key, table.buckets[j]!.key) : null;
                    return (
                      <td key={table.buckets[j]!.key} className="utrecht-table__cell utrecht-table__cell--numeric">
                        {cellHref ? (
                          <Link className="utrecht-link utrecht-link--html-a" to={cellHref}>
                            {shown(c.value, k)}
                          </Link>
                        ) : (
                          shown(c.value, k)
                        )}
                      </td>
                    );
                  })}
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{shown(row.total.value, k)}</td>
                </tr>
              );
            })}
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {t('trends.total')}
              </th>
              {table.bucketTotals.map((c, j) => (
                <td key={table.buckets[j]!.key} className="utrecht-table__cell utrecht-table__cell--numeric">
                  {shown(c.value, k)}
                </td>
              ))}
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{shown(table.total.value, k)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="utrecht-paragraph weerbaar-muted">{t('trends.suppressedNote', { k })}</p>
    </>
  );
}
