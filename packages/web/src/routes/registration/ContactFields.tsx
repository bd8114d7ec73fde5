import { CONTACT_ROLES } from '@weerbaar/core/registration';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { fieldId, type ContactDraft } from './registration-draft.ts';

interface ContactFieldsProps {
  index: number;
  contact: ContactDraft;
  errors: Record<string, string>;
  onChange: (next: ContactDraft) => void;
  onRemove?: () => void;
}

export function ContactFields({ index, contact, errors, onChange, onRemove }: ContactFieldsProps) {
  const { t } = useTranslation();
  const path = (leaf: string) => `contacts.${index}.${leaf}`;
  const text = (leaf: 'name' | 'email' | 'phone', extra = {}) => (
    <TextField
      id={fieldId(path(leaf))}
      name={path(leaf)}
      label={t(`registration.contactFields.${leaf}`)}
      value={contact[leaf]}
      error={errors[path(leaf)]}
      onChange={(e) => onChange({ ...contact, [leaf]: e.target.value })}
      {...extra}
    />
  );
  return (
    <fieldset className="weerbaar-panel utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t('registration.contact', { n: index + 1 })}</legend>
      <SelectField
        id={fieldId(path('role'))}
        name={path('role')}
        label={t('registration.contactFields.role')}
        value={contact.role}
        options={CONTACT_ROLES.map((role) => ({ value: role, label: t(`registration.contactRoles.${role}`) }))}
        onChange={(e) => onChange({ ...contact, role: e.target.value as ContactDraft['role'] })}
      />
      {text('name', { autoComplete: 'name', maxLength: 200 })}
      {text('email', { type: 'email', autoComplete: 'email', maxLength: 254 })}
      {text('phone', { type: 'tel', autoComplete: 'tel', maxLength: 40, hint: t('registration.phoneHint') })}
      {onRemove && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onRemove}>
          {t('registration.removeContact', { n: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
