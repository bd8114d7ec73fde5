import { CLASSIFICATIONS } from '@weerbaar/core/scope';
import { RegistrationSchema, type RegistrationState } from '@weerbaar/core/registration';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveRegistration } from '../../api/registration.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FormField } from '../../components/FormField.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { countryOptions } from '../../format/countries.ts';
import { currentLocale } from '../../i18n/index.ts';
import { noErrors, type FormErrors } from '../../forms/form-errors.ts';
import { AddressFields } from './AddressFields.tsx';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { ContactFields } from './ContactFields.tsx';
import { EntityTypeChooser } from './EntityTypeChooser.tsx';
import {
  emptyAddress,
  emptyContact,
  fieldId,
  inputFrom,
  draftFrom,
  type RegistrationDraft,
} from './registration-draft.ts';
import { errorsFromApi, errorsFromIssues, fieldFor } from './registration-errors.ts';

interface RegistrationFormProps {
  state: RegistrationState;
  canEdit: boolean;
}

const replaceAt = <T,>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));
const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** The registration record in sections; checked with the same contract as the server before it is sent. */
export function RegistrationForm({ state, canEdit }: RegistrationFormProps) {
  const { t } = useTranslation();
  const save = useSaveRegistration();
  const [draft, setDraft] = useState<RegistrationDraft>(() => draftFrom(state));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [message, setMessage] = useState<string>();
  const set = (patch: Partial<RegistrationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const e = errors.fields;
  const input = inputFrom(draft);
  const ipRanges = input.publicIpRanges ?? [];
  const summaryFields = Object.fromEntries(Object.keys(e).map((path) => [path, fieldFor(path, t, ipRanges)]));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || !canEdit) return;
    setMessage(undefined);
    const parsed = RegistrationSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(errorsFromIssues(parsed.error.issues, t));
      return;
    }
    setErrors(noErrors);
    save.mutate(input, {
      onSuccess: (version) => {
        setDraft(draftFrom({ ...state, current: version }));
        setMessage(t('registration.saved', { version: version.version }));
      },
      onError: (error) => setErrors(errorsFromApi(error, t)),
    });
  }

  const classificationOptions = [
    { value: '', label: t('registration.unknown') },
    ...CLASSIFICATIONS.map((c) => ({ value: c, label: t(`registration.classifications.${c}`) })),
  ];

  return (
    <form
      className="utrecht-form weerbaar-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="registration-form-heading"
    >
      <h2 className="utrecht-heading-2" id="registration-form-heading">
        {t('registration.formTitle')}
      </h2>
      <ErrorSummary errors={errors} fields={summaryFields} />
      <fieldset className="utrecht-form-fieldset" disabled={!canEdit}>
        <legend className="utrecht-form-fieldset__legend">
          <h3 className="utrecht-heading-3">{t('registration.organisation')}</h3>
        </legend>
        <TextField
          id={fieldId('name')}
          name="name"
          label={t('registration.name')}
          value={draft.name}
          error={e.name}
          maxLength={200}
          autoComplete="organization"
          onChange={(ev) => set({ name: ev.target.value })}
        />
        <TextField
          id={fieldId('kvkNumber')}
          name="kvkNumber"
          label={t('registration.kvkNumber')}
          hint={t('registration.kvkHint')}
          value={draft.kvkNumber}
          error={e.kvkNumber}
          inputMode="numeric"
          maxLength={8}
          onChange={(ev) => set({ kvkNumber: ev.target.value })}
        />
      </fieldset>

      <fieldset className="utrecht-form-fieldset" disabled={!canEdit}>
        <legend className="utrecht-form-fieldset__legend">
          <h3 className="utrecht-heading-3">{t('registration.addresses')}</h3>
        </legend>
        <p className="utrecht-paragraph">{t('registration.addressesHint')}</p>
        {e.addresses && <p className="utrecht-form-field-error-message">{e.addresses}</p>}
        {draft.addresses.map((address, i) => (
          <AddressFields
            key={i}
            index={i}
            address={address}
            errors={e}
            onChange={(next) => set({ addresses: replaceAt(draft.addresses, i, next) })}
            onRemove={draft.addresses.length > 1 ? () => set({ addresses: removeAt(draft.addresses, i) }) : undefined}
          />
        ))}
        <button
          type="button"
          id={fieldId('addresses-add')}
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => set({ addresses: [...draft.addresses, emptyAddress('establishment')] })}
        >
          {t('registration.addAddress')}
        </button>
      </fieldset>

      <fieldset className="utrecht-form-fieldset" disabled={!canEdit}>
        <legend className="utrecht-form-fieldset__legend">
          <h3 className="utrecht-heading-3">{t('registration.contacts')}</h3>
        </legend>
        <p className="utrecht-paragraph">{t('registration.contactsHint')}</p>
        {draft.contacts.map((contact, i) => (
          <ContactFields
            key={i}
            index={i}
            contact={contact}
            errors={e}
            onChange={(next) => set({ contacts: replaceAt(draft.contacts, i, next) })}
            onRemove={draft.contacts.length > 1 ? () => set({ contacts: removeAt(draft.contacts, i) }) : undefined}
          />
        ))}
        <button
          type="button"
          id={fieldId('contacts-add')}
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => set({ contacts: [...draft.contacts, emptyContact()] })}
        >
          {t('registration.addContact')}
        </button>
      </fieldset>

      <fieldset className="utrecht-form-fieldset" disabled={!canEdit}>
        <EntityTypeChooser
          selected={draft.entityTypes}
          error={e.entityTypes}
          onChange={(entityTypes) => set({ entityTypes })}
        />
      </fieldset>

      <fieldset
        className="utrecht-form-fieldset"
        disabled={!canEdit}
        aria-describedby={e.memberStates ? `${fieldId('memberStates')}-error` : undefined}
      >
        <legend className="utrecht-form-fieldset__legend">
          <h3 className="utrecht-heading-3">{t('registration.memberStates')}</h3>
        </legend>
        <p className="utrecht-paragraph">{t('registration.memberStatesHint')}</p>
        {e.memberStates && (
          <p className="utrecht-form-field-error-message" id={`${fieldId('memberStates')}-error`}>
            {e.memberStates}
          </p>
        )}
        <CheckboxGroup
          id={fieldId('memberStates')}
          name="memberStates"
          options={countryOptions(currentLocale())}
          selected={draft.memberStates}
          onChange={(memberStates) => set({ memberStates })}
        />
      </fieldset>

      <fieldset className="utrecht-form-fieldset" disabled={!canEdit}>
        <legend className="utrecht-form-fieldset__legend">
          <h3 className="utrecht-heading-3">{t('registration.ipRanges')}</h3>
        </legend>
        <FormField
          id={fieldId('publicIpRanges')}
          label={t('registration.ipRangesLabel')}
          hint={t('registration.ipRangesHint')}
          error={
            Object.entries(e)
              .filter(([path]) => path.startsWith('publicIpRanges'))
              .map(([path, text]) => `${fieldFor(path, t, ipRanges).label}: ${text}`)
              .join(' ') || undefined
          }
          optional
        >
          <textarea
            id={fieldId('publicIpRanges')}
            name="publicIpRanges"
            className="utrecht-textarea utrecht-textarea--html-textarea weerbaar-textbox--code"
            rows={5}
            value={draft.publicIpRanges}
            spellCheck={false}
            aria-describedby={`${fieldId('publicIpRanges')}-hint`}
            onChange={(ev) => set({ publicIpRanges: ev.target.value })}
          />
        </FormField>
      </fieldset>

      <fieldset className="utrecht-form-fieldset" disabled={!canEdit}>
        <legend className="utrecht-form-fieldset__legend">
          <h3 className="utrecht-heading-3">{t('registration.arrangements')}</h3>
        </legend>
        <p className="utrecht-paragraph">{t('registration.arrangementsHint')}</p>
        {draft.infoSharingArrangements.map((a, i) => {
          const path = (leaf: string) => `infoSharingArrangements.${i}.${leaf}`;
          const update = (patch: Partial<typeof a>) =>
            set({ infoSharingArrangements: replaceAt(draft.infoSharingArrangements, i, { ...a, ...patch }) });
          return (
            <fieldset key={i} className="weerbaar-panel utrecht-form-fieldset">
              <legend className="utrecht-form-fieldset__legend">{t('registration.arrangement', { n: i + 1 })}</legend>
              <TextField
                id={fieldId(path('name'))}
                name={path('name')}
                label={t('registration.arrangementFields.name')}
                value={a.name}
                error={e[path('name')]}
                onChange={(ev) => update({ name: ev.target.value })}
              />
              <TextField
                id={fieldId(path('joinedOn'))}
                name={path('joinedOn')}
                type="date"
                label={t('registration.arrangementFields.joinedOn')}
                value={a.joinedOn}
                error={e[path('joinedOn')]}
                onChange={(ev) => update({ joinedOn: ev.target.value })}
              />
              <TextField
                id={fieldId(path('leftOn'))}
                name={path('leftOn')}
                type="date"
                optional
                label={t('registration.arrangementFields.leftOn')}
                value={a.leftOn}
                error={e[path('leftOn')]}
                onChange={(ev) => update({ leftOn: ev.target.value })}
              />
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => set({ infoSharingArrangements: removeAt(draft.infoSharingArrangements, i) })}
              >
                {t('registration.removeArrangement', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          id={fieldId('arrangements-add')}
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            set({ infoSharingArrangements: [...draft.infoSharingArrangements, { name: '', joinedOn: '', leftOn: '' }] })
          }
        >
          {t('registration.addArrangement')}
        </button>
      </fieldset>

      <fieldset className="utrecht-form-fieldset" disabled={!canEdit}>
        <legend className="utrecht-form-fieldset__legend">
          <h3 className="utrecht-heading-3">{t('registration.classification')}</h3>
        </legend>
        <p className="utrecht-paragraph">{t('registration.classificationHint')}</p>
        <SelectField
          id={fieldId('classification-nl')}
          name="classificationNl"
          label={t('registration.classificationNl')}
          value={draft.classificationNl}
          options={classificationOptions}
          onChange={(ev) => set({ classificationNl: ev.target.value as RegistrationDraft['classificationNl'] })}
        />
        <SelectField
          id={fieldId('classification-eu')}
          name="classificationEu"
          label={t('registration.classificationEu')}
          value={draft.classificationEu}
          options={classificationOptions}
          onChange={(ev) => set({ classificationEu: ev.target.value as RegistrationDraft['classificationEu'] })}
        />
      </fieldset>

      {canEdit && (
        <div className="weerbaar-actions">
          <SubmitButton busy={save.isPending} busyLabel={t('common.saving')}>
            {t('registration.save')}
          </SubmitButton>
        </div>
      )}
      <LiveMessage message={message} />
    </form>
  );
}
