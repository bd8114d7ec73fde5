// What the public CSAF provider serves (routes/advisories/csaf-provider.routes.ts): the authority's
// TLP:CLEAR advisories as files of a directory distribution and a ROLIE feed (CSAF §7.1.13–7.1.18). The
// listings read only what they name (tracking id, title, dates), never the documents; one file is read by
// its name. The text served is the stored document's canonical JSON text and its .sha512 is computed by
// the database from that same text, so the hash always matches the bytes a client receives.
import type { Db } from '../../db/database.ts';
import {
  findAuthorityName,
  findPublicAdvisoryFiles,
  listPublicFeedEntries,
  publicFeedStamp,
  type PublicFeedRow,
} from '../../repositories/advisory.repository.ts';

/** §5.1: the file name is the tracking id in lower case, every character other than [+\-a-z0-9] as "_". */
export const csafFileName = (trackingId: string) => `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;

export interface PublicCsafEntry {
  /** `<year of initial release>/<file name>` (§7.1.13 folder per year). */
  path: string;
  trackingId: string;
  title: string;
  /** The current release date (changes.csv, ROLIE `updated`). */
  updated: Date;
  /** The initial release date (ROLIE `published`). */
  published: Date;
}

function entryOf(r: PublicFeedRow): PublicCsafEntry {
  const published = new Date(r.initial_release_date ?? r.current_release_date.toISOString());
  const year = Number.isNaN(published.getTime()) ? r.current_release_date.getUTCFullYear() : published.getUTCFullYear();
  return {
    path: `${year}/${csafFileName(r.tracking_id)}`,
    trackingId: r.tracking_id,
    title: r.title,
    updated: r.current_release_date,
    published: Number.isNaN(published.getTime()) ? r.current_release_date : published,
  };
}

/** The feed's entries, newest release first. */
export async function publicCsafEntries(db: Db): Promise<PublicCsafEntry[]> {
  return (await listPublicFeedEntries(db)).map(entryOf);
}

/**
 * The feed's version for HTTP caching: an ETag that changes when an advisory is added, replaced, narrowed
 * or removed (count and newest change), and the newest change as Last-Modified.
 */
export async function publicCsafStamp(db: Db): Promise<{ etag: string; lastModified: Date }> {
  const { count, newest } = await publicFeedStamp(db);
  const lastModified = newest ?? new Date(0);
  return { etag: `"csaf-${count}-${lastModified.getTime().toString(36)}"`, lastModified };
}

/** One file (`<year>/<name>.json`) and its .sha512 line, or undefined when the feed holds no such file. */
export async function publicCsafFile(
  db: Db,
  path: string,
  part: 'text' | 'sha512',
): Promise<{ body: string; updated: Date } | undefined> {
  const name = path.split('/')[1] ?? '';
  if (!name.endsWith('.json')) return undefined;
  const rows = await findPublicAdvisoryFiles(db, name.slice(0, -'.json'.length), part);
  const row = rows.find((r) => entryOf(r).path === path);
  if (!row) return undefined;
  return { body: part === 'text' ? row.text! : `${row.sha512!}  ${name}\n`, updated: row.updated_at };
}

export async function providerPublisherName(db: Db): Promise<string> {
  return (await findAuthorityName(db)) ?? 'Weerbaar';
}
