import { CLASSIFICATIONS, SECTORS } from '@weerbaar/core/scope';
import { PROVINCES } from '@weerbaar/core/registration';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistryFilters } from '../../api/registry.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { currentLocale } from '../../i18n/index.ts';
import { sectorLabel } from '../../format/sector-label.ts';

export function RegistryFilterForm({
  values,
  onSearch,
}: {
  values: RegistryFilters;
  onSearch: (next: RegistryFilters) => void;
}) {
  const { t } = useTranslation();
  const all = { value: '', label: t('registry.all') };
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(formValues(event.currentTarget));
  }
  return (
    <form
      className="utrecht-form weerbaar-filters"
      role="search"
      aria-label={t('registry.filters')}
      onSubmit={onSubmit}
    >
      <TextField
        id="registry-q"
        name="q"
        label={t('registry.search')}
        defaultValue={values.q ?? ''}
        optional
        maxLength={100}
      />
      <SelectField
        id="registry-sector"
        name="sector"
        label={t('registry.sector')}
        defaultValue={values.sector ?? ''}
        options={[
          all,
          ...SECTORS.map((s) => ({ value: s.sector, label: sectorLabel(s.sector, t) })).sort((a, b) =>
            a.label.localeCompare(b.label, currentLocale()),
          ),
        ]}
      />
      <SelectField
        id="registry-classification"
        name="classification"
        label={t('registry.classification')}
        defaultValue={values.classification ?? ''}
        options={[all, ...CLASSIFICATIONS.map((c) => ({ value: c, label: t(`registration.classifications.${c}`) }))]}
      />
      <SelectField
        id="registry-province"
        name="province"
        label={t('registry.province')}
        defaultValue={values.province ?? ''}
        options={[all, ...PROVINCES.map((p) => ({ value: p.id, label: p.nl }))]}
      />
      <div className="weerbaar-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('registry.apply')}
        </button>
      </div>
    </form>
  );
}
