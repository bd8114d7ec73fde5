import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '@weerbaar/core/platform';
import { Alert } from '../../../components/Alert.tsx';
import { CreateInvitationForm } from './CreateInvitationForm.tsx';
import { InvitationsTable } from './InvitationsTable.tsx';

export function InvitationsSection({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<Invitation>();

  return (
    <section className="weerbaar-section" aria-labelledby="invitations-heading">
      <h2 className="utrecht-heading-2" id="invitations-heading">
        {t('invitations.title')}
      </h2>
      <InvitationsTable onDone={onDone} />
      {created && <InvitationSent invitation={created} />}
      <CreateInvitationForm onCreated={setCreated} />
    </section>
  );
}

/**
 * The link travels only by e-mail to the invitee: whoever holds it can create the account, so the
 * inviter never sees it.
 */
function InvitationSent({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  return (
    <Alert type="ok" live="status" headingLevel={3} heading={t('invitations.created', { email: invitation.email })}>
      <p className="utrecht-paragraph">{t('invitations.mailedHint', { email: invitation.email })}</p>
    </Alert>
  );
}
