import type { ReceivedInvitation } from '@weerbaar/core/continuity';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/use-can.ts';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAnswerInvitation, useReceivedInvitations } from './invitations-api.ts';

/**
 * On the overview of an invited organisation: exercises other organisations on the platform invited it to,
 * with what the invitation says (title, date, organiser, scenario, its own part), to accept or decline.
 * Hidden when there are none.
 */
export function ReceivedInvitations() {
  const { t } = useTranslation();
  const invitations = useReceivedInvitations();
  const [message, setMessage] = useState<string>();
  const items = invitations.data ?? [];
  if (items.length === 0) return <LiveMessage message={message} />;
  return (
    <section className="weerbaar-section" aria-labelledby="overview-exercise-invitations">
      <h3 className="utrecht-heading-3" id="overview-exercise-invitations">
        {t('exercises.received.title')}
      </h3>
      <LiveMessage message={message} />
      <ul className="utrecht-unordered-list" data-testid="exercise-invitations-received">
        {items.map((i) => (
          <InvitationItem key={i.id} invitation={i} onAnswered={setMessage} />
        ))}
      </ul>
    </section>
  );
}

function InvitationItem({
  invitation: i,
  onAnswered,
}: {
  invitation: ReceivedInvitation;
  onAnswered: (m: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const answer = useAnswerInvitation();
  // Taking part is a person's act of anyone who reads the register (policies.ts exercise 'take-part').
  const canAnswer = useCan('org:read') && i.exerciseStatus === 'planned';
  const respond = (response: 'accepted' | 'declined') =>
    answer
      .mutateAsync({ id: i.id, response })
      .then(() => onAnswered(t(`exercises.received.${response}`, { title: i.exerciseTitle })));
  return (
    <li className="utrecht-unordered-list__item">
      <strong>{i.exerciseTitle}</strong> — {t(`exercises.kinds.${i.kind}`)}, {formatDateTime(i.startsAt, locale)}
      <br />
      {t('exercises.received.facts', { organiser: i.organiser.name, scenario: i.scenarioTitle, role: i.role })}
      <br />
      <span data-testid="invitation-status">{t(`exercises.invitationStatuses.${i.status}`)}</span>{' '}
      {canAnswer && (
        <>
          {i.status !== 'accepted' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={answer.isPending}
              onClick={() => void respond('accepted')}
            >
              {t('exercises.received.accept', { title: i.exerciseTitle })}
            </button>
          )}{' '}
          {i.status !== 'declined' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              disabled={answer.isPending}
              onClick={() => void respond('declined')}
            >
              {t('exercises.received.decline', { title: i.exerciseTitle })}
            </button>
          )}
        </>
      )}
    </li>
  );
}
