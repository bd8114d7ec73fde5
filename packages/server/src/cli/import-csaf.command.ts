// `weerbaar import csaf PATH|URL [--org ID]`: imports CSAF 2.0 advisories from a file, a directory or a
// provider (provider-metadata.json, a ROLIE feed, or one advisory's URL; services/advisories/csaf-sources.ts,
// with the sha512 checks) into an organisation: --org, or the one authority organisation when there is
// exactly one. Prints one JSON line per advisory ({ source, ok, trackingId, outcome | errors }).
// Exit codes: 0 all imported (or unchanged), 1 any failed, 2 bad usage.
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { SYSTEM_ACTOR } from '../kernel/actor.ts';
import { findImportTargets } from '../repositories/advisory.repository.ts';
import { createDeps } from '../modules.ts';
import { fetchCsafProvider, readCsafPath, type CsafSource } from '../services/advisories/csaf-sources.ts';
import { importCsafAdvisory } from '../services/advisories/import-csaf-advisory.ts';

const USAGE = 'Usage: weerbaar import csaf PATH|URL [--org ORGANISATION_ID]\n';
const FETCH_TIMEOUT_MS = 30_000;

export async function run(args: string[]): Promise<number> {
  const orgFlag = args.indexOf('--org');
  const orgId = orgFlag >= 0 ? args[orgFlag + 1] : undefined;
  const rest = args.filter((_a, i) => orgFlag < 0 || (i !== orgFlag && i !== orgFlag + 1));
  if (rest.length !== 1 || (orgFlag >= 0 && !orgId)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const target = rest[0]!;
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const orgs = await findImportTargets(database.db, orgId);
    if (orgs.length !== 1) {
      process.stderr.write(
        orgId ? `no organisation ${orgId}\n` : 'name the organisation with --org (not exactly one authority)\n',
      );
      return 2;
    }
    const org = orgs[0]!;
    const sources: CsafSource[] = /^https?:\/\//.test(target)
      ? await fetchCsafProvider(target, (url) => fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }))
      : await readCsafPath(target);
    const deps = createDeps({ db: database.db, config });
    const ctx = { actor: SYSTEM_ACTOR, orgId: org.id, role: 'owner' as const, orgKind: org.kind };
    let ok = true;
    for (const s of sources) {
      if (s.error) {
        ok = false;
        process.stdout.write(`${JSON.stringify({ source: s.source, ok: false, errors: [s.error] })}\n`);
        continue;
      }
      try {
        const r = await importCsafAdvisory(deps, ctx, {
          document: s.document,
          sha512: s.sha512,
          source: s.fromProvider ? 'provider' : 'file',
          sourceUrl: s.fromProvider ? s.source : undefined,
        });
        process.stdout.write(
          `${JSON.stringify({ source: s.source, ok: true, trackingId: r.trackingId, tlp: r.tlp, outcome: r.outcome })}\n`,
        );
      } catch (error) {
        ok = false;
        const e = error as Error & { invalidParams?: { reason: string }[] };
        process.stdout.write(
          `${JSON.stringify({ source: s.source, ok: false, errors: [e.message, ...(e.invalidParams ?? []).map((p) => p.reason)] })}\n`,
        );
      }
    }
    return ok ? 0 : 1;
  } finally {
    await database.close();
  }
}
