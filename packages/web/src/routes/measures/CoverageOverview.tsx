import type { MeasureCoverage } from '@weerbaar/core/measures';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';

const percent = (share: number) => Math.round(share * 100);

/**
 * Progress per adopted catalogue and section. Each bar is a native <progress> named by its row, with
 * the number in text beside it (not by colour or length alone); each section links to its list, so the
 * overview is walked with the keyboard like any table of links.
 */
export function CoverageOverview({ coverage }: { coverage: MeasureCoverage }) {
  const { t } = useTranslation();
  // 4,5 in Dutch, 4.5 in English (partial counts half).
  const number = new Intl.NumberFormat(currentLocale() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  return (
    <>
      {coverage.catalogues.map((c) => (
        <section key={c.catalogueId} className="weerbaar-section" aria-labelledby={`coverage-${c.catalogueId}`}>
          <h3 className="utrecht-heading-3" id={`coverage-${c.catalogueId}`}>
            {c.title}
          </h3>
          <p className="utrecht-paragraph" data-testid={`coverage-${c.catalogueId}`}>
            {t('measures.coverage.total', {
              percent: percent(c.share),
              applicable: c.applicable,
              notApplicable: c.notApplicable,
            })}
          </p>
          <table className="utrecht-table weerbaar-table">
            <caption className="utrecht-table__caption">{t('measures.coverage.caption', { title: c.title })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('measures.coverage.section')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('measures.coverage.progress')}
                </th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                  {t('measures.coverage.share')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {c.sections.map((s) => {
                const id = `coverage-${c.catalogueId}-${s.ref}`.replace(/[^A-Za-z0-9_-]/g, '_');
                return (
                  <tr key={s.ref} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="row" id={id}>
                      <Link
                        className="utrecht-link utrecht-link--html-a"
                        to={`/measures?catalogue=${encodeURIComponent(c.catalogueId)}`}
                      >
                        {s.title.startsWith(s.ref) || s.ref === s.title ? s.title : `${s.ref} ${s.title}`}
                      </Link>
                    </th>
                    <td className="utrecht-table__cell">
                      <progress max={1} value={s.share} aria-labelledby={id}>
                        {percent(s.share)}%
                      </progress>
                    </td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">
                      {t('measures.coverage.sectionShare', {
                        percent: percent(s.share),
                        credit: number.format(s.credit),
                        applicable: s.applicable,
                      })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

/** What is still missing, highest residual risk of the linked risks first (then catalogue order). */
export function GapList({ coverage, limit = 10 }: { coverage: MeasureCoverage; limit?: number }) {
  const { t } = useTranslation();
  if (coverage.gaps.length === 0) return <p className="utrecht-paragraph">{t('measures.gaps.none')}</p>;
  return (
    <>
      <p className="utrecht-paragraph">{t('measures.gaps.intro', { count: coverage.gaps.length })}</p>
      <ol className="utrecht-ordered-list" data-testid="gap-list">
        {coverage.gaps.slice(0, limit).map((g) => (
          <li key={g.requirementId} className="utrecht-ordered-list__item">
            <Link className="utrecht-link utrecht-link--html-a" to={`/measures/${encodeURIComponent(g.requirementId)}`}>
              {g.title}
            </Link>{' '}
            ({t(`measures.statuses.${g.status}`)}
            {g.residualRisk === null ? '' : `, ${t('measures.gaps.risk', { score: g.residualRisk })}`})
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * Coverage over time: one reading per catalogue and day (written with every change). A table of days
 * with a bar and the number per catalogue: readable by keyboard and screen reader, no chart library.
 */
export function CoverageHistory({ coverage, days = 12 }: { coverage: MeasureCoverage; days?: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const dayList = [...new Set(coverage.history.map((h) => h.day))].slice(-days);
  if (dayList.length === 0) return <p className="utrecht-paragraph">{t('measures.history.empty')}</p>;
  const share = new Map(coverage.history.map((h) => [`${h.catalogueId}|${h.day}`, h.share]));
  return (
    <table className="utrecht-table weerbaar-table" data-testid="coverage-history">
      <caption className="utrecht-table__caption">{t('measures.history.caption')}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">
            {t('measures.history.day')}
          </th>
          {coverage.catalogues.map((c) => (
            <th key={c.catalogueId} className="utrecht-table__header-cell" scope="col">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {dayList.map((day) => (
          <tr key={day} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              <time dateTime={day}>{formatDate(day, locale)}</time>
            </th>
            {coverage.catalogues.map((c) => {
              const value = share.get(`${c.catalogueId}|${day}`);
              return (
                <td key={c.catalogueId} className="utrecht-table__cell">
                  {value === undefined ? (
                    t('common.none')
                  ) : (
                    <>
                      <progress max={1} value={value} aria-hidden="true" /> {percent(value)}%
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
