import i18next, { type TFunction } from 'i18next';
import en from '../../src/i18n/en.json';
import nl from '../../src/i18n/nl.json';

// The app's own dictionaries, so a test reads the sentence a user reads and a missing key shows.
const instance = i18next.createInstance();
await instance.init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
});

export const t: TFunction = instance.getFixedT('nl');
export const tEn: TFunction = instance.getFixedT('en');
