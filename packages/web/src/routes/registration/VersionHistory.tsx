import { useTranslation } from 'react-i18next';
import { useRegistrationVersions } from '../../api/registration.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { actorName } from '../../format/actor.ts';

const show = (value: unknown): string =>
  value === null || value === undefined ? '–' : typeof value === 'string' ? value : JSON.stringify(value);

/** Every saved version with what it changed (the change history). */
export function VersionHistory() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const versions = useRegistrationVersions();
  if (versions.data === undefined) return <QueryState query={versions} />;
  if (versions.data.items.length === 0) return <p className="utrecht-paragraph">{t('registration.noVersions')}</p>;
  return (
    <ul className="utrecht-unordered-list">
      {versions.data.items.map((v) => (
        <li className="utrecht-unordered-list__item" key={v.id}>
          <details>
            <summary>
              {t('registration.versionLine', {
                version: v.version,
                at: formatDateTime(v.savedAt, locale),
                by: actorName(v.savedBy, t),
                count: v.changes.length,
              })}
            </summary>
            {v.changes.length === 0 ? (
              <p className="utrecht-paragraph">{t('registration.firstVersion')}</p>
            ) : (
              <ul className="utrecht-unordered-list">
                {v.changes.map((c) => (
                  <li className="utrecht-unordered-list__item" key={c.path}>
                    <code className="utrecht-code">{c.path}</code>: {show(c.before)} → {show(c.after)}
                  </li>
                ))}
              </ul>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
