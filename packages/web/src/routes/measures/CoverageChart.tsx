import type { MeasureCoverage } from '@weerbaar/core/measures';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { CHART, Y_TICKS, chartDays, chartPoints, labelledDays, stepPath, yOf } from './coverage-chart.ts';

const percent = (share: number) => Math.round(share * 100);

/**
 * Coverage over time as a picture, one small chart per adopted catalogue (plain SVG, no chart library).
 * Each chart is one image with a text name and a one-line summary (first and last reading); the exact
 * numbers per day are in the table (CoverageHistory) that follows, which is the text alternative. One
 * line per chart, so nothing is told by colour; points carry their value as a tooltip (<title>).
 */
export function CoverageCharts({ coverage, days = 12 }: { coverage: MeasureCoverage; days?: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const dayList = chartDays(coverage.history, days);
  if (dayList.length === 0) return null;
  const labelled = labelledDays(dayList);
  return (
    <div className="weerbaar-coverage-charts" data-testid="coverage-charts">
      {coverage.catalogues.map((c) => {
        const points = chartPoints(coverage.history, c.catalogueId, dayList);
        const id = `coverage-chart-${c.catalogueId}`;
        const first = points[0];
        const last = points.at(-1);
        return (
          <figure key={c.catalogueId} className="weerbaar-coverage-chart">
            <figcaption className="utrecht-paragraph" id={`${id}-title`}>
              {c.title}
            </figcaption>
            <svg
              role="img"
              aria-labelledby={`${id}-title ${id}-desc`}
              viewBox={`0 0 ${CHART.width} ${CHART.height}`}
              width="100%"
              data-testid={id}
            >
              <desc id={`${id}-desc`}>
                {first && last
                  ? t('measures.history.chartSummary', {
                      from: percent(first.share),
                      fromDay: formatDate(first.day, locale),
                      to: percent(last.share),
                      toDay: formatDate(last.day, locale),
                    })
                  : t('measures.history.chartEmpty')}
              </desc>
              <g aria-hidden="true">
                {Y_TICKS.map((tick) => (
                  <g key={tick} className="weerbaar-coverage-chart__grid">
                    <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(tick)} y2={yOf(tick)} />
                    <text x={CHART.left - 6} y={yOf(tick) + 4} textAnchor="end">
                      {percent(tick)}%
                    </text>
                  </g>
                ))}
                {points.map(
                  (p) =>
                    labelled.has(dayList.indexOf(p.day)) && (
                      <text
                        key={`label-${p.day}`}
                        className="weerbaar-coverage-chart__day"
                        x={p.x}
                        y={CHART.height - CHART.bottom + 18}
                        textAnchor="middle"
                      >
                        {formatDate(p.day, locale)}
                      </text>
                    ),
                )}
                <path className="weerbaar-coverage-chart__line" d={stepPath(points)} />
                {points.map((p) => (
                  <circle key={p.day} className="weerbaar-coverage-chart__point" cx={p.x} cy={p.y} r={3.5}>
                    <title>{`${formatDate(p.day, locale)}: ${percent(p.share)}%`}</title>
                  </circle>
                ))}
              </g>
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
