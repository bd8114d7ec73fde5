import type { Problem } from '@weerbaar/core/platform';

/** One line (CSV) or component (SBOM) the import refused, with the reason as a text key and its values. */
export interface RefusedLine {
  /** 1-based line of the CSV file or position in the SBOM; 0 for the file as a whole. */
  line: number;
  key:
    | 'notJson'
    | 'notCycloneDx'
    | 'notSpdx'
    | 'assetColumnMissing'
    | 'assetMissing'
    | 'noSuchAsset'
    | 'needsIdentity'
    | 'other';
  values: Record<string, string>;
}

// The server's reasons (core advisories/inventory-import.ts, server import-inventory.ts), which are English
// for API clients, become a Dutch sentence here; an unknown reason falls back to a general sentence.
const REASONS: [RegExp, RefusedLine['key']][] = [
  [/^not JSON$/, 'notJson'],
  [/^not a CycloneDX JSON BOM$/, 'notCycloneDx'],
  [/^not an SPDX JSON document$/, 'notSpdx'],
  [/^column asset missing$/, 'assetColumnMissing'],
  [/^asset missing$/, 'assetMissing'],
  [/^no asset named (?<name>.*)$/, 'noSuchAsset'],
  [
    /^(?:(?:component|package) (?<name>.*): )?needs cpe, purl, or (?:vendor and product|supplier and name)$/,
    'needsIdentity',
  ],
];

/** The Dutch text key of one of the server's reasons, with its values. */
function reasonOf(line: number, reason: string): RefusedLine {
  const found = REASONS.map(([re, key]) => ({ key, match: re.exec(reason) })).find((r) => r.match);
  const values = Object.fromEntries(
    Object.entries(found?.match?.groups ?? {}).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return { line, key: found?.key ?? 'other', values };
}

/** The refused lines of an import that imported the good lines, in line order. */
export function refusedOfResult(refused: readonly { line: number; reason: string }[]): RefusedLine[] {
  return refused.map((r) => reasonOf(r.line, r.reason)).sort((a, b) => a.line - b.line);
}

/**
 * The refused lines of an inventory import of which no line could be imported (a 400 whose invalid params are named
 * `body.content.<line>`), in line order. Empty when the answer is about something else.
 */
export function refusedLines(problem: Problem | undefined): RefusedLine[] {
  const lines: RefusedLine[] = [];
  for (const param of problem?.invalidParams ?? []) {
    const m = /^body\.content\.(\d+)$/.exec(param.name);
    if (!m) continue;
    lines.push(reasonOf(Number(m[1]), param.reason));
  }
  return lines.sort((a, b) => a.line - b.line);
}

/** Which format a chosen file is, by its name and first characters: CSV, CycloneDX or SPDX JSON. */
export function guessFormat(fileName: string, text: string): 'csv' | 'cyclonedx' | 'spdx' {
  const head = text.slice(0, 4000);
  if (/"bomFormat"\s*:\s*"CycloneDX"/.test(head)) return 'cyclonedx';
  if (/"spdxVersion"\s*:/.test(head)) return 'spdx';
  if (/\.json$/i.test(fileName) && /cdx|cyclonedx/i.test(fileName)) return 'cyclonedx';
  if (/\.json$/i.test(fileName) && /spdx/i.test(fileName)) return 'spdx';
  return 'csv';
}
