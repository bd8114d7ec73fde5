import { MfaVerificationRequestSchema } from '@weerbaar/core/platform';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useLogout, useSession, useVerifyMfa, type MfaVerification } from '../../api/session.ts';
import { safeNextPath, withNext } from '../../auth/next-path.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

type Mode = 'code' | 'recoveryCode';

export function MfaPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { data: session, isPending } = useSession();
  const verify = useVerifyMfa();
  const logout = useLogout();
  const [mode, setMode] = useState<Mode>('code');
  const form = useFormErrors([mode]);

  if (isPending) return <Loading />;
  if (!session) return <Navigate to={withNext('/login', next)} replace />;
  if (!session.mfaPending) return <Navigate to={next} replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (verify.isPending) return;
    const value = (formValues(event.currentTarget)[mode] ?? '').replace(/\s+/g, '');
    const body: MfaVerification = mode === 'code' ? { code: value } : { recoveryCode: value };
    if (!form.check(MfaVerificationRequestSchema, body)) return;
    verify.mutate(body, {
      onSuccess: (s) => void i18n.changeLanguage(s.user.locale),
      onError: (error) => {
        // A wrong code is the common case: say so at the field, not as a vague login failure.
        if (isApiError(error) && error.code === 'invalid_credentials') {
          form.setErrors({ fields: { [mode]: t('errors.invalid_code') } });
        } else form.fromProblem(error);
      },
    });
  }

  function switchMode() {
    form.clear();
    setMode(mode === 'code' ? 'recoveryCode' : 'code');
  }

  // Without a session this page redirects to /login by itself (see above).
  const startOver = () => logout.mutate();

  const fields = {
    code: { id: 'mfa-code', label: t('mfa.code') },
    recoveryCode: { id: 'mfa-recovery-code', label: t('mfa.recoveryCode') },
  };

  return (
    <Page title={t('mfa.title')} lead={t('mfa.intro')}>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        {mode === 'code' ? (
          <TextField
            {...fields.code}
            key="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            className="weerbaar-textbox--code"
            hint={t('mfa.codeHint')}
            error={form.errors.fields.code}
          />
        ) : (
          <TextField
            {...fields.recoveryCode}
            key="recovery"
            name="recoveryCode"
            autoComplete="off"
            spellCheck={false}
            hint={t('mfa.recoveryCodeHint')}
            error={form.errors.fields.recoveryCode}
          />
        )}
        <div className="weerbaar-actions">
          <SubmitButton busy={verify.isPending} busyLabel={t('mfa.submitting')}>
            {t('mfa.submit')}
          </SubmitButton>
        </div>
      </form>
      <div className="weerbaar-actions weerbaar-actions--links">
        <button type="button" className="utrecht-link-button utrecht-link-button--html-button" onClick={switchMode}>
          {mode === 'code' ? t('mfa.useRecoveryCode') : t('mfa.useCode')}
        </button>
        <button type="button" className="utrecht-link-button utrecht-link-button--html-button" onClick={startOver}>
          {t('mfa.startOver')}
        </button>
      </div>
    </Page>
  );
}
