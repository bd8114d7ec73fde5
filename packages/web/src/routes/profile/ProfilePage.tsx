import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../auth/use-current-session.ts';
import { Alert } from '../../components/Alert.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { MfaSection } from './MfaSection.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { ProfileDetailsForm } from './ProfileDetailsForm.tsx';

export function ProfilePage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string>();
  const { mfaEnrolmentRequired } = useCurrentSession();
  return (
    <Page title={t('profile.title')}>
      {mfaEnrolmentRequired && (
        <Alert type="warning" heading={t('profile.mfaRequiredTitle')} testId="mfa-enrolment-required">
          <p className="utrecht-paragraph">{t('profile.mfaRequiredText')}</p>
          <p className="utrecht-paragraph">{t('profile.mfaRequiredHow', { section: t('profile.mfaTitle') })}</p>
        </Alert>
      )}
      <LiveMessage message={message} />
      <ProfileDetailsForm onDone={setMessage} />
      <PasswordForm onDone={setMessage} />
      <MfaSection onDone={setMessage} />
    </Page>
  );
}
