import type { Incident } from '@weerbaar/core/incidents';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { problemMessage } from '../../forms/form-errors.ts';
import { useTransition } from './incidents-api.ts';

/** The next steps of the handling workflow the core allows from the current status. */
export function StatusActions({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const transition = useTransition(incident.id);
  const [message, setMessage] = useState<string>();
  return (
    <>
      <div className="weerbaar-actions">
        {incident.allowedNextStatuses.map((to) => (
          <button
            key={to}
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-disabled={transition.isPending || undefined}
            onClick={() =>
              !transition.isPending &&
              transition.mutate(
                { to },
                {
                  onSuccess: () =>
                    setMessage(t('incidents.transitions.done', { status: t(`incidents.statuses.${to}`) })),
                  onError: (e) => setMessage(problemMessage(e, t)),
                },
              )
            }
          >
            {t('incidents.transitions.to', { status: t(`incidents.statuses.${to}`) })}
          </button>
        ))}
      </div>
      <LiveMessage message={message} />
    </>
  );
}
