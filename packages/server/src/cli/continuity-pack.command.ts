// `weerbaar continuity pack --org <name|slug|id> --out DIR`: makes an offline pack of the organisation's
// plans in force and writes it as PDF and as one static HTML file into DIR, for printing and for a USB
// stick. The pack is recorded like one made from the web (via 'cli'), so the reminder to print again knows.
import { access, constants, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open-database.ts';
import type { Pack } from '@weerbaar/core/continuity';
import type { OrgActor } from '../kernel/actor.ts';
import type { Deps } from '../kernel/deps.ts';
import { createDeps } from '../modules.ts';
import { listOrganisationNames } from '../repositories/continuity-plan.repository.ts';
import { renderPackHtml } from '../services/continuity/continuity-pack-html.ts';
import { renderPackPdf } from '../services/continuity/continuity-pack-pdf.ts';
import { loadPackDocument, packFileName } from '../services/continuity/continuity-plan-queries.ts';
import { makeContinuityPack } from '../services/continuity/make-continuity-pack.ts';

const USAGE = 'Usage: weerbaar continuity pack --org <name, slug or id> --out DIR\n';

/** "Ziekenhuis Rivierenland" → "ziekenhuis-rivierenland". */
export const slugOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function parseArgs(args: string[]): { org: string; out: string } | null {
  // The dispatcher took "continuity pack" off already.
  const rest = args;
  const values: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i];
    const value = rest[i + 1];
    if ((key !== '--org' && key !== '--out') || value === undefined) return null;
    values[key] = value;
  }
  return values['--org'] && values['--out'] ? { org: values['--org'], out: values['--out'] } : null;
}

/**
 * Finds the organisation (an entity, by id, name or slug), records a pack of its plans in force and writes
 * the PDF and the HTML file into `out`.
 */
export async function writeContinuityPack(
  deps: Deps,
  orgArg: string,
  out: string,
): Promise<{ error: string } | { organisation: string; pack: Pack; files: string[] }> {
  const wanted = orgArg.toLowerCase();
  const matches = (await listOrganisationNames(deps.db)).filter(
    (o) => o.kind === 'entity' && (o.id === wanted || o.name.toLowerCase() === wanted || slugOf(o.name) === wanted),
  );
  if (matches.length === 0) return { error: `no organisation '${orgArg}'` };
  if (matches.length > 1) return { error: `'${orgArg}' names ${matches.length} organisations; use the id` };
  const org = matches[0]!;
  // The operator of the installation acts for the organisation: printing is reading (org:read).
  const ctx: OrgActor = {
    actor: { type: 'system', label: 'weerbaar continuity pack (CLI)', orgId: null, role: null, orgKind: null },
    orgId: org.id,
    role: 'owner',
    orgKind: 'entity',
  };
  // The folder first: a pack is recorded as printed only when its files can be written (a USB stick that
  // is not mounted or read-only must not silence the reminder to print again).
  await mkdir(out, { recursive: true });
  await access(out, constants.W_OK);
  const pack = await makeContinuityPack(deps, ctx, { via: 'cli' });
  const doc = await loadPackDocument(deps.db, ctx, pack.id);
  const pdfPath = path.join(out, packFileName(pack, 'pdf'));
  const htmlPath = path.join(out, packFileName(pack, 'html'));
  await writeFile(pdfPath, await renderPackPdf(doc));
  await writeFile(htmlPath, renderPackHtml(doc));
  return { organisation: org.name, pack, files: [pdfPath, htmlPath] };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const result = await writeContinuityPack(createDeps({ db: database.db, config }), parsed.org, parsed.out);
    if ('error' in result) {
      process.stderr.write(`weerbaar continuity pack: ${result.error}\n`);
      return 1;
    }
    process.stdout.write(
      `Noodpakket versie ${result.pack.packVersion} van ${result.organisation}: ${result.pack.plans.length} plannen\n${result.files.join('\n')}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
