// `weerbaar continuity pack --org … --out DIR`: finds the organisation by name, slug or id, records the pack
// (via 'cli') like the button does, and writes the PDF and the static HTML of the approved plans.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugOf, writeContinuityPack } from '../../src/cli/continuity-pack.command.ts';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { buildTestApp } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

describe('weerbaar continuity pack', () => {
  it('writes the pack of the approved plans and records it, by slug; refuses an unknown organisation', async () => {
    const app = await buildTestApp(t.db);
    const org = await createTestOrg(t.db, 'Waterbedrijf Pakket Één', 'entity', ['owner']);
    const owner = await signedIn(app, org, 'owner');
    const service = (await owner.post('/api/v1/assets', { name: 'Drinkwater', kind: 'service' })).json().id;
    const plan = (
      await owner.post('/api/v1/continuity-plans', {
        kind: 'continuity',
        serviceId: service,
        title: 'SCADA-uitval',
        content: { manualFallback: 'Pompen met de hand bedienen' },
      })
    ).json();
    await owner.post('/api/v1/continuity-plans', { kind: 'crisis', title: 'Nog niet goedgekeurd' });
    await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1 });

    expect(slugOf(org.name)).toBe('waterbedrijf-pakket-een');
    const out = await mkdtemp(path.join(os.tmpdir(), 'weerbaar-pack-cli-'));
    try {
      const result = await writeContinuityPack(app.deps, 'waterbedrijf-pakket-een', out);
      if ('error' in result) throw new Error(result.error);
      expect(result.pack).toMatchObject({ packVersion: 1, via: 'cli', plans: [{ planId: plan.id, version: 1 }] });
      const html = await readFile(result.files[1]!, 'utf8');
      expect(html).toContain('SCADA-uitval');
      expect(html).toContain('Pompen met de hand bedienen');
      expect(html).not.toContain('Nog niet goedgekeurd');
      expect((await readFile(result.files[0]!)).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await owner.get('/api/v1/continuity-packs/status')).json()).toMatchObject({
        lastPack: { packVersion: 1, via: 'cli' },
        outdated: [],
      });
      // An output place it cannot write to (a file, not a folder): nothing is recorded as printed.
      const notADir = path.join(out, 'bestand');
      await writeFile(notADir, 'x');
      await expect(writeContinuityPack(app.deps, 'waterbedrijf-pakket-een', notADir)).rejects.toThrow();
      expect((await owner.get('/api/v1/continuity-packs/status')).json().lastPack).toMatchObject({ packVersion: 1 });
      expect(await writeContinuityPack(app.deps, 'geen-bestaande-organisatie', out)).toEqual({
        error: "no organisation 'geen-bestaande-organisatie'",
      });
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
