import type { ApiToken } from '@weerbaar/core/platform';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveMembership } from '../../../auth/use-current-session.ts';
import { LiveMessage } from '../../../components/LiveMessage.tsx';
import { Page } from '../../../components/Page.tsx';
import { ApiTokensTable } from './ApiTokensTable.tsx';
import { CreateApiTokenForm } from './CreateApiTokenForm.tsx';
import { TokenSecret } from './TokenSecret.tsx';

export function ApiTokensPage() {
  const { t } = useTranslation();
  const { orgName } = useActiveMembership();
  const [message, setMessage] = useState<string>();
  // The secret lives only in this component's state: leaving the page forgets it for good.
  const [created, setCreated] = useState<ApiToken & { token: string }>();

  return (
    <Page title={t('apiTokens.title')} lead={t('apiTokens.intro', { org: orgName })}>
      <LiveMessage message={message} />
      {created && <TokenSecret token={created} onDone={() => setCreated(undefined)} />}
      <CreateApiTokenForm onCreated={setCreated} />
      <ApiTokensTable onDone={setMessage} />
    </Page>
  );
}
