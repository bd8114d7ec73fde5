import { PasswordResetRequestSchema } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '../../api/anonymous.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

export function PasswordResetRequestPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useFormErrors(['email']);
  const fields = { email: { id: 'reset-email', label: t('passwordReset.email') } };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    const values = formValues(event.currentTarget);
    if (!form.check(PasswordResetRequestSchema, values)) return;
    request.mutate(values.email ?? '', { onError: form.fromProblem });
  }

  return (
    <Page title={t('passwordReset.title')} lead={request.isSuccess ? undefined : t('passwordReset.intro')}>
      {request.isSuccess ? (
        // The same answer whether or not the address is known: no way to probe for accounts.
        <Alert type="ok" live="status">
          <p className="utrecht-paragraph">{t('passwordReset.requested')}</p>
        </Alert>
      ) : (
        <>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
            <TextField
              {...fields.email}
              name="email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              error={form.errors.fields.email}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={request.isPending} busyLabel={t('passwordReset.submitting')}>
                {t('passwordReset.submit')}
              </SubmitButton>
            </div>
          </form>
        </>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/login">
          {t('passwordReset.backToLogin')}
        </Link>
      </p>
    </Page>
  );
}
