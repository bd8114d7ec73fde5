// Known exploited vulnerabilities: the CVE ids of CISA's KEV catalogue (a copy of
// ../shared/standards/kev/known_exploited_vulnerabilities.json, CC0 1.0, reduced to the ids; catalogue
// version in kev-cves.json). An alert says "wordt actief misbruikt" when one of its CVEs is listed.
import { readFileSync } from 'node:fs';

interface KevFile {
  catalogVersion: string;
  dateReleased: string;
  cves: string[];
}

let cached: { version: string; cves: ReadonlySet<string> } | undefined;

export function knownExploited(): { version: string; cves: ReadonlySet<string> } {
  if (!cached) {
    const file = JSON.parse(readFileSync(new URL('./kev-cves.json', import.meta.url), 'utf8')) as KevFile;
    cached = { version: file.catalogVersion, cves: new Set(file.cves) };
  }
  return cached;
}

export const isKnownExploited = (cves: readonly string[]) => cves.some((c) => knownExploited().cves.has(c));
