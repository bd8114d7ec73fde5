import type { Asset } from '@weerbaar/core/assets';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';

/** Services and assets, crown jewels marked in words (not by colour alone). */
export function AssetsTable({ assets }: { assets: readonly Asset[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table" data-testid="assets-table">
        <caption className="utrecht-table__caption">{t('assets.list.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('assets.fields.name')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('assets.fields.kind')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('assets.list.crownJewel')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('assets.fields.owner')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('assets.list.updatedAt')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {assets.map((a) => (
            <tr className="utrecht-table__row" key={a.id}>
              <th className="utrecht-table__cell" scope="row">
                <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${a.id}`}>
                  {a.name}
                </Link>
              </th>
              <td className="utrecht-table__cell">{t(`assets.kinds.${a.kind}`)}</td>
              <td className="utrecht-table__cell">{a.crownJewel ? t('assets.list.isCrownJewel') : t('common.no')}</td>
              <td className="utrecht-table__cell">{a.owner ?? t('common.none')}</td>
              <td className="utrecht-table__cell">
                <time dateTime={a.updatedAt}>{formatDateTime(a.updatedAt, locale)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
