import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json' with { type: 'json' };
import nl from '../src/i18n/nl.json' with { type: 'json' };

/** Every leaf key as a dotted path (`incident.stage.early_warning`), as i18next resolves them. */
function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

function difference(a: string[], b: string[]): string[] {
  const other = new Set(b);
  return a.filter((key) => !other.has(key)).sort();
}

describe('translations (packages/web/src/i18n)', () => {
  it('have exactly the same keys in nl.json and en.json', () => {
    const nlKeys = leafKeys(nl);
    const enKeys = leafKeys(en);
    expect({ missingInEn: difference(nlKeys, enKeys), missingInNl: difference(enKeys, nlKeys) }).toEqual({
      missingInEn: [],
      missingInNl: [],
    });
  });

  it('show no notes to the developers (unverified sources, references, TODOs) on any screen', () => {
    // Such notes belong in code comments and docs (issue 9 item 4); the same words as the scope texts' test.
    const note =
      /niet geverifieerd|\bunverified\b|from memory|uit het geheugen|in de referentie|in the reference|nis2-cer-reference|\bTODO\b|\bFIXME\b/i;
    const texts = (tree: unknown, prefix = ''): [string, string][] =>
      typeof tree === 'string'
        ? [[prefix, tree]]
        : Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
    const notes = [...texts(nl), ...texts(en)].filter(([, text]) => note.test(text)).map(([key]) => key);
    expect(notes).toEqual([]);
  });

  it('finds a key present on one side only', () => {
    expect(difference(leafKeys({ a: { b: 'x', c: 'y' } }), leafKeys({ a: { b: 'x' } }))).toEqual(['a.c']);
  });
});
