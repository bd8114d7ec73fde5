import {
  EXTERNAL_DEPENDANT_KINDS,
  ExternalDependantCreateSchema,
  type Asset,
  type AssetDependency,
  type ExternalDependantCreate,
} from '@weerbaar/core/assets';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import {
  useAddDependency,
  useAddExternalDependant,
  useAssetDependencies,
  useAssetList,
  useExternalDependants,
  useRemoveDependency,
  useRemoveExternalDependant,
} from './assets-api.ts';

const nodeLabel = (t: TFunction, n: AssetDependency['to']) =>
  n.assetType ? t(`assets.types.${n.assetType}`) : t(`assets.kinds.${n.kind}`);

/** What this service or asset depends on, what depends on it, and (for those who may) adding and removing. */
export function AssetDependencies({ asset, canWrite }: { asset: Asset; canWrite: boolean }) {
  const { t } = useTranslation();
  const dependencies = useAssetDependencies(asset.id);
  const remove = useRemoveDependency(asset.id);
  const [message, setMessage] = useState<string>();

  return (
    <section className="weerbaar-section" aria-labelledby="asset-dependencies-heading">
      <h2 className="utrecht-heading-2" id="asset-dependencies-heading">
        {t('assets.dependencies.title')}
      </h2>
      <p className="utrecht-paragraph">{t('assets.dependencies.intro')}</p>
      <LiveMessage message={message} />
      <QueryState query={dependencies}>
        {(items) => {
          const dependsOn = items.filter((d) => d.from.id === asset.id);
          const usedBy = items.filter((d) => d.to.id === asset.id);
          return (
            <>
              <h3 className="utrecht-heading-3">{t('assets.dependencies.dependsOn')}</h3>
              {dependsOn.length === 0 ? (
                <p className="utrecht-paragraph">{t('assets.dependencies.noneDependsOn')}</p>
              ) : (
                <ul className="utrecht-unordered-list" data-testid="asset-depends-on">
                  {dependsOn.map((d) => (
                    <li key={d.to.id} className="utrecht-unordered-list__item">
                      <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${d.to.id}`}>
                        {d.to.name}
                      </Link>{' '}
                      ({nodeLabel(t, d.to)}){d.description ? `: ${d.description}` : ''}{' '}
                      {canWrite && (
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          disabled={remove.isPending}
                          aria-label={t('assets.dependencies.removeNamed', { name: d.to.name })}
                          onClick={() =>
                            remove
                              .mutateAsync(d.to.id)
                              .then(() => setMessage(t('assets.dependencies.removed', { name: d.to.name })))
                          }
                        >
                          {t('assets.dependencies.remove')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <h3 className="utrecht-heading-3">{t('assets.dependencies.usedBy')}</h3>
              {usedBy.length === 0 ? (
                <p className="utrecht-paragraph">{t('assets.dependencies.noneUsedBy')}</p>
              ) : (
                <ul className="utrecht-unordered-list" data-testid="asset-used-by">
                  {usedBy.map((d) => (
                    <li key={d.from.id} className="utrecht-unordered-list__item">
                      <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${d.from.id}`}>
                        {d.from.name}
                      </Link>{' '}
                      ({nodeLabel(t, d.from)})
                    </li>
                  ))}
                </ul>
              )}
              {canWrite && (
                <AddDependencyForm
                  asset={asset}
                  taken={new Set(dependsOn.map((d) => d.to.id))}
                  onAdded={(name) => setMessage(t('assets.dependencies.added', { name }))}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function AddDependencyForm({
  asset,
  taken,
  onAdded,
}: {
  asset: Asset;
  taken: ReadonlySet<string>;
  onAdded: (name: string) => void;
}) {
  const { t } = useTranslation();
  const all = useAssetList({});
  const add = useAddDependency(asset.id);
  const form = useFormErrors(['toAssetId', 'description'] as const);
  const fields = {
    toAssetId: { id: 'dependency-to', label: t('assets.dependencies.to') },
    description: { id: 'dependency-description', label: t('assets.dependencies.description') },
  };
  const options = (all.data ?? []).filter((a) => a.id !== asset.id && !taken.has(a.id));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    if (!v.toAssetId) {
      form.setErrors({ fields: { toAssetId: t('assets.dependencies.chooseError') } });
      return;
    }
    const name = options.find((o) => o.id === v.toAssetId)?.name ?? '';
    add
      .mutateAsync({ toAssetId: v.toAssetId, description: v.description?.trim() || null })
      .then(() => {
        form.setErrors({ fields: {} });
        element.reset();
        onAdded(name);
      })
      .catch((error: unknown) => {
        if (isApiError(error) && error.code === 'conflict') {
          form.setErrors({ fields: { toAssetId: t('assets.dependencies.exists') } });
        } else form.fromProblem(error);
      });
  }

  return (
    <div className="weerbaar-panel">
      <h3 className="utrecht-heading-3">{t('assets.dependencies.addTitle')}</h3>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...fields.toAssetId}
          name="toAssetId"
          defaultValue=""
          hint={t('assets.dependencies.toHint', { name: asset.name })}
          options={[
            { value: '', label: t('assets.form.choose') },
            ...options.map((a) => ({
              value: a.id,
              label: `${a.name} (${a.assetType ? t(`assets.types.${a.assetType}`) : t(`assets.kinds.${a.kind}`)})`,
            })),
          ]}
          error={form.errors.fields.toAssetId}
        />
        <TextField
          {...fields.description}
          name="description"
          optional
          maxLength={500}
          hint={t('assets.dependencies.descriptionHint')}
          error={form.errors.fields.description}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={add.isPending} busyLabel={t('common.saving')}>
            {t('assets.dependencies.add')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}

/** Who outside the organisation depends on this service (services only). */
export function ExternalDependants({ asset, canWrite }: { asset: Asset; canWrite: boolean }) {
  const { t } = useTranslation();
  const dependants = useExternalDependants(asset.id);
  const remove = useRemoveExternalDependant(asset.id);
  const add = useAddExternalDependant(asset.id);
  const [message, setMessage] = useState<string>();
  const form = useFormErrors(['name', 'kind', 'count'] as const);
  const fields = {
    name: { id: 'dependant-name', label: t('assets.dependants.name') },
    kind: { id: 'dependant-kind', label: t('assets.dependants.kind') },
    count: { id: 'dependant-count', label: t('assets.dependants.count') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const countText = (v.count ?? '').trim().replace(/[.\s]/g, '');
    const values: ExternalDependantCreate = {
      name: (v.name ?? '').trim(),
      kind: v.kind as ExternalDependantCreate['kind'],
      count: countText === '' ? null : /^\d+$/.test(countText) ? Number(countText) : Number.NaN,
    };
    if (!form.check(ExternalDependantCreateSchema, values)) return;
    add
      .mutateAsync(values)
      .then(() => {
        element.reset();
        setMessage(t('assets.dependants.added', { name: values.name }));
      })
      .catch((error: unknown) => form.fromProblem(error));
  }

  return (
    <section className="weerbaar-section" aria-labelledby="asset-dependants-heading">
      <h2 className="utrecht-heading-2" id="asset-dependants-heading">
        {t('assets.dependants.title')}
      </h2>
      <p className="utrecht-paragraph">{t('assets.dependants.intro')}</p>
      <LiveMessage message={message} />
      <QueryState query={dependants}>
        {(items) =>
          items.length === 0 ? (
            <p className="utrecht-paragraph">{t('assets.dependants.none')}</p>
          ) : (
            <DataTable
              caption={t('assets.dependants.caption', { name: asset.name })}
              rows={items}
              rowKey={(d) => d.id}
              testId="asset-dependants"
              columns={[
                { key: 'name', header: t('assets.dependants.name'), rowHeader: 'cell', cell: (d) => d.name },
                { key: 'kind', header: t('assets.dependants.kind'), cell: (d) => t(`assets.dependantKinds.${d.kind}`) },
                {
                  key: 'count',
                  header: t('assets.dependants.count'),
                  cell: (d) => (d.count === null ? t('common.none') : d.count.toLocaleString('nl-NL')),
                },
                ...(canWrite
                  ? [
                      {
                        key: 'actions',
                        header: t('common.actions'),
                        cell: (d: (typeof items)[number]) => (
                          <button
                            type="button"
                            className="utrecht-button utrecht-button--secondary-action"
                            disabled={remove.isPending}
                            aria-label={t('assets.dependencies.removeNamed', { name: d.name })}
                            onClick={() =>
                              remove
                                .mutateAsync(d.id)
                                .then(() => setMessage(t('assets.dependants.removed', { name: d.name })))
                            }
                          >
                            {t('assets.dependencies.remove')}
                          </button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </QueryState>
      {canWrite && (
        <div className="weerbaar-panel">
          <h3 className="utrecht-heading-3">{t('assets.dependants.addTitle')}</h3>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
            <TextField
              {...fields.name}
              name="name"
              maxLength={200}
              autoComplete="off"
              hint={t('assets.dependants.nameHint')}
              error={form.errors.fields.name}
            />
            <SelectField
              {...fields.kind}
              name="kind"
              defaultValue="recipient_group"
              options={EXTERNAL_DEPENDANT_KINDS.map((k) => ({ value: k, label: t(`assets.dependantKinds.${k}`) }))}
              error={form.errors.fields.kind}
            />
            <TextField
              {...fields.count}
              name="count"
              optional
              inputMode="numeric"
              hint={t('assets.dependants.countHint')}
              error={form.errors.fields.count}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={add.isPending} busyLabel={t('common.saving')}>
                {t('assets.dependants.add')}
              </SubmitButton>
            </div>
          </form>
        </div>
      )}
    </section>
  );
}
