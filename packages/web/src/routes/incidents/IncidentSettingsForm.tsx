import {
  SIGNIFICANCE_ENTITY_TYPE_CATALOGUE,
  SIGNIFICANCE_ENTITY_TYPES,
  type IncidentSettings,
} from '@weerbaar/core/incidents';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useIncidentSettings, useSaveIncidentSettings } from './incidents-api.ts';
import { cite } from '../../format/citation.ts';

const FIELDS = [
  'significanceEntityType',
  'trustServiceProvider',
  'criticalEntity',
  'contact.name',
  'contact.email',
  'contact.phone',
  'reminderOffsetsMinutes',
  'webhookUrl',
] as const;

/** Which significance rules apply, who the contact person is, and when to remind (owner and admin). */
export function IncidentSettingsForm() {
  const { t } = useTranslation();
  const settings = useIncidentSettings();
  const save = useSaveIncidentSettings();
  const [message, setMessage] = useState<string>();
  const fields = Object.fromEntries(
    FIELDS.map((f) => [
      f,
      { id: `settings-${f.replace('.', '-')}`, label: t(`incidents.settings.${f.replace('.', '_') as 'webhookUrl'}`) },
    ]),
  );
  const form = useFormErrors([...FIELDS]);
  if (settings.data === undefined) return <QueryState query={settings} />;
  const s: IncidentSettings = settings.data;
  const yesNo = [
    { value: 'false', label: t('incidents.answers.no') },
    { value: 'true', label: t('incidents.answers.yes') },
  ];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const v = formValues(event.currentTarget);
    const contact =
      v['contact.name'] || v['contact.email'] || v['contact.phone']
        ? { name: v['contact.name'] ?? '', email: v['contact.email'] ?? '', phone: v['contact.phone'] ?? '' }
        : null;
    const offsets = (v.reminderOffsetsMinutes ?? '')
      .split(/[ ,;]+/)
      .filter(Boolean)
      .map(Number);
    save.mutate(
      {
        significanceEntityType: v.significanceEntityType,
        trustServiceProvider: v.trustServiceProvider === 'true',
        criticalEntity: v.criticalEntity === 'true',
        contact,
        reminderOffsetsMinutes: offsets,
        webhookUrl: v.webhookUrl?.trim() || null,
      },
      { onSuccess: () => setMessage(t('incidents.settings.saved')), onError: form.fromProblem },
    );
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...fields.significanceEntityType!}
          name="significanceEntityType"
          defaultValue={s.significanceEntityType}
          hint={t('incidents.settings.entityTypeHint')}
          options={SIGNIFICANCE_ENTITY_TYPES.map((e) => ({
            value: e,
            label: `${t(`incidents.significanceEntityTypes.${e}`)} (${cite(SIGNIFICANCE_ENTITY_TYPE_CATALOGUE[e].criteriaSource)})`,
          }))}
        />
        <SelectField
          {...fields.trustServiceProvider!}
          name="trustServiceProvider"
          defaultValue={String(s.trustServiceProvider)}
          options={yesNo}
          hint={t('incidents.settings.tspHint')}
        />
        <SelectField
          {...fields.criticalEntity!}
          name="criticalEntity"
          defaultValue={String(s.criticalEntity)}
          options={yesNo}
          hint={t('incidents.settings.cerHint')}
        />
        <TextField
          {...fields['contact.name']!}
          name="contact.name"
          optional
          defaultValue={s.contact?.name ?? ''}
          error={form.errors.fields['contact.name']}
        />
        <TextField
          {...fields['contact.email']!}
          name="contact.email"
          type="email"
          optional
          defaultValue={s.contact?.email ?? ''}
          error={form.errors.fields['contact.email']}
        />
        <TextField
          {...fields['contact.phone']!}
          name="contact.phone"
          type="tel"
          optional
          defaultValue={s.contact?.phone ?? ''}
          error={form.errors.fields['contact.phone']}
        />
        <TextField
          {...fields.reminderOffsetsMinutes!}
          name="reminderOffsetsMinutes"
          defaultValue={s.reminderOffsetsMinutes.join(', ')}
          hint={t('incidents.settings.offsetsHint')}
          error={form.errors.fields.reminderOffsetsMinutes}
        />
        <TextField
          {...fields.webhookUrl!}
          name="webhookUrl"
          type="url"
          optional
          defaultValue={s.webhookUrl ?? ''}
          error={form.errors.fields.webhookUrl}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={save.isPending} busyLabel={t('common.saving')}>
            {t('common.save')}
          </SubmitButton>
        </div>
      </form>
      <LiveMessage message={message} />
    </>
  );
}
