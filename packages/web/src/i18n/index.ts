import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@weerbaar/core/platform';
import en from './en.json';
import nl from './nl.json';

// Both dictionaries must have exactly the same keys: each assignment fails to compile when the
// other file misses a key.
const enChecked: typeof nl = en;
const nlChecked: typeof en = nl;

export const resources = { nl: { translation: nlChecked }, en: { translation: enChecked } } as const;
export const LOCALES = ['nl', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'nl';
const STORAGE_KEY = 'weerbaar.locale';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (privacy settings); Dutch is then simply the default each visit.
    return DEFAULT_LOCALE;
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : DEFAULT_LOCALE;
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    /* see storedLocale */
  }
});

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLocale(),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false }, // React escapes already
  });
  document.documentElement.lang = i18next.language;
}
