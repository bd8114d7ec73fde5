import { LoginRequestSchema } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { useLogin, useSession } from '../../api/session.ts';
import { safeNextPath, withNext } from '../../auth/next-path.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const next = safeNextPath(params.get('next'));
  const { data: session, isPending } = useSession();
  const login = useLogin();
  const form = useFormErrors(['email', 'password']);
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;

  // A session (new or existing) moves on: to the MFA step, or back to where the user was going.
  if (session) return <Navigate to={session.mfaPending ? withNext('/login/mfa', next) : next} replace />;
  if (isPending) return <Loading />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    const values = formValues(event.currentTarget);
    if (!form.check(LoginRequestSchema, values)) return;
    login.mutate(
      { email: values.email ?? '', password: values.password ?? '' },
      {
        onSuccess: (s) => void i18n.changeLanguage(s.user.locale),
        onError: form.fromProblem,
      },
    );
  }

  const fields = {
    email: { id: 'login-email', label: t('login.email') },
    password: { id: 'login-password', label: t('login.password') },
  };

  return (
    <Page title={t('login.title')} lead={t('login.intro')}>
      {loggedOut && (
        <Alert type="info" live="status">
          <p className="utrecht-paragraph">{t('login.sessionEnded')}</p>
        </Alert>
      )}
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.email}
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          error={form.errors.fields.email}
        />
        <TextField
          {...fields.password}
          name="password"
          type="password"
          autoComplete="current-password"
          error={form.errors.fields.password}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={login.isPending} busyLabel={t('login.submitting')}>
            {t('login.submit')}
          </SubmitButton>
        </div>
      </form>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/password-reset">
          {t('login.forgotPassword')}
        </Link>
      </p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/check">
          {t('login.selfCheck')}
        </Link>
      </p>
    </Page>
  );
}
