import { VALIDATION_CODES } from '@weerbaar/core/platform';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json' with { type: 'json' };
import nl from '../src/i18n/nl.json' with { type: 'json' };
import { translateValidation } from '../src/forms/messages.ts';
import { t, tEn } from './support/i18n.ts';

// Every code core defines (core/src/platform/validation-codes.ts) has a sentence in both languages: a new
// rule in core without its translation fails here, before a user meets the general "klopt niet".

const translated = (dictionary: { formErrors: { codes: Record<string, string> } }, code: string): boolean => {
  const codes = dictionary.formErrors.codes;
  return code in codes || (`${code}_one` in codes && `${code}_other` in codes);
};

describe('validation codes', () => {
  it.each(VALIDATION_CODES)('%s has a Dutch and an English sentence', (code) => {
    expect(translated(nl, code), 'nl.json formErrors.codes').toBe(true);
    expect(translated(en, code), 'en.json formErrors.codes').toBe(true);
  });

  it('the dictionaries hold no sentence for a code core does not define', () => {
    const known = new Set<string>(VALIDATION_CODES);
    const base = (key: string) => key.replace(/_(one|other|email|url|date|datetime)$/, '');
    expect(Object.keys(nl.formErrors.codes).filter((key) => !known.has(key) && !known.has(base(key)))).toEqual([]);
  });

  it.each(VALIDATION_CODES)('%s reads as a sentence, with its parameters filled in', (code) => {
    const params = { minimum: 3, maximum: 3, divisor: 3, other: 'startedAt', network: '192.0.2.0/24', format: 'email' };
    for (const [translate, generic] of [
      [t, t('formErrors.codes.invalid')],
      [tEn, tEn('formErrors.codes.invalid')],
    ] as const) {
      const sentence = translateValidation(code, params, translate, (name) =>
        name === 'startedAt' ? 'Begin' : undefined,
      );
      expect(sentence).not.toMatch(/formErrors|\{\{|startedAt/);
      if (code !== 'invalid') expect(sentence).not.toBe(generic);
    }
  });

  it('an unknown code gets the general sentence', () => {
    expect(translateValidation('brand_new_rule', {}, t)).toBe(t('formErrors.codes.invalid'));
  });
});
