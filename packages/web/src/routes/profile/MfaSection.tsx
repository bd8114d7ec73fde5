import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../auth/use-current-session.ts';
import { MfaDisableForm } from './MfaDisableForm.tsx';
import { MfaEnrolment } from './MfaEnrolment.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';

/** MFA off → set up (QR, code) → recovery codes shown once → MFA on → can be turned off. */
export function MfaSection({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();

  let body;
  if (recoveryCodes) body = <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(undefined)} />;
  else if (user.mfaEnabled)
    body = (
      <>
        <p className="utrecht-paragraph">{t('profile.mfaOn')}</p>
        <MfaDisableForm onDone={onDone} />
      </>
    );
  else
    body = (
      <>
        <p className="utrecht-paragraph">{t('profile.mfaOff')}</p>
        <MfaEnrolment onActivated={setRecoveryCodes} />
      </>
    );

  return (
    <section className="weerbaar-section" aria-labelledby="mfa" id="mfa-section">
      <h2 className="utrecht-heading-2" id="mfa" tabIndex={-1}>
        {t('profile.mfaTitle')}
      </h2>
      {body}
    </section>
  );
}
