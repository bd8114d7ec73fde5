import { InventoryItemCreateSchema, type InventoryItem } from '@weerbaar/core/advisories';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useCan } from '../../auth/use-can.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FormField, describedBy } from '../../components/FormField.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useAssetList } from '../assets/assets-api.ts';
import { useAddInventoryItem, useImportInventory, useInventory, useRemoveInventoryItem } from './advisories-api.ts';
import { guessFormat, refusedLines, refusedOfResult, type RefusedLine } from './inventory-import.ts';

/**
 * The products on the organisation's assets (issue 14 item 5): what advisories are matched against. Add one
 * by hand, or read a CSV file or an SBOM (CycloneDX or SPDX JSON); every change rematches the advisories.
 */
export function InventoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const assetId = params.get('asset') ?? '';
  const assets = useAssetList({ kind: 'asset' });
  const inventory = useInventory(assetId || undefined);
  const remove = useRemoveInventoryItem();
  const canWrite = useCan('assets:write');
  const [message, setMessage] = useState<string>();
  const assetOptions = (assets.data ?? [])
    .filter((a) => a.kind === 'asset')
    .map((a) => ({ value: a.id, label: a.name }));
  const assetName = assetOptions.find((a) => a.value === assetId)?.label;

  const columns: Column<InventoryItem>[] = [
    {
      key: 'asset',
      header: t('inventory.fields.asset'),
      cell: (i) => (
        <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${i.assetId}`}>
          {i.assetName}
        </Link>
      ),
    },
    { key: 'vendor', header: t('inventory.fields.vendor'), cell: (i) => i.vendor ?? '—' },
    { key: 'product', header: t('inventory.fields.product'), cell: (i) => i.product ?? '—', rowHeader: 'cell' },
    { key: 'version', header: t('inventory.fields.version'), cell: (i) => i.version ?? '—' },
    { key: 'cpe', header: t('inventory.fields.cpe'), cell: (i) => (i.cpe ? <code>{i.cpe}</code> : '—') },
    { key: 'purl', header: t('inventory.fields.purl'), cell: (i) => (i.purl ? <code>{i.purl}</code> : '—') },
    { key: 'source', header: t('inventory.fields.source'), cell: (i) => t(`inventory.sources.${i.source}`) },
    ...(canWrite
      ? [
          {
            key: 'remove',
            header: t('inventory.fields.actions'),
            cell: (i: InventoryItem) => {
              const name = [i.vendor, i.product, i.version].filter(Boolean).join(' ') || i.cpe || i.purl || '';
              return (
                <ConfirmButton
                  ariaLabel={t('inventory.removeNamed', { name, asset: i.assetName })}
                  title={t('inventory.removeTitle', { name })}
                  text={t('inventory.removeText')}
                  confirmLabel={t('inventory.remove')}
                  onConfirm={() => remove.mutateAsync(i.id).then(() => setMessage(t('inventory.removed', { name })))}
                >
                  {t('inventory.remove')}
                </ConfirmButton>
              );
            },
          } satisfies Column<InventoryItem>,
        ]
      : []),
  ];

  return (
    <Page title={t('inventory.title')} lead={t('inventory.intro')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/advisories">
          {t('inventory.back')}
        </Link>
      </p>
      <LiveMessage message={message} />
      <section className="weerbaar-section" aria-labelledby="inventory-list">
        <h2 className="utrecht-heading-2" id="inventory-list">
          {assetName ? t('inventory.listFor', { name: assetName }) : t('inventory.list')}
        </h2>
        <SelectField
          id="inventory-filter-asset"
          name="asset"
          label={t('inventory.filterAsset')}
          value={assetId}
          onChange={(e) => setParams(e.target.value ? { asset: e.target.value } : {}, { replace: true })}
          options={[{ value: '', label: t('inventory.allAssets') }, ...assetOptions]}
        />
        <QueryState
          query={inventory}
          emptyTestId="inventory-empty"
          empty={<p className="utrecht-paragraph">{t('inventory.empty')}</p>}
        >
          {(items) => (
            <DataTable
              caption={t('inventory.caption', { count: items.length })}
              columns={columns}
              rows={items}
              rowKey={(i) => i.id}
            />
          )}
        </QueryState>
      </section>
      {canWrite && assets.data && assetOptions.length === 0 && (
        <p className="utrecht-paragraph">
          {t('inventory.noAssets')}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to="/assets">
            {t('inventory.toAssets')}
          </Link>
        </p>
      )}
      {canWrite && assetOptions.length > 0 && (
        <>
          <AddItemForm assets={assetOptions} assetId={assetId} onAdded={setMessage} />
          <ImportForm assets={assetOptions} assetId={assetId} onImported={setMessage} />
        </>
      )}
    </Page>
  );
}

type AssetOption = { value: string; label: string };

const ITEM_FIELDS = ['assetId', 'vendor', 'product', 'version', 'cpe', 'purl'] as const;

function AddItemForm({
  assets,
  assetId,
  onAdded,
}: {
  assets: AssetOption[];
  assetId: string;
  onAdded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const add = useAddInventoryItem();
  const fields = Object.fromEntries(
    ITEM_FIELDS.map((f) => [
      f,
      { id: `inventory-${f}`, label: t(`inventory.fields.${f === 'assetId' ? 'asset' : f}`) },
    ]),
  ) as Record<(typeof ITEM_FIELDS)[number], { id: string; label: string }>;
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const body = Object.fromEntries(
      ITEM_FIELDS.map((f) => [f, v[f]?.trim() || undefined]).filter(([, value]) => value !== undefined),
    ) as Record<string, string>;
    // Something to match on: a CPE, a purl, or vendor and product (the contract's refinement has no field).
    const identified = Boolean(body.cpe || body.purl || (body.vendor && body.product));
    const extra: Record<string, string> = identified ? {} : { vendor: t('inventory.identify') };
    if (!form.check(InventoryItemCreateSchema, body, extra)) return;
    add.mutate(body as { assetId: string }, {
      onSuccess: (item) => {
        element.reset();
        onAdded(
          t('inventory.added', {
            name: [item.vendor, item.product, item.version].filter(Boolean).join(' ') || item.cpe || item.purl,
            asset: item.assetName,
          }),
        );
      },
      onError: form.fromProblem,
    });
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="inventory-add" data-testid="inventory-add">
      <h2 className="utrecht-heading-2" id="inventory-add">
        {t('inventory.addTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('inventory.addIntro')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...fields.assetId}
          name="assetId"
          defaultValue={assetId || assets[0]?.value}
          options={assets}
          error={form.errors.fields.assetId}
        />
        <TextField {...fields.vendor} name="vendor" optional maxLength={200} error={form.errors.fields.vendor} />
        <TextField {...fields.product} name="product" optional maxLength={200} error={form.errors.fields.product} />
        <TextField {...fields.version} name="version" optional maxLength={100} error={form.errors.fields.version} />
        <TextField
          {...fields.cpe}
          name="cpe"
          optional
          maxLength={500}
          spellCheck={false}
          hint={t('inventory.cpeHint')}
          error={form.errors.fields.cpe}
        />
        <TextField
          {...fields.purl}
          name="purl"
          optional
          maxLength={500}
          spellCheck={false}
          hint={t('inventory.purlHint')}
          error={form.errors.fields.purl}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={add.isPending} busyLabel={t('common.saving')}>
            {t('inventory.add')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

const FORMATS = ['auto', 'csv', 'cyclonedx', 'spdx'] as const;

function ImportForm({
  assets,
  assetId,
  onImported,
}: {
  assets: AssetOption[];
  assetId: string;
  onImported: (message: string) => void;
}) {
  const { t } = useTranslation();
  const importInventory = useImportInventory();
  const [refused, setRefused] = useState<RefusedLine[]>([]);
  const [imported, setImported] = useState<{ imported: number; alreadyPresent: number }>();
  // True when the good lines were imported and only the refused ones were left out.
  const [partial, setPartial] = useState(false);
  const fields = {
    file: { id: 'inventory-file', label: t('inventory.import.file') },
    format: { id: 'inventory-format', label: t('inventory.import.format') },
    assetId: { id: 'inventory-import-asset', label: t('inventory.import.asset') },
  };
  const form = useFormErrors(fields);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importInventory.isPending) return;
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0)
      return form.setErrors({ fields: { file: t('inventory.import.fileRequired') } });
    const content = await file.text();
    const chosen = String(data.get('format') ?? 'auto');
    const format =
      chosen === 'csv' || chosen === 'cyclonedx' || chosen === 'spdx' ? chosen : guessFormat(file.name, content);
    const target = String(data.get('assetId') ?? '');
    if (format !== 'csv' && !target)
      return form.setErrors({ fields: { assetId: t('inventory.import.assetRequired') } });
    form.clear();
    setRefused([]);
    setImported(undefined);
    setPartial(false);
    importInventory.mutate(
      { format, content, ...(format !== 'csv' ? { assetId: target } : {}) },
      {
        onSuccess: (r) => {
          setImported({ imported: r.imported, alreadyPresent: r.alreadyPresent });
          setRefused(refusedOfResult(r.refused));
          setPartial(r.refused.length > 0);
          onImported(
            [
              t('inventory.import.done', { count: r.imported }),
              ...(r.alreadyPresent > 0 ? [t('inventory.import.alreadyPresent', { count: r.alreadyPresent })] : []),
              ...(r.refused.length > 0 ? [t('inventory.import.partlyRefused', { count: r.refused.length })] : []),
            ].join(' '),
          );
        },
        onError: (error) => {
          const lines = refusedLines(isApiError(error) ? error.problem : undefined);
          setRefused(lines);
          if (lines.length > 0)
            form.setErrors({ fields: {}, form: t('inventory.import.refused', { count: lines.length }) });
          else form.fromProblem(error);
        },
      },
    );
  }

  return (
    <section
      className="weerbaar-section weerbaar-panel"
      aria-labelledby="inventory-import"
      data-testid="inventory-import"
    >
      <h2 className="utrecht-heading-2" id="inventory-import">
        {t('inventory.import.title')}
      </h2>
      <p className="utrecht-paragraph">{t('inventory.import.intro')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <FormField
          id={fields.file.id}
          label={fields.file.label}
          hint={t('inventory.import.fileHint')}
          error={form.errors.fields.file}
        >
          <input
            id={fields.file.id}
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            className="utrecht-textbox utrecht-textbox--html-input"
            aria-invalid={form.errors.fields.file ? true : undefined}
            aria-describedby={describedBy({
              id: fields.file.id,
              hint: t('inventory.import.fileHint'),
              error: form.errors.fields.file,
            })}
          />
        </FormField>
        <SelectField
          {...fields.format}
          name="format"
          defaultValue="auto"
          options={FORMATS.map((f) => ({ value: f, label: t(`inventory.import.formats.${f}`) }))}
          error={form.errors.fields.format}
        />
        <SelectField
          {...fields.assetId}
          name="assetId"
          defaultValue={assetId || assets[0]?.value}
          hint={t('inventory.import.assetHint')}
          options={assets}
          error={form.errors.fields.assetId}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={importInventory.isPending} busyLabel={t('inventory.import.busy')}>
            {t('inventory.import.submit')}
          </SubmitButton>
        </div>
      </form>
      {imported !== undefined && (
        <p className="utrecht-paragraph" data-testid="inventory-import-done">
          {t('inventory.import.done', { count: imported.imported })}
          {imported.alreadyPresent > 0 &&
            ` ${t('inventory.import.alreadyPresent', { count: imported.alreadyPresent })}`}
          {partial && ` ${t('inventory.import.partlyRefused', { count: refused.length })}`}
        </p>
      )}
      {refused.length > 0 && (
        <div className="weerbaar-table-scroll" data-testid="inventory-import-refused">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">
              {t('inventory.import.refusedCaption', { count: refused.length })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('inventory.import.line')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('inventory.import.reason')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {refused.map((r, i) => (
                <tr className="utrecht-table__row" key={`${r.line}-${i}`}>
                  <td className="utrecht-table__cell">{r.line === 0 ? t('inventory.import.wholeFile') : r.line}</td>
                  <td className="utrecht-table__cell">
                    {t(`inventory.import.reasons.${r.key}`, { name: r.values.name ?? '' })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
