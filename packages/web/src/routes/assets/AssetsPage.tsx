import { ASSET_KINDS } from '@weerbaar/core/assets';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { LoadError, Loading } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { AssetForm } from './AssetForm.tsx';
import { AssetsTable } from './AssetsTable.tsx';
import { useAssetList, useCreateAsset, type AssetListQuery } from './assets-api.ts';
import { useCanWriteAssets } from './can-write-assets.ts';

function queryFrom(params: URLSearchParams): AssetListQuery {
  const kind = params.get('kind');
  return {
    ...(kind === 'service' || kind === 'asset' ? { kind } : {}),
    ...(params.get('crownJewel') === 'true' ? { crownJewel: 'true' as const } : {}),
    ...(params.get('q') ? { q: params.get('q')! } : {}),
  };
}

/**
 * The organisation's services and assets, crown jewels among them. Incidents point at them (NIS2 Art.
 * 23(4)(b): impact) and the risk analysis starts from them (NIS2 Art. 21(2)(a) and (i); CER Art. 12).
 */
export function AssetsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = queryFrom(params);
  const filtered = Object.keys(query).length > 0;
  const assets = useAssetList(query);
  const canWrite = useCanWriteAssets();
  const create = useCreateAsset();
  const [message, setMessage] = useState<string>();

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    const next = new URLSearchParams();
    if (v.kind) next.set('kind', v.kind);
    if (v.crownJewel === 'on') next.set('crownJewel', 'true');
    if (v.q?.trim()) next.set('q', v.q.trim());
    setParams(next);
  }

  return (
    <Page title={t('assets.title')} lead={t('assets.intro')}>
      <LiveMessage message={message} />
      <section className="weerbaar-section" aria-labelledby="assets-list-heading">
        <h2 className="utrecht-heading-2" id="assets-list-heading">
          {t('assets.list.title')}
        </h2>
        <form
          className="utrecht-form weerbaar-filters"
          role="search"
          aria-label={t('assets.list.filters')}
          onSubmit={onFilter}
          key={params.toString()}
        >
          <TextField
            id="assets-q"
            name="q"
            label={t('assets.list.search')}
            defaultValue={query.q ?? ''}
            optional
            maxLength={200}
          />
          <SelectField
            id="assets-kind"
            name="kind"
            label={t('assets.fields.kind')}
            defaultValue={query.kind ?? ''}
            options={[
              { value: '', label: t('assets.list.allKinds') },
              ...ASSET_KINDS.map((k) => ({ value: k, label: t(`assets.kindsPlural.${k}`) })),
            ]}
          />
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id="assets-crown-jewels"
              name="crownJewel"
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              defaultChecked={query.crownJewel === 'true'}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="assets-crown-jewels">
              {t('assets.list.crownJewelsOnly')}
            </label>
          </div>
          <div className="weerbaar-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t('assets.list.apply')}
            </button>
          </div>
        </form>
        <p className="utrecht-paragraph" role="status">
          {assets.data && assets.data.length > 0 ? t('assets.list.results', { count: assets.data.length }) : ''}
        </p>
        {assets.isPending && <Loading />}
        {assets.error && <LoadError error={assets.error} onRetry={() => void assets.refetch()} />}
        {assets.data && assets.data.length > 0 && <AssetsTable assets={assets.data} />}
        {assets.data && assets.data.length === 0 && (
          <p className="utrecht-paragraph" data-testid="assets-empty">
            {filtered ? t('assets.list.noneFound') : t('assets.list.empty')}
            {!filtered && canWrite && ` ${t('assets.list.emptyAdd')}`}
          </p>
        )}
      </section>
      {canWrite && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="asset-create-heading">
          <h2 className="utrecht-heading-2" id="asset-create-heading">
            {t('assets.form.createTitle')}
          </h2>
          <AssetForm
            idPrefix="asset-new"
            busy={create.isPending}
            submitLabel={t('assets.form.create')}
            onSave={(values, form) =>
              create.mutateAsync(values).then((asset) => {
                form.reset();
                setMessage(t('assets.form.created', { name: asset.name }));
              })
            }
          />
        </section>
      )}
    </Page>
  );
}
