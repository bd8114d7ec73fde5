import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { purgeUnusedCss } from '../build/purge-unused-css.ts';

const WEB = path.resolve(import.meta.dirname, '..');
const COMPONENTS = path.resolve(WEB, '../../node_modules/@utrecht/component-library-css/dist/index.css');
const CLASS = /\.([A-Za-z0-9_-]+)/g;

/** Every class name the sources mention (also the prefix of one built at run time). */
function classesInSources(): Set<string> {
  const src = path.join(WEB, 'src');
  const text = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(path.join(src, f), 'utf8'))
    .join('\n');
  return new Set(text.match(/utrecht-[A-Za-z0-9_-]+/g) ?? []);
}

/**
 * Selectors of the rules in `css`; with `stylingOnly`, of rules that style something themselves (a rule
 * that only sets custom properties is rightly dropped when nothing reads them).
 */
function selectorsOf(css: string, stylingOnly = false): string[] {
  const selectors: string[] = [];
  postcss.parse(css).walkRules((rule: Rule) => {
    const styles = rule.nodes.some((n) => n.type === 'decl' && !n.prop.startsWith('--'));
    if (styles || !stylingOnly) selectors.push(...rule.selectors);
  });
  return selectors;
}

/** Only classes, pseudo-classes and combinators: no element names the app may never render. */
const isClassSelector = (selector: string) =>
  selector.replace(/\.[A-Za-z0-9_-]+|:[a-z-]+(\([^)]*\))?|[\s>+~]/g, '') === '';

describe('dropping unused design-system CSS (build/purge-unused-css.ts)', async () => {
  const original = readFileSync(COMPONENTS, 'utf8');
  const result = await postcss([purgeUnusedCss(WEB)]).process(`${original}`, {
    from: path.join(WEB, 'src/styles/design-system.css'),
  });
  const kept = new Set(selectorsOf(result.css));
  const used = classesInSources();

  it('keeps every styling rule whose classes the app uses', () => {
    const needed = selectorsOf(original, true).filter((selector) => {
      const classes = [...selector.matchAll(CLASS)].map((m) => m[1]!);
      return isClassSelector(selector) && classes.length > 0 && classes.every((c) => used.has(c));
    });
    expect(needed.length).toBeGreaterThan(50);
    expect(needed.filter((s) => !kept.has(s))).toEqual([]);
  });

  it('keeps the modifiers of a class built at run time (utrecht-alert--${type})', () => {
    expect([...kept].some((s) => s.includes('.utrecht-alert--error'))).toBe(true);
    expect([...kept].some((s) => s.includes('.utrecht-heading-3'))).toBe(true);
  });

  it('drops components the app never uses', () => {
    expect(used.has('utrecht-calendar')).toBe(false);
    expect(original).toContain('.utrecht-calendar');
    expect(result.css).not.toContain('.utrecht-calendar');
    expect(result.css.length).toBeLessThan(original.length / 2);
  });

  it('leaves other style sheets alone', async () => {
    const other = await postcss([purgeUnusedCss(WEB)]).process('.utrecht-calendar { color: red }', {
      from: path.join(WEB, 'src/styles/layout.css'),
    });
    expect(other.css).toBe('.utrecht-calendar { color: red }');
  });
});
