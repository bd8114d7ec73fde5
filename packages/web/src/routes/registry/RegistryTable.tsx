import type { RegistryEntity } from '@weerbaar/core/registration';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { sectorLabel } from '../../format/sector-label.ts';
import { provinceName } from './registry-labels.ts';

interface RegistryTableProps {
  entities: readonly RegistryEntity[];
  /** The register with this entity's detail opened, filters kept. */
  entityHref: (id: string) => string;
  caption: string;
}

export function RegistryTable({ entities, entityHref, caption }: RegistryTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const classification = (e: RegistryEntity) => {
    const c = e.classification.nl ?? e.classification.eu;
    return c ? t(`registration.classifications.${c}`) : '–';
  };
  const columns: Column<RegistryEntity>[] = [
    {
      key: 'name',
      header: t('registry.name'),
      rowHeader: 'cell',
      cell: (e) => (
        <Link className="utrecht-link utrecht-link--html-a" to={entityHref(e.id)}>
          {e.name}
        </Link>
      ),
    },
    { key: 'kvk', header: t('registry.kvk'), cell: (e) => e.kvkNumber ?? '–' },
    { key: 'sector', header: t('registry.sector'), cell: (e) => e.sectors.map((s) => sectorLabel(s, t)).join(', ') },
    { key: 'classification', header: t('registry.classification'), cell: classification },
    { key: 'province', header: t('registry.province'), cell: (e) => provinceName(e.province) },
    {
      key: 'latest',
      header: t('registry.latest'),
      cell: (e) => (
        <>
          <span className="weerbaar-id">{e.latestReference}</span>
          <br />
          <time dateTime={e.latestReceivedAt}>{formatDateTime(e.latestReceivedAt, locale)}</time>
        </>
      ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={entities} rowKey={(e) => e.id} />;
}
