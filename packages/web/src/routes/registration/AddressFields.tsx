import { ADDRESS_TYPES, PROVINCES } from '@weerbaar/core/registration';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../format/countries.ts';
import { currentLocale } from '../../i18n/index.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { fieldId, type AddressDraft } from './registration-draft.ts';

interface AddressFieldsProps {
  index: number;
  address: AddressDraft;
  errors: Record<string, string>;
  onChange: (next: AddressDraft) => void;
  onRemove?: () => void;
}

/** One address; the province is asked only for addresses in the Netherlands. */
export function AddressFields({ index, address, errors, onChange, onRemove }: AddressFieldsProps) {
  const { t } = useTranslation();
  const path = (leaf: string) => `addresses.${index}.${leaf}`;
  const text = (leaf: 'street' | 'houseNumber' | 'houseNumberAddition' | 'postcode' | 'city', extra = {}) => (
    <TextField
      id={fieldId(path(leaf))}
      name={path(leaf)}
      label={t(`registration.addressFields.${leaf}`)}
      value={address[leaf]}
      error={errors[path(leaf)]}
      onChange={(e) => onChange({ ...address, [leaf]: e.target.value })}
      {...extra}
    />
  );
  return (
    <fieldset className="weerbaar-panel utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t('registration.address', { n: index + 1 })}</legend>
      <SelectField
        id={fieldId(path('type'))}
        name={path('type')}
        label={t('registration.addressFields.type')}
        value={address.type}
        options={ADDRESS_TYPES.map((type) => ({ value: type, label: t(`registration.addressTypes.${type}`) }))}
        error={errors[path('type')]}
        onChange={(e) => onChange({ ...address, type: e.target.value as AddressDraft['type'] })}
      />
      {text('street', { autoComplete: 'address-line1', maxLength: 200 })}
      {text('houseNumber', { inputMode: 'numeric', maxLength: 6 })}
      {text('houseNumberAddition', { optional: true, maxLength: 10 })}
      {text('postcode', {
        autoComplete: 'postal-code',
        maxLength: 12,
        hint: address.country === 'NL' ? t('registration.postcodeHint') : undefined,
      })}
      {text('city', { autoComplete: 'address-level2', maxLength: 100 })}
      <SelectField
        id={fieldId(path('country'))}
        name={path('country')}
        label={t('registration.addressFields.country')}
        value={address.country}
        options={countryOptions(currentLocale())}
        error={errors[path('country')]}
        onChange={(e) =>
          onChange({ ...address, country: e.target.value, province: e.target.value === 'NL' ? address.province : '' })
        }
      />
      {address.country === 'NL' && (
        <SelectField
          id={fieldId(path('province'))}
          name={path('province')}
          label={t('registration.addressFields.province')}
          value={address.province}
          options={[
            { value: '', label: t('registration.choose') },
            ...PROVINCES.map((p) => ({ value: p.id, label: p.nl })),
          ]}
          error={errors[path('province')]}
          onChange={(e) => onChange({ ...address, province: e.target.value })}
        />
      )}
      {onRemove && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onRemove}>
          {t('registration.removeAddress', { n: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
