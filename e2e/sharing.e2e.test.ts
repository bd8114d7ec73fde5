import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue 14 item 1: the demo water company opens "Informatiedeling", sees its two communities and the
// information shared with it under each TLP label it may read, with the TLP badge. Items 2 and 5: its
// incident handler shares an incident's indicators in two clicks and reads products onto an asset from a
// CSV file. axe WCAG 2.1 AA.

const AUDITOR = 'auditor@water.example';
const HANDLER = 'incident-handler@water.example';
const OWNER = 'owner@water.example';
const journey = useDemoJourney();

describe('sharing journey', () => {
  it('shows the communities and the shared objects with their TLP labels', async () => {
    const page = await signIn(journey.browser, journey.platform.url, AUDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.platform.url}/sharing`);
    await page.getByRole('heading', { level: 1, name: 'Informatiedeling' }).waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'Gemeenschappen' }).textContent())
      .toContain('Drinkwater-ISAC');
    const objects = page.getByRole('table', { name: 'Gedeelde informatie' });
    await expect.poll(() => objects.textContent()).toContain('TLP:AMBER+STRICT');
    // One badge per row: the labels the water company's auditor may read, and not the demo's RED note,
    // which names no one of the water company.
    const labels = (await objects.getByRole('cell').allTextContents()).filter((cell) => cell.startsWith('TLP:'));
    expect([...new Set(labels)].sort()).toEqual(['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:CLEAR', 'TLP:GREEN']);
    await expectAccessible(page, 'sharing page');
    await screenshot(page, 'sharing');
    // A community's own page: what it is and its members (the auditor manages nothing, so no forms).
    await page.getByRole('link', { name: 'Drinkwater-ISAC' }).click();
    await page.getByRole('heading', { level: 1, name: 'Drinkwater-ISAC' }).waitFor();
    await expect.poll(() => page.getByRole('table').first().textContent()).toContain('Waterbedrijf Lage Landen');
    await expectAccessible(page, 'community page');
  });

  it("an incident handler shares an incident's indicators in two clicks, imports a STIX bundle and products from a CSV file", async () => {
    const page = await signIn(journey.browser, journey.platform.url, HANDLER, DEMO_PASSWORD);
    const incidents = await page.request.get(`${journey.platform.url}/api/v1/incidents?status=containment`);
    const incident = ((await incidents.json()).items as { id: string; title: string }[]).find(
      (i) => i.title === 'Ransomware op het klantsysteem',
    )!;
    expect(incident).toBeDefined();
    await page.goto(`${journey.platform.url}/incidents/${incident.id}`);
    const observables = page.getByTestId('incident-observables');
    await observables.getByLabel('Soort indicator').selectOption('domain');
    await observables.getByLabel('Waarde').fill('inlog-klantsysteem.example');
    await observables.getByRole('button', { name: 'Indicator toevoegen' }).click();
    await expect.poll(() => observables.getByRole('table').textContent()).toContain('inlog-klantsysteem.example');

    // Click one: the dialog opens with a community and TLP:AMBER chosen, each label explained.
    await page.getByRole('button', { name: 'Deel indicatoren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indicatoren delen' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Alleen voor de mensen die bij naam zijn genoemd.');
    await expectAccessible(page, 'share indicators dialog');
    // Click two.
    await dialog.getByRole('button', { name: 'Delen' }).click();
    const result = page.getByTestId('share-observables-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('inlog-klantsysteem.example');
    expect(await result.textContent()).toContain('TLP:AMBER');
    const shared = await page.request.get(`${journey.platform.url}/api/v1/sharing/objects?type=indicator`);
    expect((await shared.json()).items.map((o: { title: string; tlp: string }) => `${o.title} ${o.tlp}`)).toContain(
      'domain: inlog-klantsysteem.example AMBER',
    );

    // A STIX bundle with one good and one broken object: the good one is added, the other refused with a reason.
    await page.goto(`${journey.platform.url}/sharing/import`);
    await page.getByRole('heading', { level: 1, name: 'STIX-bestand inlezen' }).waitFor();
    await page.getByLabel('STIX-bestand (JSON)').setInputFiles({
      name: 'bundle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          type: 'bundle',
          id: 'bundle--2f1a7c55-6a0e-4f7e-9c9b-5d1e2b7f3a10',
          objects: [
            {
              type: 'vulnerability',
              spec_version: '2.1',
              id: 'vulnerability--7d3c1e0a-2b4f-4c8e-9a6d-1f2e3d4c5b6a',
              created: '2026-12-01T00:00:00.000Z',
              modified: '2026-12-01T00:00:00.000Z',
              name: 'CVE-2026-60002',
            },
            { type: 'indicator', spec_version: '2.1', id: 'indicator--0b6e2f8d-3c1a-4e5f-8d7c-6b5a4e3d2c1b' },
          ],
        }),
      ),
    });
    await page.getByRole('button', { name: 'Inlezen' }).click();
    const results = page.getByTestId('stix-import-results');
    await results.waitFor();
    expect(await results.textContent()).toContain('1 toegevoegd, 0 al bekend, 1 geweigerd.');
    await expectAccessible(page, 'STIX import results');

    // The inventory of the PLCs from a CSV file as a Dutch spreadsheet writes it (';'), one line per product.
    await page.goto(`${journey.platform.url}/advisories/inventory`);
    await page.getByRole('heading', { level: 1, name: 'Producten op uw systemen' }).waitFor();
    const upload = page.getByTestId('inventory-import');
    await upload.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'producten.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'asset;vendor;product;version\nProcesbesturing zuivering (PLC’s);Siemens;SIMATIC S7-1500 (e2e);2.9\n',
      ),
    });
    await upload.getByRole('button', { name: 'Inlezen' }).click();
    await expect.poll(() => upload.getByTestId('inventory-import-done').textContent()).toBe('1 product ingelezen.');
    await expect.poll(() => page.getByRole('table').first().textContent()).toContain('SIMATIC S7-1500 (e2e)');
    await expectAccessible(page, 'inventory page');
    await screenshot(page, 'inventory');
  });

  it('the owner makes a working group and adds an organisation it already shares a community with', async () => {
    const page = await signIn(journey.browser, journey.platform.url, OWNER, DEMO_PASSWORD);
    await page.goto(`${journey.platform.url}/sharing`);
    const create = page.getByTestId('community-create');
    await create.waitFor();
    await expectAccessible(page, 'sharing page with the create form');
    await create.getByLabel('Naam', { exact: true }).fill('Werkgroep OT (e2e)');
    await create.getByRole('button', { name: 'Gemeenschap maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkgroep OT (e2e)' }).waitFor();
    const add = page.getByTestId('community-add-member');
    await add.getByRole('button', { name: 'Toevoegen' }).waitFor();
    const choice = await add.getByLabel('Organisatie').locator('option').first().textContent();
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText(`${choice} is lid geworden.`).waitFor();
    await expect.poll(() => page.getByRole('table').first().textContent()).toContain(choice!);
    await expectAccessible(page, 'community page of its owner');
  });
});
