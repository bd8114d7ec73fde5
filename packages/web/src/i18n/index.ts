import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@weerbaar/core/platform';
import loaders from 'virtual:dictionary/loaders';
import type { PageTexts } from './page-texts.ts';

// Each language is cut into a main part and one part per page group (build/dictionary-sections.ts), each
// its own chunk: a first visit fetches the main part of one language only (issue 9: the first visit's
// transfer budget), a page group's texts come when one of its pages opens (`loadPageTexts`). On a change of
// language i18next asks this backend for the new language, which fetches the main part and every page
// group loaded so far, so every call site stays a plain `changeLanguage`.
const loadedGroups = new Set<PageTexts>();

async function dictionaryOf(locale: Locale, groups: readonly ('main' | PageTexts)[]): Promise<ResourceKey> {
  const parts = await Promise.all(groups.map((group) => loaders[locale][group]()));
  return Object.assign({}, ...parts.map((part) => part.default)) as ResourceKey;
}

const dictionaryBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, done) {
    if (!isLocale(language)) return done(null, {});
    dictionaryOf(language, ['main', ...loadedGroups]).then(
      (dictionary) => done(null, dictionary),
      (error: Error) => done(error, null),
    );
  },
};

/** Fetches the texts of a page group (page-texts.ts) before one of its pages renders; at most once. */
export async function loadPageTexts(group: PageTexts): Promise<void> {
  if (loadedGroups.has(group)) return;
  // Marked first: a change of language while this loads then fetches the group for the new language too.
  loadedGroups.add(group);
  const locale = currentLocale();
  try {
    i18next.addResourceBundle(locale, 'translation', await dictionaryOf(locale, [group]), true, true);
  } catch (error) {
    loadedGroups.delete(group);
    throw error;
  }
}

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
