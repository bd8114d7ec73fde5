import { statusPrompt, type Incident, type ReportStage } from '@weerbaar/core/incidents';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { problemMessage } from '../../forms/form-errors.ts';
import { useTransition } from './incidents-api.ts';

/**
 * The hint beside the status when the work is ahead of it (core incident-progress.ts): an incident still
 * "new" that was decided or reported on, or an open incident whose final report has left. The button
 * takes the step; the handler decides.
 */
export function StatusPrompt({
  incident,
  reportStages,
  canWrite,
}: {
  incident: Incident;
  reportStages: readonly ReportStage[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const transition = useTransition(incident.id);
  const [message, setMessage] = useState<string>();
  const prompt = statusPrompt(incident.status, { decided: incident.significance.decision !== null, reportStages });
  if (!prompt) return <LiveMessage message={message} />;
  const status = t(`incidents.statuses.${prompt.to}`);
  return (
    <>
      <Alert
        type="info"
        headingLevel={2}
        heading={t(`incidentProgress.${prompt.reason}.heading`)}
        testId="status-prompt"
      >
        <p className="utrecht-paragraph">{t(`incidentProgress.${prompt.reason}.text`)}</p>
        {canWrite && (
          <div className="weerbaar-actions">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              aria-disabled={transition.isPending || undefined}
              onClick={() =>
                !transition.isPending &&
                transition.mutate(
                  { to: prompt.to },
                  {
                    onSuccess: () => setMessage(t('incidents.transitions.done', { status })),
                    onError: (e) => setMessage(problemMessage(e, t)),
                  },
                )
              }
            >
              {t('incidents.transitions.to', { status })}
            </button>
          </div>
        )}
      </Alert>
      <LiveMessage message={message} />
    </>
  );
}
