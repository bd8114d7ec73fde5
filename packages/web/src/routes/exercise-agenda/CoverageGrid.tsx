import type { AgendaCoverage, CoverageCell } from '@weerbaar/core/exercise-agenda';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { themeName } from './theme-name.ts';

// Plain SVG, no chart library (as measures' coverage and the trends do). Each cell carries a sign as well as
// a colour (✓ exercised, ○ planned, – none), so nothing is told by colour alone; the table below is the
// text alternative with the counts and who organised them.
const GRID = { left: 330, top: 28, cellWidth: 84, cellHeight: 30, right: 8, bottom: 8 };
const SIGN: Record<CoverageCell['state'], string> = { exercised: '✓', planned: '○', none: '–' };

export function CoverageGrid({ coverage }: { coverage: AgendaCoverage }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const width = GRID.left + coverage.years.length * GRID.cellWidth + GRID.right;
  const height = GRID.top + coverage.themes.length * GRID.cellHeight + GRID.bottom;
  const exercised = coverage.themes.filter((row) => row.cells.some((c) => c.state === 'exercised')).length;
  const cellLabel = (c: CoverageCell) =>
    c.state === 'none'
      ? t('exerciseAgenda.coverage.none')
      : t('exerciseAgenda.coverage.cell', {
          exercised: c.exercised,
          planned: c.planned,
          organisers: c.organisers.join(', '),
        });
  return (
    <>
      <figure className="weerbaar-agenda-coverage" data-testid="agenda-coverage">
        <figcaption className="utrecht-paragraph" id="agenda-coverage-title">
          {t('exerciseAgenda.coverage.caption')}
        </figcaption>
        <svg
          role="img"
          aria-labelledby="agenda-coverage-title agenda-coverage-desc"
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
        >
          <desc id="agenda-coverage-desc">
            {t('exerciseAgenda.coverage.summary', {
              exercised,
              total: coverage.themes.length,
              uncovered: coverage.uncovered.length,
            })}
          </desc>
          <g aria-hidden="true">
            {coverage.years.map((year, x) => (
              <text
                key={year}
                x={GRID.left + x * GRID.cellWidth + GRID.cellWidth / 2}
                y={GRID.top - 10}
                textAnchor="middle"
                className="weerbaar-agenda-coverage__year"
              >
                {year}
              </text>
            ))}
            {coverage.themes.map((row, y) => (
              <g key={row.theme}>
                <text x={GRID.left - 10} y={GRID.top + y * GRID.cellHeight + GRID.cellHeight / 2 + 5} textAnchor="end">
                  {themeName(row.theme, locale)}
                </text>
                {row.cells.map((c, x) => (
                  <g key={c.year}>
                    <rect
                      className={`weerbaar-agenda-coverage__cell weerbaar-agenda-coverage__cell--${c.state}`}
                      x={GRID.left + x * GRID.cellWidth + 2}
                      y={GRID.top + y * GRID.cellHeight + 2}
                      width={GRID.cellWidth - 4}
                      height={GRID.cellHeight - 4}
                      rx={3}
                    >
                      <title>{`${themeName(row.theme, locale)}, ${c.year}: ${cellLabel(c)}`}</title>
                    </rect>
                    <text
                      x={GRID.left + x * GRID.cellWidth + GRID.cellWidth / 2}
                      y={GRID.top + y * GRID.cellHeight + GRID.cellHeight / 2 + 5}
                      textAnchor="middle"
                      className="weerbaar-agenda-coverage__sign"
                    >
                      {SIGN[c.state]}
                      {c.exercised + c.planned > 1 ? ` ${c.exercised + c.planned}` : ''}
                    </text>
                  </g>
                ))}
              </g>
            ))}
          </g>
        </svg>
        <p className="utrecht-paragraph">{t('exerciseAgenda.coverage.legend')}</p>
      </figure>
      <DataTable
        caption={t('exerciseAgenda.coverage.tableCaption')}
        testId="agenda-coverage-table"
        rows={coverage.themes}
        rowKey={(r) => r.theme}
        columns={[
          {
            key: 'theme',
            header: t('exerciseAgenda.fields.theme'),
            rowHeader: 'header-cell',
            cell: (r) => themeName(r.theme, locale),
          },
          ...coverage.years.map((year, i) => ({
            key: String(year),
            header: String(year),
            cell: (r: AgendaCoverage['themes'][number]) => cellLabel(r.cells[i]!),
          })),
        ]}
      />
    </>
  );
}
