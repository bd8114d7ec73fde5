import type { RegistryEntity } from '@weerbaar/core/registration';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistryFilters } from '../../api/registry.ts';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { searchParamsFor } from './registry-filters.ts';
import { provinceName, sectorName } from './registry-labels.ts';

interface RegistryTableProps {
  entities: readonly RegistryEntity[];
  filters: RegistryFilters;
  caption: string;
}

export function RegistryTable({ entities, filters, caption }: RegistryTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const classification = (e: RegistryEntity) => {
    const c = e.classification.nl ?? e.classification.eu;
    return c ? t(`registration.classifications.${c}`) : '–';
  };
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('registry.name')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('registry.kvk')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('registry.sector')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('registry.classification')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('registry.province')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('registry.latest')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {entities.map((e) => (
            <tr className="utrecht-table__row" key={e.id}>
              <th className="utrecht-table__cell" scope="row">
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={`?${searchParamsFor(filters, { entity: e.id }).toString()}`}
                >
                  {e.name}
                </Link>
              </th>
              <td className="utrecht-table__cell">{e.kvkNumber ?? '–'}</td>
              <td className="utrecht-table__cell">{e.sectors.map(sectorName).join(', ')}</td>
              <td className="utrecht-table__cell">{classification(e)}</td>
              <td className="utrecht-table__cell">{provinceName(e.province)}</td>
              <td className="utrecht-table__cell">
                <span className="weerbaar-id">{e.latestReference}</span>
                <br />
                <time dateTime={e.latestReceivedAt}>{formatDateTime(e.latestReceivedAt, locale)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
