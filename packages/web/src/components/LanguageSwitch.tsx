import { useQueryClient } from '@tanstack/react-query';
import type { Locale, Session } from '@weerbaar/core/platform';
import { useTranslation } from 'react-i18next';
import { sessionKey } from '../api/keys.ts';
import { useUpdateProfile } from '../api/profile.ts';
import { currentLocale } from '../i18n/index.ts';

/**
 * One button that offers the other language, labelled in that language (as GOV.UK and
 * overheid.nl do). The choice is kept in localStorage and, when signed in, on the user's profile.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const updateProfile = useUpdateProfile();
  const next: Locale = currentLocale() === 'nl' ? 'en' : 'nl';

  function switchLanguage() {
    void i18n.changeLanguage(next);
    const session = queryClient.getQueryData<Session | null>(sessionKey);
    if (session && !session.mfaPending) updateProfile.mutate({ locale: next });
  }

  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle weerbaar-language"
      lang={next}
      onClick={switchLanguage}
    >
      {t('language.switchTo')}
    </button>
  );
}
