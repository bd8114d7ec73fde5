import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { problemMessage } from '../../forms/form-errors.ts';
import { useSaveScopeAssessment } from './scope-api.ts';

interface SaveAssessmentProps {
  orgId: string;
  input: Record<string, unknown>;
  canSave: boolean;
}

/** Keeps the answers and the outcome in the organisation's history (the server evaluates them again). */
export function SaveAssessment({ orgId, input, canSave }: SaveAssessmentProps) {
  const { t } = useTranslation();
  const save = useSaveScopeAssessment(orgId);
  if (!canSave) return <p className="utrecht-paragraph">{t('scopeWizard.result.cannotSave')}</p>;
  return (
    <form
      className="weerbaar-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!save.isPending && !save.isSuccess) save.mutate(input);
      }}
    >
      {!save.isSuccess && (
        <div className="weerbaar-actions">
          <SubmitButton busy={save.isPending} busyLabel={t('scopeWizard.result.saving')}>
            {t('scopeWizard.result.save')}
          </SubmitButton>
        </div>
      )}
      {save.isError && (
        <p className="utrecht-form-field-error-message" role="alert">
          {problemMessage(save.error, t)}
        </p>
      )}
      <LiveMessage message={save.isSuccess ? t('scopeWizard.result.saved') : undefined} />
    </form>
  );
}
