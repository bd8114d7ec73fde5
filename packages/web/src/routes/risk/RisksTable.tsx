import type { Risk, Scored } from '@weerbaar/core/risk';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';

/** A score in words and colour: "20 – Zeer hoog" on the band's colour (the words carry it without colour). */
export function BandBadge({ scored }: { scored: Scored | null }) {
  const { t } = useTranslation();
  if (!scored) return <>{t('risk.notScored')}</>;
  return (
    <span className="weerbaar-band" data-band={scored.band.key}>
      <span className="weerbaar-band__swatch" style={{ backgroundColor: scored.band.colour }} aria-hidden="true" />
      {scored.score} – {scored.band.label}
    </span>
  );
}

/** The register in the order the URL asks for (the page sorts; DataTable's own sorting is not used). */
export function RisksTable({ risks }: { risks: readonly Risk[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const columns: Column<Risk>[] = [
    {
      key: 'title',
      header: t('risk.fields.title'),
      rowHeader: 'cell',
      cell: (r) => (
        <Link className="utrecht-link utrecht-link--html-a" to={`/risks/${r.id}`}>
          {r.title}
        </Link>
      ),
    },
    { key: 'threat', header: t('risk.list.threat'), cell: (r) => r.scenario.threat.name },
    {
      key: 'assets',
      header: t('risk.list.hits'),
      cell: (r) => (r.scenario.assets.length ? r.scenario.assets.map((a) => a.name).join(', ') : t('common.none')),
    },
    { key: 'inherent', header: t('risk.form.inherent'), cell: (r) => <BandBadge scored={r.inherent} /> },
    { key: 'residual', header: t('risk.form.residual'), cell: (r) => <BandBadge scored={r.residual} /> },
    {
      key: 'treatment',
      header: t('risk.form.treatment'),
      cell: (r) => (r.treatment ? t(`risk.strategies.${r.treatment.strategy}`) : t('risk.list.noTreatment')),
    },
    { key: 'owner', header: t('risk.fields.owner'), cell: (r) => r.owner ?? t('common.none') },
    {
      key: 'review',
      header: t('risk.list.nextReview'),
      cell: (r) => (
        <>
          <time dateTime={r.review.nextReviewOn}>{formatDate(r.review.nextReviewOn, locale)}</time>
          {r.review.due ? ` (${t('risk.list.reviewDue')})` : ''}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('risk.list.caption')}
      columns={columns}
      rows={risks}
      rowKey={(r) => r.id}
      testId="risks-table"
    />
  );
}
