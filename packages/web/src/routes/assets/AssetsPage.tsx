import { ASSET_KINDS, ASSET_TYPES } from '@weerbaar/core/assets';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../components/FilterForm.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { AssetForm } from './AssetForm.tsx';
import { AssetsTable } from './AssetsTable.tsx';
import { AssetsQuerySchema, useAssetList, useCreateAsset } from './assets-api.ts';
import { useCan } from '../../auth/use-can.ts';

/**
 * The organisation's services and assets, crown jewels among them. Incidents point at them (NIS2 Art.
 * 23(4)(b): impact) and the risk analysis starts from them (NIS2 Art. 21(2)(a) and (i); CER Art. 12).
 */
export function AssetsPage() {
  const { t } = useTranslation();
  const url = useUrlQuery(AssetsQuerySchema);
  const query = url.values;
  const filtered = Object.keys(query).length > 0;
  const assets = useAssetList(query);
  const canWrite = useCan('assets:write');
  const create = useCreateAsset();
  const [message, setMessage] = useState<string>();

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    url.replace({
      kind: v.kind,
      assetType: v.assetType,
      crownJewel: v.crownJewel === 'on' ? 'true' : undefined,
      q: v.q,
    });
  }

  return (
    <Page title={t('assets.title')} lead={t('assets.intro')}>
      <LiveMessage message={message} />
      <section className="weerbaar-section" aria-labelledby="assets-list-heading">
        <h2 className="utrecht-heading-2" id="assets-list-heading">
          {t('assets.list.title')}
        </h2>
        <FilterForm
          label={t('assets.list.filters')}
          submitLabel={t('assets.list.apply')}
          onSubmit={onFilter}
          key={url.key}
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
          <SelectField
            id="assets-type"
            name="assetType"
            label={t('assets.fields.assetType')}
            defaultValue={query.assetType ?? ''}
            options={[
              { value: '', label: t('assets.list.allTypes') },
              ...ASSET_TYPES.map((k) => ({ value: k, label: t(`assets.types.${k}`) })),
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
        </FilterForm>
        <p className="utrecht-paragraph" role="status">
          {assets.data && assets.data.length > 0 ? t('assets.list.results', { count: assets.data.length }) : ''}
        </p>
        <QueryState
          query={assets}
          emptyTestId="assets-empty"
          empty={
            filtered
              ? t('assets.list.noneFound')
              : `${t('assets.list.empty')}${canWrite ? ` ${t('assets.list.emptyAdd')}` : ''}`
          }
        >
          {(list) => <AssetsTable assets={list} />}
        </QueryState>
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
