import type { CIA_RATINGS } from '@weerbaar/core/assets';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AssetDependencies, ExternalDependants } from './AssetDependencies.tsx';
import { AssetForm } from './AssetForm.tsx';
import { useAsset, useChangeAsset } from './assets-api.ts';
import { useCan } from '../../auth/use-can.ts';

/** One service or asset: its facts, and a form to change them for those who may. */
export function AssetDetailPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const asset = useAsset(id);
  const change = useChangeAsset(id);
  const canWrite = useCan('assets:write');
  const [message, setMessage] = useState<string>();

  if (asset.data === undefined) return <QueryState query={asset} />;
  const a = asset.data;

  return (
    <Page title={a.name} lead={a.description ?? undefined}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/assets">
          {t('assets.detail.back')}
        </Link>
      </p>
      <LiveMessage message={message} />
      <dl className="weerbaar-facts" data-testid="asset-facts">
        <dt>{t('assets.fields.kind')}</dt>
        <dd>{t(`assets.kinds.${a.kind}`)}</dd>
        {a.kind === 'asset' && (
          <>
            <dt>{t('assets.fields.assetType')}</dt>
            <dd>{a.assetType ? t(`assets.types.${a.assetType}`) : t('common.none')}</dd>
            {a.controlFunction && (
              <>
                <dt>{t('assets.fields.controlFunction')}</dt>
                <dd>{a.controlFunction}</dd>
              </>
            )}
          </>
        )}
        {a.kind === 'service' && (
          <>
            <dt>{t('assets.fields.maxTolerableDowntimeHours')}</dt>
            <dd>
              {a.maxTolerableDowntimeHours === null
                ? t('common.none')
                : t('assets.detail.hours', { count: a.maxTolerableDowntimeHours })}
            </dd>
            <dt>{t('assets.fields.peopleServed')}</dt>
            <dd>{a.peopleServed === null ? t('common.none') : a.peopleServed.toLocaleString(locale)}</dd>
          </>
        )}
        {(['confidentiality', 'integrity', 'availability'] as const).map((f) => (
          <div key={f} className="weerbaar-facts__pair">
            <dt>{t(`assets.fields.${f}`)}</dt>
            <dd>
              {a[f] === null ? t('assets.form.notRated') : t(`assets.ratings.${a[f] as (typeof CIA_RATINGS)[number]}`)}
            </dd>
          </div>
        ))}
        <dt>{t('assets.list.crownJewel')}</dt>
        <dd>{a.crownJewel ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('assets.fields.owner')}</dt>
        <dd>{a.owner ?? t('common.none')}</dd>
        <dt>{t('assets.detail.createdAt')}</dt>
        <dd>{formatDateTime(a.createdAt, locale)}</dd>
        <dt>{t('assets.list.updatedAt')}</dt>
        <dd>{formatDateTime(a.updatedAt, locale)}</dd>
      </dl>
      <p className="utrecht-paragraph">
        <Link
          className="utrecht-link utrecht-link--html-a"
          to={`/assets/${a.id}/impact`}
          data-testid="asset-impact-link"
        >
          {t('assets.detail.impactLink', { name: a.name })}
        </Link>
        {' · '}
        <Link
          className="utrecht-link utrecht-link--html-a"
          to={`/continuity/business-impact/${a.id}`}
          data-testid="asset-bia-link"
        >
          {t('bia.open', { name: a.name })}
        </Link>
        {a.kind === 'asset' && (
          <>
            {' · '}
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={`/advisories/inventory?asset=${a.id}`}
              data-testid="asset-inventory-link"
            >
              {t('assets.detail.inventoryLink', { name: a.name })}
            </Link>
          </>
        )}
      </p>
      <AssetDependencies asset={a} canWrite={canWrite} />
      {a.kind === 'service' && <ExternalDependants asset={a} canWrite={canWrite} />}
      {canWrite && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="asset-edit-heading">
          <h2 className="utrecht-heading-2" id="asset-edit-heading">
            {t('assets.detail.editTitle')}
          </h2>
          <AssetForm
            // A fresh form after each save shows the stored values, as the server normalised them.
            key={a.updatedAt}
            idPrefix="asset-edit"
            asset={a}
            busy={change.isPending}
            submitLabel={t('common.save')}
            onSave={(values) => change.mutateAsync(values).then(() => setMessage(t('assets.detail.saved')))}
          />
        </section>
      )}
    </Page>
  );
}
