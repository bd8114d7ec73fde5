// What the public CSAF provider serves (routes/advisories/csaf-provider.routes.ts): the authority's
// TLP:CLEAR advisories as files of a directory distribution (CSAF §7.1.13–7.1.18). The text served is
// the stored document serialised once per request; its .sha512 is computed from that same text, so the
// hash always matches the bytes a client receives.
import type { Db } from '../../db/database.ts';
import { findAuthorityName, listPublicAdvisories } from '../../repositories/advisory.repository.ts';

/** §5.1: the file name is the tracking id in lower case, every character other than [+\-a-z0-9] as "_". */
export const csafFileName = (trackingId: string) => `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;

export interface PublicCsafFile {
  /** `<year of initial release>/<file name>` (§7.1.13 folder per year). */
  path: string;
  text: string;
  updated: Date;
}

export async function publicCsafFiles(db: Db): Promise<PublicCsafFile[]> {
  const rows = await listPublicAdvisories(db);
  return rows.map((r) => {
    const tracking = (r.document.document as { tracking?: { initial_release_date?: string } } | undefined)?.tracking;
    const year = new Date(tracking?.initial_release_date ?? r.current_release_date.toISOString()).getUTCFullYear();
    return {
      path: `${year}/${csafFileName(r.tracking_id)}`,
      text: JSON.stringify(r.document),
      updated: r.current_release_date,
    };
  });
}

export async function providerPublisherName(db: Db): Promise<string> {
  return (await findAuthorityName(db)) ?? 'Weerbaar';
}
