import { PasswordChangeSchema } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { useChangePassword } from '../../api/profile.ts';
import { useCurrentSession } from '../../auth/use-current-session.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { UsernameHint } from '../../components/UsernameHint.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

export function PasswordForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const change = useChangePassword();
  const form = useFormErrors(['currentPassword', 'newPassword', 'repeatPassword']);
  const fields = {
    currentPassword: { id: 'profile-current-password', label: t('profile.currentPassword') },
    newPassword: { id: 'profile-new-password', label: t('profile.newPassword') },
    repeatPassword: { id: 'profile-repeat-password', label: t('profile.repeatPassword') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const formElement = event.currentTarget;
    const values = formValues(formElement);
    const body = { currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' };
    const extra: Record<string, string> =
      values.repeatPassword === body.newPassword ? {} : { repeatPassword: t('validation.passwordsDiffer') };
    if (!form.check(PasswordChangeSchema, body, extra)) return;
    change.mutate(body, {
      onSuccess: () => {
        formElement.reset();
        onDone(t('profile.passwordChanged'));
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'invalid_credentials') {
          form.setErrors({ fields: { currentPassword: t('validation.wrongPassword') } });
        } else form.fromProblem(error);
      },
    });
  }

  return (
    <section className="weerbaar-section" aria-labelledby="profile-password-heading">
      <h2 className="utrecht-heading-2" id="profile-password-heading">
        {t('profile.passwordTitle')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <UsernameHint email={user.email} />
        <TextField
          {...fields.currentPassword}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          error={form.errors.fields.currentPassword}
        />
        <TextField
          {...fields.newPassword}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={t('profile.newPasswordHint')}
          error={form.errors.fields.newPassword}
        />
        <TextField
          {...fields.repeatPassword}
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          error={form.errors.fields.repeatPassword}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={change.isPending} busyLabel={t('common.saving')}>
            {t('profile.changePassword')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
