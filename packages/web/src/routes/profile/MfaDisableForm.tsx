import { MfaDisableRequestSchema } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { useDisableMfa } from '../../api/profile.ts';
import { useCurrentSession } from '../../auth/use-current-session.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { UsernameHint } from '../../components/UsernameHint.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

export function MfaDisableForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const disable = useDisableMfa();
  const form = useFormErrors(['password']);
  const fields = { password: { id: 'mfa-disable-password', label: t('profile.mfaDisablePassword') } };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (disable.isPending) return;
    const values = formValues(event.currentTarget);
    if (!form.check(MfaDisableRequestSchema, values)) return;
    disable.mutate(values.password ?? '', {
      onSuccess: () => onDone(t('profile.mfaDisabled')),
      onError: (error) => {
        if (isApiError(error) && error.code === 'invalid_credentials') {
          form.setErrors({ fields: { password: t('validation.wrongPassword') } });
        } else form.fromProblem(error);
      },
    });
  }

  return (
    <div className="weerbaar-panel">
      <h3 className="utrecht-heading-3">{t('profile.mfaDisableTitle')}</h3>
      <p className="utrecht-paragraph">{t('profile.mfaDisableText')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <UsernameHint email={user.email} />
        <TextField
          {...fields.password}
          name="password"
          type="password"
          autoComplete="current-password"
          error={form.errors.fields.password}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={disable.isPending} busyLabel={t('common.saving')}>
            {t('profile.mfaDisable')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
