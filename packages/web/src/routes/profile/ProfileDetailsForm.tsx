import { ProfileUpdateSchema, type Locale } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateProfile } from '../../api/profile.ts';
import { useCurrentSession } from '../../auth/use-current-session.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { isLocale } from '../../i18n/index.ts';

export function ProfileDetailsForm({ onDone }: { onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { user } = useCurrentSession();
  const update = useUpdateProfile();
  const form = useFormErrors(['name', 'locale']);
  const fields = {
    name: { id: 'profile-name', label: t('profile.name') },
    locale: { id: 'profile-locale', label: t('profile.language') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const values = formValues(event.currentTarget);
    const locale: Locale = isLocale(values.locale) ? values.locale : user.locale;
    const body = { name: (values.name ?? '').trim(), locale };
    if (!form.check(ProfileUpdateSchema, body)) return;
    update.mutate(body, {
      onSuccess: (saved) => {
        // Said after the switch, so the confirmation is in the language just chosen.
        void i18n.changeLanguage(saved.locale).then(() => onDone(i18n.t('profile.saved')));
      },
      onError: form.fromProblem,
    });
  }

  return (
    <section className="weerbaar-section" aria-labelledby="profile-details-heading">
      <h2 className="utrecht-heading-2" id="profile-details-heading">
        {t('profile.detailsTitle')}
      </h2>
      <dl className="weerbaar-facts">
        <dt>{t('profile.email')}</dt>
        <dd>{user.email}</dd>
      </dl>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} key={`${user.name}|${user.locale}`}>
        <TextField
          {...fields.name}
          name="name"
          autoComplete="name"
          defaultValue={user.name}
          error={form.errors.fields.name}
        />
        <SelectField
          {...fields.locale}
          name="locale"
          defaultValue={user.locale}
          options={[
            { value: 'nl', label: t('language.nl') },
            { value: 'en', label: t('language.en') },
          ]}
          error={form.errors.fields.locale}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={update.isPending} busyLabel={t('common.saving')}>
            {t('common.save')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
