import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveMembership } from '../../../auth/use-current-session.ts';
import { LiveMessage } from '../../../components/LiveMessage.tsx';
import { Page } from '../../../components/Page.tsx';
import { InvitationsSection } from './InvitationsSection.tsx';
import { MembersTable } from './MembersTable.tsx';
import { MfaRequirementSection } from './MfaRequirementSection.tsx';

export function MembersPage() {
  const { t } = useTranslation();
  const { orgName, role } = useActiveMembership();
  const [message, setMessage] = useState<string>();

  return (
    <Page title={t('members.title')} lead={t('members.intro', { org: orgName })}>
      <LiveMessage message={message} />
      <MembersTable onDone={setMessage} />
      <InvitationsSection onDone={setMessage} />
      {(role === 'owner' || role === 'admin') && <MfaRequirementSection onDone={setMessage} />}
    </Page>
  );
}
