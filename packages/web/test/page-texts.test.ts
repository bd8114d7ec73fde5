import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nl from '../src/i18n/nl.json' with { type: 'json' };
import { PAGE_TEXT_GROUPS, PAGE_TEXT_SECTIONS, type PageTexts } from '../src/i18n/page-texts.ts';

// A page group's texts are fetched only when one of its routes opens (router.tsx). A file outside the
// group's folder that uses them — itself or through what it imports — would show raw keys. This walks
// the static imports of every file outside the folder and fails on any such use.
const SRC = path.join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const files = sourceFiles(SRC);
const text = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

/**
 * Relative imports (`import … from './x'`, `export … from './x'`, `import('./x')`). A lazy `import('./x')`
 * counts too, except in the route tables (router.tsx, *-routes.tsx): only there do the group's loaders
 * fetch the texts first.
 */
function importsOf(file: string): string[] {
  const source = text.get(file) ?? '';
  const found = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)];
  if (!/(?:^|[\\/])(?:router|[\w-]+-routes)\.tsx$/.test(file)) found.push(...source.matchAll(/import\('(\.[^']+)'\)/g));
  return found.map((match) => path.resolve(path.dirname(file), match[1] ?? '')).filter((target) => text.has(target));
}

function reachedFrom(start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...importsOf(file));
  }
  return seen;
}

const usesSection = (file: string, section: string) => new RegExp(`['"\`]${section}\\.`).test(text.get(file) ?? '');

const folderOf = (group: PageTexts) => path.join(SRC, 'routes', group) + path.sep;

describe('page texts', () => {
  it('name existing dictionary sections, each in one group only', () => {
    const sections = Object.values(PAGE_TEXT_SECTIONS).flat();
    for (const section of sections) expect(Object.keys(nl)).toContain(section);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('are used only by the pages that fetch them', () => {
    const leaks: string[] = [];
    for (const group of PAGE_TEXT_GROUPS) {
      const outside = files.filter((file) => !file.startsWith(folderOf(group)));
      for (const start of outside) {
        for (const reached of reachedFrom(start)) {
          for (const section of PAGE_TEXT_SECTIONS[group]) {
            if (usesSection(reached, section))
              leaks.push(
                `${path.relative(SRC, start)} reaches ${path.relative(SRC, reached)}, which uses '${section}.'`,
              );
          }
        }
      }
    }
    expect([...new Set(leaks)]).toEqual([]);
  });

  it("are fetched by every route into a group's folder (the route object that lazily loads its page or mounts its route table)", () => {
    const lines = (text.get(path.join(SRC, 'routes', 'router.tsx')) ?? '').split('\n');
    // Route tables imported from a group's folder: `import { riskRoutes } from './risk/risk-routes.tsx'`.
    const tables = new Map<string, string>();
    for (const line of lines) {
      const table = /^import \{ (\w+Routes) \} from '\.\/([\w-]+)\//.exec(line);
      if (table) tables.set(table[1] ?? '', table[2] ?? '');
    }
    const missing: string[] = [];
    lines.forEach((line, i) => {
      const lazy = /import\('\.\/([\w-]+)\//.exec(line)?.[1];
      const mounted = /children: (\w+Routes)/.exec(line)?.[1];
      const folder = lazy ?? (mounted ? tables.get(mounted) : undefined);
      if (!folder || !(PAGE_TEXT_GROUPS as string[]).includes(folder)) return;
      // The route object's other fields stand within three lines of this one.
      const around = lines.slice(Math.max(0, i - 3), i + 4).join('\n');
      if (!around.includes(`pageTexts('${folder}')`)) missing.push(`router.tsx:${i + 1} (${folder})`);
    });
    expect(missing).toEqual([]);
  });
});
