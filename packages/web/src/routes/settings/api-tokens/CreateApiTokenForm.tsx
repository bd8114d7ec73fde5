import { ApiTokenCreateSchema, type ApiToken, type Role } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateApiToken } from '../../../api/api-tokens.ts';
import { grantableRoles } from '../../../auth/grantable-roles.ts';
import { useActiveMembership } from '../../../auth/use-current-session.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { SubmitButton } from '../../../components/SubmitButton.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formValues } from '../../../forms/form-values.ts';
import { useFormErrors } from '../../../forms/use-form-errors.ts';

export function CreateApiTokenForm({ onCreated }: { onCreated: (token: ApiToken & { token: string }) => void }) {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  const create = useCreateApiToken();
  const form = useFormErrors(['name', 'role', 'senderOrgId']);
  const roles = grantableRoles(membership);
  // Only an authority receives submissions, so only its submitter tokens speak for a sender.
  const receivesSubmissions = membership.orgKind === 'authority' && roles.includes('submitter');
  const fields = {
    name: { id: 'api-token-name', label: t('apiTokens.name') },
    role: { id: 'api-token-role', label: t('apiTokens.role') },
    senderOrgId: { id: 'api-token-sender', label: t('apiTokens.sender') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const formElement = event.currentTarget;
    const values = formValues(formElement);
    const senderOrgId = values.senderOrgId?.trim() || undefined;
    const body = { name: (values.name ?? '').trim(), role: values.role as Role, senderOrgId };
    if (!form.check(ApiTokenCreateSchema, body)) return;
    create.mutate(body, {
      onSuccess: (token) => {
        formElement.reset();
        onCreated(token);
      },
      onError: form.fromProblem,
    });
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="api-token-create-heading">
      <h2 className="utrecht-heading-2" id="api-token-create-heading">
        {t('apiTokens.createTitle')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.name}
          name="name"
          autoComplete="off"
          maxLength={100}
          hint={t('apiTokens.nameHint')}
          error={form.errors.fields.name}
        />
        <SelectField
          {...fields.role}
          name="role"
          defaultValue={roles.includes('auditor') ? 'auditor' : roles[0]}
          options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          error={form.errors.fields.role}
        />
        {receivesSubmissions && (
          <TextField
            {...fields.senderOrgId}
            name="senderOrgId"
            autoComplete="off"
            hint={t('apiTokens.senderHint')}
            error={form.errors.fields.senderOrgId}
          />
        )}
        <div className="weerbaar-actions">
          <SubmitButton busy={create.isPending} busyLabel={t('apiTokens.submitting')}>
            {t('apiTokens.submit')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
