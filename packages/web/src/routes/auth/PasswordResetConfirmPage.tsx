import { PasswordResetConfirmationSchema } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useConfirmPasswordReset } from '../../api/anonymous.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

export function PasswordResetConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const form = useFormErrors(['newPassword', 'repeatPassword']);
  const fields = {
    newPassword: { id: 'reset-new-password', label: t('passwordReset.newPassword') },
    repeatPassword: { id: 'reset-repeat-password', label: t('passwordReset.repeatPassword') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm.isPending) return;
    const values = formValues(event.currentTarget);
    const body = { token, newPassword: values.newPassword ?? '' };
    const extra: Record<string, string> =
      values.repeatPassword === body.newPassword ? {} : { repeatPassword: t('validation.passwordsDiffer') };
    if (!form.check(PasswordResetConfirmationSchema, body, extra)) return;
    confirm.mutate(body, { onError: form.fromProblem });
  }

  let content;
  if (!token) {
    content = (
      <Alert type="warning">
        <p className="utrecht-paragraph">{t('passwordReset.missingToken')}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/password-reset">
            {t('passwordReset.requestNew')}
          </Link>
        </p>
      </Alert>
    );
  } else if (confirm.isSuccess) {
    content = (
      <Alert type="ok" live="status">
        <p className="utrecht-paragraph">{t('passwordReset.confirmed')}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/login">
            {t('passwordReset.backToLogin')}
          </Link>
        </p>
      </Alert>
    );
  } else {
    content = (
      <>
        <ErrorSummary errors={form.errors} fields={fields} />
        <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
          <TextField
            {...fields.newPassword}
            name="newPassword"
            type="password"
            autoComplete="new-password"
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
            <SubmitButton busy={confirm.isPending} busyLabel={t('common.saving')}>
              {t('passwordReset.confirmSubmit')}
            </SubmitButton>
          </div>
        </form>
        {form.errors.form && (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to="/password-reset">
              {t('passwordReset.requestNew')}
            </Link>
          </p>
        )}
      </>
    );
  }

  return (
    <Page
      title={t('passwordReset.confirmTitle')}
      lead={token && !confirm.isSuccess ? t('passwordReset.confirmIntro') : undefined}
    >
      {content}
    </Page>
  );
}
