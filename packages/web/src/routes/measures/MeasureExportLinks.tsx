import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client.ts';

const EXPORTS = [
  { key: 'report', path: '/measure-exports/report' },
  { key: 'gapAnalysis', path: '/measure-exports/gap-analysis' },
  { key: 'oscal', path: '/measure-exports/oscal-component-definition' },
] as const;

/** Downloads of the measures: PDF report, gap analysis (CSV), OSCAL. The SoA as CSV is linked from the list. */
export function MeasureExportLinks() {
  const { t } = useTranslation();
  return (
    <section className="weerbaar-section" aria-labelledby="measure-exports-heading">
      <h2 className="utrecht-heading-2" id="measure-exports-heading">
        {t('measureExports.title')}
      </h2>
      <ul className="utrecht-unordered-list">
        {EXPORTS.map((e) => (
          <li className="utrecht-unordered-list__item" key={e.key}>
            <a className="utrecht-link utrecht-link--html-a" href={apiUrl(e.path)} download>
              {t(`measureExports.${e.key}`)}
            </a>{' '}
            <span className="weerbaar-muted">{t(`measureExports.${e.key}Hint`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
