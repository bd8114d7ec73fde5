import { bandOf, textColourOn, type Risk, type RiskMatrix } from '@weerbaar/core/risk';
import { useTranslation } from 'react-i18next';

interface RiskHeatmapProps {
  id: string;
  caption: string;
  matrix: RiskMatrix;
  risks: readonly Risk[];
  which: 'inherent' | 'residual';
}

/**
 * The matrix as an accessible table (no chart library: the first visit stays light, and a screen reader
 * reads rows and columns): likelihood from high to low down the side, impact along the top, each cell in
 * its band's colour with the band's name and the number of risks in words, so colour is never the only cue.
 */
export function RiskHeatmap({ id, caption, matrix, risks, which }: RiskHeatmapProps) {
  const { t } = useTranslation();
  const counts = new Map<string, number>();
  for (const r of risks) {
    const s = r[which];
    if (!s) continue;
    const key = `${s.likelihood}:${s.impact}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...matrix.likelihood].reverse();
  return (
    // A narrow screen scrolls the table: the region takes keyboard focus so it can be scrolled without a mouse.
    <div className="weerbaar-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table weerbaar-heatmap" data-testid={id}>
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <td className="utrecht-table__cell">
              <span className="weerbaar-heatmap__axis">{t('risk.heatmap.axes')}</span>
            </td>
            {matrix.impact.map((i) => (
              <th key={i.level} scope="col" className="utrecht-table__header-cell" id={`${id}-i${i.level}`}>
                {i.level}. {i.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((l) => (
            <tr key={l.level} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell" id={`${id}-l${l.level}`}>
                {l.level}. {l.label}
              </th>
              {matrix.impact.map((i) => {
                const band = bandOf(matrix, l.level * i.level);
                const n = counts.get(`${l.level}:${i.level}`) ?? 0;
                return (
                  <td
                    key={i.level}
                    className="utrecht-table__cell weerbaar-heatmap__cell"
                    headers={`${id}-l${l.level} ${id}-i${i.level}`}
                    style={{ backgroundColor: band.colour, color: textColourOn(band.colour) }}
                    data-count={n}
                  >
                    <span className="weerbaar-heatmap__count">
                      {n > 0 ? t('risk.heatmap.count', { count: n }) : '–'}
                    </span>
                    <span className="weerbaar-heatmap__band">{band.label}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
