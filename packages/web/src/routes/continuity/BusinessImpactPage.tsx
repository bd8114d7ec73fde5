import type { BusinessImpactSummary } from '@weerbaar/core/continuity';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useBusinessImpacts } from './continuity-api.ts';

/** Every service with its tolerance and recovery objectives, and how many warnings its analysis gives. */
export function BusinessImpactPage() {
  const { t } = useTranslation();
  const list = useBusinessImpacts();
  const hours = (h: number | null) => (h === null ? t('bia.unknown') : t('bia.hours', { count: h }));
  const columns: Column<BusinessImpactSummary>[] = [
    {
      key: 'service',
      header: t('bia.service'),
      rowHeader: 'header-cell',
      cell: (s) => (
        <Link className="utrecht-link utrecht-link--html-a" to={`/continuity/business-impact/${s.asset.id}`}>
          {s.asset.name}
        </Link>
      ),
    },
    { key: 'mtpd', header: t('bia.mtpd'), cell: (s) => hours(s.maxTolerableDowntimeHours) },
    { key: 'rto', header: t('bia.rto'), cell: (s) => hours(s.rtoHours) },
    { key: 'rpo', header: t('bia.rpo'), cell: (s) => hours(s.rpoHours) },
    {
      key: 'state',
      header: t('bia.warnings'),
      cell: (s) =>
        !s.recorded
          ? t('bia.notRecorded')
          : s.highWarnings > 0
            ? `${t('bia.severity.high')}: ${s.highWarnings}`
            : s.warnings > 0
              ? `${t('bia.warnings')}: ${s.warnings}`
              : t('bia.noWarnings'),
    },
  ];
  return (
    <Page title={t('bia.title')} lead={t('bia.intro')}>
      <QueryState query={list} empty={t('assets.list.empty')}>
        {(items) => (
          <DataTable
            caption={t('bia.title')}
            columns={columns}
            rows={items}
            rowKey={(s) => s.asset.id}
            testId="bia-list"
          />
        )}
      </QueryState>
    </Page>
  );
}
