import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedInvitation } from '../../../api/invitations.ts';
import { Alert } from '../../../components/Alert.tsx';
import { CopyButton } from '../../../components/CopyButton.tsx';
import { CreateInvitationForm } from './CreateInvitationForm.tsx';
import { InvitationsTable } from './InvitationsTable.tsx';

export function InvitationsSection({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatedInvitation>();

  return (
    <section className="weerbaar-section" aria-labelledby="invitations-heading">
      <h2 className="utrecht-heading-2" id="invitations-heading">
        {t('invitations.title')}
      </h2>
      <InvitationsTable onDone={onDone} />
      {created && <InvitationLink invitation={created} />}
      <CreateInvitationForm onCreated={setCreated} />
    </section>
  );
}

/** Mail is not configured yet, so the inviter gets the link to pass on; it is shown only now. */
function InvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const { t } = useTranslation();
  const url = new URL(invitation.acceptUrl, window.location.origin).toString();
  return (
    <Alert type="ok" live="status" headingLevel={3} heading={t('invitations.created', { email: invitation.email })}>
      <p className="utrecht-paragraph">{t('invitations.linkHint', { email: invitation.email })}</p>
      <p className="utrecht-paragraph weerbaar-secret">
        <span className="weerbaar-secret__label">{t('invitations.linkLabel')}:</span>{' '}
        <code className="utrecht-code weerbaar-secret__value" data-testid="invitation-link">
          {url}
        </code>
      </p>
      <CopyButton value={url} />
    </Alert>
  );
}
