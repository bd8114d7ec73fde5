import 'i18next';
import type nl from './nl.json';

// Typed keys: t('…') with a key that is missing from nl.json fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
