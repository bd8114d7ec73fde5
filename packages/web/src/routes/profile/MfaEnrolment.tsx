import { MfaActivationRequestSchema } from '@weerbaar/core/platform';
import { toDataURL } from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { useActivateMfa, useStartMfaEnrolment } from '../../api/profile.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

export function MfaEnrolment({ onActivated }: { onActivated: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const start = useStartMfaEnrolment();
  const activate = useActivateMfa();
  const form = useFormErrors(['code']);
  const [qr, setQr] = useState<string>();
  const enrolment = start.data;

  useEffect(() => {
    if (!enrolment) return;
    let current = true;
    // A data: URL keeps the QR code within the CSP (img-src 'self' data:) and off any server.
    void toDataURL(enrolment.otpauthUrl, { margin: 2, width: 220, errorCorrectionLevel: 'M' }).then((url) => {
      if (current) setQr(url);
    });
    return () => {
      current = false;
    };
  }, [enrolment]);

  if (!enrolment) {
    return (
      <>
        {start.error && <LoadError error={start.error} />}
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={start.isPending || undefined}
          onClick={() => !start.isPending && start.mutate()}
        >
          {start.isPending ? t('profile.mfaStarting') : t('profile.mfaStart')}
        </button>
      </>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (activate.isPending) return;
    const code = (formValues(event.currentTarget).code ?? '').replace(/\s+/g, '');
    if (!form.check(MfaActivationRequestSchema, { code })) return;
    activate.mutate(code, {
      onSuccess: (result) => onActivated(result.recoveryCodes),
      onError: (error) => {
        if (isApiError(error) && (error.code === 'invalid_credentials' || error.code === 'validation_failed')) {
          form.setErrors({ fields: { code: t('errors.invalid_code') } });
        } else form.fromProblem(error);
      },
    });
  }

  const fields = { code: { id: 'mfa-activation-code', label: t('profile.mfaCode') } };
  return (
    <div className="weerbaar-panel">
      <p className="utrecht-paragraph">{t('profile.mfaStep1')}</p>
      {qr && <img className="weerbaar-qr" src={qr} alt={t('profile.mfaQrAlt')} width={220} height={220} />}
      <p className="utrecht-paragraph">{t('profile.mfaSecret')}</p>
      <p className="utrecht-paragraph">
        <code className="utrecht-code weerbaar-secret__value" data-testid="mfa-secret">
          {enrolment.secret}
        </code>
      </p>
      <p className="utrecht-paragraph">{t('profile.mfaStep2')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.code}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          className="weerbaar-textbox--code"
          error={form.errors.fields.code}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={activate.isPending} busyLabel={t('profile.mfaActivating')}>
            {t('profile.mfaActivate')}
          </SubmitButton>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => start.reset()}
          >
            {t('profile.mfaCancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
