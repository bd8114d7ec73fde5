import { ASSET_KINDS, AssetCreateSchema, type Asset, type AssetCreate } from '@weerbaar/core/assets';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';

const FIELDS = ['name', 'kind', 'description', 'crownJewel', 'owner'] as const;

interface AssetFormProps {
  /** Prefix of the input ids, so a page can hold more than one form. */
  idPrefix: string;
  asset?: Asset;
  busy: boolean;
  submitLabel: string;
  /** Saves the values; resolves when saved, rejects with the API error otherwise. */
  onSave: (values: AssetCreate, form: HTMLFormElement) => Promise<unknown>;
}

/** The fields of a service or asset, for adding one and for changing one. */
export function AssetForm({ idPrefix, asset, busy, submitLabel, onSave }: AssetFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors(FIELDS);
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `${idPrefix}-${f}`, label: t(`assets.fields.${f}`) }]),
  ) as Record<(typeof FIELDS)[number], { id: string; label: string }>;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const values: AssetCreate = {
      name: (v.name ?? '').trim(),
      kind: v.kind as AssetCreate['kind'],
      description: v.description?.trim() || null,
      crownJewel: v.crownJewel === 'on',
      owner: v.owner?.trim() || null,
    };
    // The same contract the server checks, so most mistakes never leave the page.
    if (!form.check(AssetCreateSchema, values)) return;
    onSave(values, element).catch((error: unknown) => {
      // The name is unique per kind in the organisation; the server names the field.
      if (isApiError(error) && error.code === 'conflict') {
        form.setErrors({ fields: { name: t('assets.form.nameTaken') } });
      } else form.fromProblem(error);
    });
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.name}
          name="name"
          maxLength={200}
          autoComplete="off"
          defaultValue={asset?.name ?? ''}
          hint={t('assets.form.nameHint')}
          error={form.errors.fields.name}
        />
        <SelectField
          {...fields.kind}
          name="kind"
          defaultValue={asset?.kind ?? 'service'}
          hint={t('assets.form.kindHint')}
          options={ASSET_KINDS.map((k) => ({ value: k, label: t(`assets.kinds.${k}`) }))}
          error={form.errors.fields.kind}
        />
        <div
          className={`utrecht-form-field utrecht-form-field--checkbox${form.errors.fields.crownJewel ? ' utrecht-form-field--invalid' : ''}`}
        >
          <input
            id={fields.crownJewel.id}
            name="crownJewel"
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            defaultChecked={asset?.crownJewel ?? false}
            aria-describedby={`${fields.crownJewel.id}-hint`}
          />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={fields.crownJewel.id}>
            {fields.crownJewel.label}
          </label>
          <div className="utrecht-form-field__description" id={`${fields.crownJewel.id}-hint`}>
            <p className="utrecht-form-field-description">{t('assets.form.crownJewelHint')}</p>
          </div>
        </div>
        <TextField
          {...fields.owner}
          name="owner"
          optional
          maxLength={200}
          defaultValue={asset?.owner ?? ''}
          hint={t('assets.form.ownerHint')}
          error={form.errors.fields.owner}
        />
        <TextAreaField
          {...fields.description}
          name="description"
          optional
          maxLength={4000}
          defaultValue={asset?.description ?? ''}
          error={form.errors.fields.description}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={busy} busyLabel={t('common.saving')}>
            {submitLabel}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
