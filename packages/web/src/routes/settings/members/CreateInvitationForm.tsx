import { InvitationCreateSchema, type Invitation, type Role } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateInvitation } from '../../../api/invitations.ts';
import { grantableRolesForPeople } from '../../../auth/grantable-roles.ts';
import { useActiveMembership } from '../../../auth/use-current-session.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { SubmitButton } from '../../../components/SubmitButton.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formValues } from '../../../forms/form-values.ts';
import { useFormErrors } from '../../../forms/use-form-errors.ts';

export function CreateInvitationForm({ onCreated }: { onCreated: (invitation: Invitation) => void }) {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  const create = useCreateInvitation();
  const form = useFormErrors(['email', 'role']);
  const roles = grantableRolesForPeople(membership);
  const fields = {
    email: { id: 'invitation-email', label: t('invitations.email') },
    role: { id: 'invitation-role', label: t('invitations.role') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const formElement = event.currentTarget;
    const values = formValues(formElement);
    if (!form.check(InvitationCreateSchema, values)) return;
    create.mutate(
      { email: values.email ?? '', role: values.role as Role },
      {
        onSuccess: (invitation) => {
          formElement.reset();
          onCreated(invitation);
        },
        onError: form.fromProblem,
      },
    );
  }

  return (
    <div className="weerbaar-panel">
      <h3 className="utrecht-heading-3">{t('invitations.createTitle')}</h3>
      <p className="utrecht-paragraph">{t('invitations.createIntro')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.email}
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          error={form.errors.fields.email}
        />
        <SelectField
          {...fields.role}
          name="role"
          defaultValue={roles.includes('auditor') ? 'auditor' : roles[0]}
          options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          error={form.errors.fields.role}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={create.isPending} busyLabel={t('invitations.submitting')}>
            {t('invitations.submit')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
