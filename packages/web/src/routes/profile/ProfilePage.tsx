import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { MfaSection } from './MfaSection.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { ProfileDetailsForm } from './ProfileDetailsForm.tsx';

export function ProfilePage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string>();
  return (
    <Page title={t('profile.title')}>
      <LiveMessage message={message} />
      <ProfileDetailsForm onDone={setMessage} />
      <PasswordForm onDone={setMessage} />
      <MfaSection onDone={setMessage} />
    </Page>
  );
}
