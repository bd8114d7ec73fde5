import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { PAGE_TEXT_GROUPS, PAGE_TEXT_SECTIONS, type PageTexts } from '../src/i18n/page-texts.ts';

// The dictionaries stay one file per language (src/i18n/nl.json, en.json: one place to edit, one test for
// equal keys); this plugin cuts each into a main part and one part per page group (page-texts.ts), as
// virtual modules, so that each part is its own chunk:
//   virtual:dictionary/<locale>/<main | group>   the part's texts
//   virtual:dictionary/loaders                   { <locale>: { <main | group>: () => import(part) } }
const PREFIX = 'virtual:dictionary/';
const LOADERS = `${PREFIX}loaders`;
const LOCALES = ['nl', 'en'] as const;

function part(dictionary: Record<string, unknown>, group: 'main' | PageTexts): Record<string, unknown> {
  if (group !== 'main') return Object.fromEntries(PAGE_TEXT_SECTIONS[group].map((key) => [key, dictionary[key]]));
  const elsewhere = new Set<string>(Object.values(PAGE_TEXT_SECTIONS).flat());
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => !elsewhere.has(key)));
}

export function dictionarySections(webRoot: string): Plugin {
  return {
    name: 'weerbaar-dictionary-sections',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(1);
      if (name === LOADERS) {
        const groups = ['main', ...PAGE_TEXT_GROUPS];
        const perLocale = LOCALES.map(
          (locale) =>
            `${locale}: {${groups.map((g) => `${JSON.stringify(g)}: () => import(${JSON.stringify(`${PREFIX}${locale}/${g}`)})`).join(', ')}}`,
        );
        return `export default {${perLocale.join(', ')}};`;
      }
      const [locale, group] = name.slice(PREFIX.length).split('/') as [string, 'main' | PageTexts];
      const file = path.join(webRoot, 'src', 'i18n', `${locale}.json`);
      this.addWatchFile(file);
      const dictionary = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      // JSON.parse of a string literal is faster for the browser than an object literal of this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part(dictionary, group)))});`;
    },
  };
}
