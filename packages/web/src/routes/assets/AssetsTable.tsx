import type { Asset } from '@weerbaar/core/assets';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';

/** Services and assets, crown jewels marked in words (not by colour alone); the whole list, so sortable. */
export function AssetsTable({ assets }: { assets: readonly Asset[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const columns: Column<Asset>[] = [
    {
      key: 'name',
      header: t('assets.fields.name'),
      rowHeader: 'cell',
      sortValue: (a) => a.name,
      cell: (a) => (
        <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${a.id}`}>
          {a.name}
        </Link>
      ),
    },
    {
      key: 'kind',
      header: t('assets.fields.kind'),
      cell: (a) => (a.assetType ? t(`assets.types.${a.assetType}`) : t(`assets.kinds.${a.kind}`)),
    },
    {
      key: 'crownJewel',
      header: t('assets.list.crownJewel'),
      cell: (a) => (a.crownJewel ? t('assets.list.isCrownJewel') : t('common.no')),
    },
    {
      key: 'owner',
      header: t('assets.fields.owner'),
      sortValue: (a) => a.owner,
      cell: (a) => a.owner ?? t('common.none'),
    },
    {
      key: 'updatedAt',
      header: t('assets.list.updatedAt'),
      sortValue: (a) => a.updatedAt,
      cell: (a) => <time dateTime={a.updatedAt}>{formatDateTime(a.updatedAt, locale)}</time>,
    },
  ];
  return (
    <DataTable
      caption={t('assets.list.caption')}
      columns={columns}
      rows={assets}
      rowKey={(a) => a.id}
      testId="assets-table"
    />
  );
}
