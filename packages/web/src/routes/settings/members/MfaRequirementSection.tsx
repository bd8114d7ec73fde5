import { CheckboxField } from '../../../components/CheckboxField.tsx';
import type { Organisation } from '@weerbaar/core/platform';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisation, useUpdateOrganisation } from '../../../api/organisation.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { SubmitButton } from '../../../components/SubmitButton.tsx';
import { useFormErrors } from '../../../forms/use-form-errors.ts';

const FIELDS = ['requireMfaForAll'] as const;

/**
 * The organisation's switch "every member uses MFA" (NIS2 art. 21(2)(j)). Owners, admins and everyone at
 * the authority must use it anyway (core/platform/mfa.ts); this extends it to all members.
 */
export function MfaRequirementSection({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const headingId = useId();
  return (
    <section className="weerbaar-section" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {t('members.mfaTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('members.mfaIntro')}</p>
      {organisation.data === undefined ? (
        <QueryState query={organisation} />
      ) : (
        <MfaRequirementForm organisation={organisation.data} onDone={onDone} />
      )}
    </section>
  );
}

function MfaRequirementForm({ organisation, onDone }: { organisation: Organisation; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation();
  const form = useFormErrors(FIELDS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const requireMfaForAll = new FormData(event.currentTarget).get('requireMfaForAll') === 'on';
    form.clear();
    update.mutate(
      { requireMfaForAll },
      {
        onSuccess: () => onDone(t(requireMfaForAll ? 'members.mfaForAllOn' : 'members.mfaForAllOff')),
        onError: form.fromProblem,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        errors={form.errors}
        fields={{ requireMfaForAll: { id: 'org-requireMfaForAll', label: t('members.mfaForAll') } }}
      />
      <CheckboxField
        id="org-requireMfaForAll"
        name="requireMfaForAll"
        label={t('members.mfaForAll')}
        defaultChecked={organisation.requireMfaForAll}
      />
      <div className="weerbaar-actions">
        <SubmitButton busy={update.isPending} busyLabel={t('members.mfaSaving')}>
          {t('members.mfaSave')}
        </SubmitButton>
      </div>
    </form>
  );
}
