import { EU_MEMBER_STATES } from '@weerbaar/core/registration';
import type { Locale } from '@weerbaar/core/platform';

// Every list of countries on screen goes through here: named in the reader's language and sorted by that
// name as the reader's language sorts (Intl.Collator), so "België" comes before "Oostenrijk" (AT) in Dutch
// and "Austria" before "Belgium" in English. The catalogue itself stays in ISO code order.

const DUTCH_NAMES: ReadonlyMap<string, string> = new Map(EU_MEMBER_STATES.map((m) => [m.code, m.nl]));
const englishNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const collators: Record<Locale, Intl.Collator> = {
  nl: new Intl.Collator('nl', { sensitivity: 'base' }),
  en: new Intl.Collator('en', { sensitivity: 'base' }),
};

/** A country's name in the given language (ISO 3166-1 alpha-2); an unknown code is shown as it is. */
export function countryName(code: string, locale: Locale): string {
  if (locale === 'nl') return DUTCH_NAMES.get(code) ?? code;
  return englishNames.of(code) ?? code;
}

export interface CountryOption {
  value: string;
  label: string;
}

/** Options for a picker, by name in the reader's language; defaults to the 27 EU Member States. */
export function countryOptions(
  locale: Locale,
  codes: readonly string[] = EU_MEMBER_STATES.map((m) => m.code),
): CountryOption[] {
  return codes
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => collators[locale].compare(a.label, b.label));
}

/** "België, Duitsland, Nederland": the names of the given countries, sorted, for running text and cells. */
export function countryList(codes: readonly string[], locale: Locale): string {
  return countryOptions(locale, codes)
    .map((o) => o.label)
    .join(', ');
}
