import { InvitationAcceptanceSchema } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAcceptInvitation } from '../../api/anonymous.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

export function InvitationAcceptPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const accept = useAcceptInvitation();
  const form = useFormErrors(['name', 'password']);
  const fields = {
    name: { id: 'invitation-name', label: t('invitation.name') },
    password: { id: 'invitation-password', label: t('invitation.password') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    const values = formValues(event.currentTarget);
    // An existing account keeps its own password, so an empty field means "no password".
    const body = { token, name: values.name ?? '', password: values.password || undefined };
    if (!form.check(InvitationAcceptanceSchema, body)) return;
    accept.mutate(body, { onError: form.fromProblem });
  }

  let content;
  if (!token) {
    content = (
      <Alert type="warning">
        <p className="utrecht-paragraph">{t('invitation.missingToken')}</p>
      </Alert>
    );
  } else if (accept.isSuccess) {
    content = (
      <Alert type="ok" live="status">
        <p className="utrecht-paragraph">{t('invitation.accepted')}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/login">
            {t('login.title')}
          </Link>
        </p>
      </Alert>
    );
  } else {
    content = (
      <>
        <ErrorSummary errors={form.errors} fields={fields} />
        <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
          <TextField {...fields.name} name="name" autoComplete="name" error={form.errors.fields.name} />
          <TextField
            {...fields.password}
            name="password"
            type="password"
            autoComplete="new-password"
            optional
            hint={t('invitation.passwordHint')}
            error={form.errors.fields.password}
          />
          <div className="weerbaar-actions">
            <SubmitButton busy={accept.isPending} busyLabel={t('invitation.submitting')}>
              {t('invitation.submit')}
            </SubmitButton>
          </div>
        </form>
      </>
    );
  }

  return (
    <Page title={t('invitation.title')} lead={token && !accept.isSuccess ? t('invitation.intro') : undefined}>
      {content}
    </Page>
  );
}
