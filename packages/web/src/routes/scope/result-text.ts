// Plain-language names for what the scope API returns: classes per regime, input fields, answer values.
import type { Classification, ConditionalOutcome } from '@weerbaar/core/scope';
import type { TFunction } from 'i18next';
import type nl from '../../i18n/nl.json';

type Texts = (typeof nl)['scopeWizard'];
type FieldName = keyof Texts['fields'];
type ValueName = keyof Texts['values'];

const isField = (name: string, t: TFunction): name is FieldName =>
  t(`scopeWizard.fields.${name as FieldName}`) !== `scopeWizard.fields.${name}`;

/** 'flags.tld_name_registry' → "Register voor een topleveldomein"; unknown paths are shown as sent. */
export function fieldLabel(path: string, t: TFunction): string {
  const name = path.replace(/^flags\./, '');
  return isField(name, t) ? t(`scopeWizard.fields.${name}`) : path;
}

export function valueLabel(value: string | boolean | null, t: TFunction): string {
  const key = String(value) as ValueName;
  const text = t(`scopeWizard.values.${key}`);
  return text === `scopeWizard.values.${key}` ? String(value) : text;
}

/** "Omvang: middelgrote onderneming en Aangewezen als kritieke entiteit: ja". */
export function conditionText(when: ConditionalOutcome['when'], t: TFunction, and: string): string {
  const parts = Object.entries(when).map(([path, value]) => `${fieldLabel(path, t)}: ${valueLabel(value, t)}`);
  return parts.join(` ${and} `);
}

export function classLabel(regime: 'eu' | 'nl', classification: Classification, t: TFunction): string {
  return t(`scopeWizard.result.${regime}.${classification}`);
}
