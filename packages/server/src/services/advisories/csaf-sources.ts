// Where CSAF 2.0 advisories come from (issue 14 item 4): a file, a directory, or a provider. A provider is
// found through its provider-metadata.json (CSAF §7.1.7) and lists its advisories in ROLIE feeds (§7.1.21)
// or in a directory with index.txt / changes.csv (§7.1.13, §7.1.14). Every advisory fetched from a
// provider is checked against its SHA-512 file (§7.1.18, `<file>.sha512`); a file on disk is checked
// against a `.sha512` beside it when there is one. A document whose hash does not match is not imported.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface CsafSource {
  /** The file path or URL it came from. */
  source: string;
  /** Parsed JSON, or undefined when it could not be read (see error). */
  document?: unknown;
  sha512: string;
  error?: string;
  fromProvider: boolean;
}

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export const sha512Of = (text: string) => createHash('sha512').update(text, 'utf8').digest('hex');

/** A `.sha512` file holds the hex digest, optionally followed by the file name (sha512sum format). */
function expectedHash(file: string): string {
  return file.trim().split(/\s+/)[0]!.toLowerCase();
}

function parse(source: string, text: string, fromProvider: boolean, expected?: string): CsafSource {
  const sha512 = sha512Of(text);
  if (expected !== undefined && expected !== sha512) {
    return { source, sha512, fromProvider, error: 'sha512 does not match the published hash' };
  }
  try {
    return { source, sha512, fromProvider, document: JSON.parse(text) as unknown };
  } catch (error) {
    return { source, sha512, fromProvider, error: `not JSON: ${(error as Error).message}` };
  }
}

async function readLocalFile(file: string): Promise<CsafSource> {
  const text = await readFile(file, 'utf8');
  let expected: string | undefined;
  try {
    expected = expectedHash(await readFile(`${file}.sha512`, 'utf8'));
  } catch {
    expected = undefined;
  }
  return parse(file, text, false, expected);
}

async function listJsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listJsonFiles(full)));
    else if (entry.name.endsWith('.json') && !/^(provider-metadata|aggregator)/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** One file, or every advisory (*.json) in a directory and its subdirectories. */
export async function readCsafPath(target: string): Promise<CsafSource[]> {
  if ((await stat(target)).isDirectory()) {
    const out: CsafSource[] = [];
    for (const file of await listJsonFiles(target)) out.push(await readLocalFile(file));
    return out;
  }
  return [await readLocalFile(target)];
}

async function fetchText(fetcher: Fetcher, url: string): Promise<string> {
  const res = await fetcher(url);
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  return res.text();
}

async function fetchAdvisory(fetcher: Fetcher, url: string, hashUrl = `${url}.sha512`): Promise<CsafSource> {
  try {
    const text = await fetchText(fetcher, url);
    let expected: string;
    try {
      expected = expectedHash(await fetchText(fetcher, hashUrl));
    } catch (error) {
      // A provider must publish the hash (§7.1.18); without it the document's integrity is unknown.
      return {
        source: url,
        sha512: sha512Of(text),
        fromProvider: true,
        error: `no sha512: ${(error as Error).message}`,
      };
    }
    return parse(url, text, true, expected);
  } catch (error) {
    return { source: url, sha512: '', fromProvider: true, error: (error as Error).message };
  }
}

interface ProviderMetadata {
  distributions?: { directory_url?: string; rolie?: { feeds?: { url: string; tlp_label?: string }[] } }[];
}
interface RolieFeed {
  feed?: { entry?: { content?: { src?: string }; link?: { rel: string; href: string }[] }[] };
}

/** The advisory URLs one directory distribution lists: index.txt, else changes.csv. */
async function directoryUrls(fetcher: Fetcher, directoryUrl: string): Promise<string[]> {
  const base = directoryUrl.endsWith('/') ? directoryUrl : `${directoryUrl}/`;
  let lines: string[];
  try {
    lines = (await fetchText(fetcher, `${base}index.txt`)).split('\n');
  } catch {
    // changes.csv: "path","timestamp" per line.
    lines = (await fetchText(fetcher, `${base}changes.csv`)).split('\n').map((l) => l.split(',')[0]!.replace(/"/g, ''));
  }
  return lines
    .map((l) => l.trim())
    .filter((l) => l.endsWith('.json'))
    .map((l) => new URL(l, base).toString());
}

/**
 * Every advisory of a provider, or the one advisory a URL names. Feeds and directories that list the same
 * advisory are read once.
 */
export async function fetchCsafProvider(url: string, fetcher: Fetcher): Promise<CsafSource[]> {
  const text = await fetchText(fetcher, url);
  const json = JSON.parse(text) as ProviderMetadata & RolieFeed & { document?: unknown };
  if (json.document) return [await fetchAdvisory(fetcher, url)];
  const targets = new Map<string, string | undefined>();
  if (json.feed) {
    for (const e of json.feed.entry ?? []) addEntry(targets, e, url);
  }
  for (const d of json.distributions ?? []) {
    if (d.directory_url) {
      for (const u of await directoryUrls(fetcher, new URL(d.directory_url, url).toString())) targets.set(u, undefined);
    }
    for (const f of d.rolie?.feeds ?? []) {
      const feedUrl = new URL(f.url, url).toString();
      const feed = JSON.parse(await fetchText(fetcher, feedUrl)) as RolieFeed;
      for (const e of feed.feed?.entry ?? []) addEntry(targets, e, feedUrl);
    }
  }
  const out: CsafSource[] = [];
  for (const [u, hash] of targets) out.push(await fetchAdvisory(fetcher, u, hash));
  return out;
}

function addEntry(
  targets: Map<string, string | undefined>,
  e: NonNullable<NonNullable<RolieFeed['feed']>['entry']>[number],
  base: string,
) {
  const src = e.content?.src ?? e.link?.find((l) => l.rel === 'self')?.href;
  if (!src) return;
  const hash = e.link?.find((l) => l.rel === 'hash')?.href;
  targets.set(new URL(src, base).toString(), hash ? new URL(hash, base).toString() : undefined);
}
