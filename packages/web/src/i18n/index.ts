import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@weerbaar/core/platform';
import type en from './en.json';
import type nl from './nl.json';

// Both dictionaries must have exactly the same keys: each line fails to compile when the other file
// misses a key (test/i18n-keys.test.ts checks the same at run time).
type SameKeys<A extends B, B> = A;
export type Dictionary = SameKeys<typeof en, typeof nl> & SameKeys<typeof nl, typeof en>;

// Each language is its own chunk and only the one in use is fetched: a first visit carries one
// dictionary, not every language (issue 9: the first visit's transfer budget). i18next loads the other
// through this backend before `changeLanguage` resolves, so every call site stays a plain changeLanguage.
const DICTIONARIES: Record<Locale, () => Promise<{ default: Dictionary }>> = {
  nl: () => import('./nl.json'),
  en: () => import('./en.json'),
};

const dictionaryBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, done) {
    const load = DICTIONARIES[language as Locale];
    if (!load) return done(null, {});
    load().then(
      (module) => done(null, module.default as unknown as ResourceKey),
      (error: Error) => done(error, null),
    );
  },
};

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
  await i18next
    .use(dictionaryBackend)
    .use(initReactI18next)
    .init({
      lng: storedLocale(),
      // Both dictionaries hold every key, so there is nothing to fall back to; a fallback language
      // would make i18next fetch the second dictionary on every first visit.
      fallbackLng: false,
      supportedLngs: [...LOCALES],
      interpolation: { escapeValue: false }, // React escapes already
    });
  document.documentElement.lang = i18next.language;
}
