import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue 14 items 4, 5 and 7: the authority publishes a CSAF advisory about the PLCs the demo water company
// runs (Unitronics Vision 280 on 'Procesbesturing zuivering (PLC’s)'); the water company sees "U bent
// geraakt" with the asset, the services that depend on it and the remediation, and the authority sees that
// the water company is hit — and nothing else of its inventory.

const TITLE = 'Kwetsbaarheid in Unitronics Vision-PLC’s (journey)';
let authority: Page;
let water: Page;
const journey = useDemoJourney();

describe('advisory journey', () => {
  it('the authority publishes a TLP:CLEAR advisory for Unitronics Vision PLCs', async () => {
    authority = await signIn(journey.browser, journey.platform.url, 'analyst@autoriteit.example', DEMO_PASSWORD);
    // The publication form (/advisories/new): head, TLP with each label's meaning, a product, a vulnerability.
    await authority.goto(`${journey.platform.url}/advisories`);
    await authority.getByRole('link', { name: 'Nieuw beveiligingsadvies schrijven' }).click();
    const form = authority.getByTestId('advisory-publish');
    await form.waitFor();
    await form.getByLabel('Kenmerk', { exact: true }).fill('NL-WB-2026-E2E1');
    await form.getByLabel('Titel', { exact: true }).fill(TITLE);
    await form.getByLabel('Samenvatting', { exact: true }).fill('Op afstand is de besturing over te nemen.');
    await form.getByRole('radio', { name: 'TLP:CLEAR' }).check();
    const product = form.getByRole('group', { name: 'Product 1' });
    await product.getByLabel('Leverancier', { exact: true }).fill('Unitronics');
    await product.getByLabel('Product', { exact: true }).fill('Vision 280');
    await product.getByLabel('Versies', { exact: true }).fill('vers:generic/<6.5');
    const vulnerability = form.getByRole('group', { name: 'Kwetsbaarheid 1' });
    await vulnerability.getByLabel('CVE-nummer', { exact: true }).fill('CVE-2026-60001');
    await vulnerability.getByLabel('Beschrijving', { exact: true }).fill('Standaardwachtwoord op de programmeerpoort.');
    // An optional field's label ends in "(optioneel)".
    await vulnerability.getByLabel('CVSS 3.1-vector').fill('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    await vulnerability
      .getByLabel('Wat moet u doen?', { exact: true })
      .fill('Werk de firmware bij naar 6.5 en zet een eigen wachtwoord.');
    await expectAccessible(authority, 'advisory publish form');
    await form.getByRole('button', { name: 'Publiceren' }).click();
    await authority.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
  });

  it('the water company sees that it is hit, with the services behind the PLCs', async () => {
    water = await signIn(journey.browser, journey.platform.url, 'owner@water.example', DEMO_PASSWORD);
    await water.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kwetsbaarheden' }).click();
    await water.getByRole('heading', { name: 'Kwetsbaarheden en adviezen', level: 1 }).waitFor();
    const rows = water.getByTestId('advisory-alerts-table').locator('tbody tr').filter({ hasText: TITLE });
    // Matched by a job within seconds of the publication.
    await expect
      .poll(
        async () => {
          if ((await rows.count()) === 0) await water.reload();
          return rows.count();
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe(1);
    const row = await rows.first().textContent();
    expect(row).toContain('Procesbesturing zuivering (PLC’s)');
    // The service behind the PLCs (through the process Waterproductie).
    expect(row).toContain('Drinkwaterlevering');
    expect(row).toContain('Werk de firmware bij naar 6.5');
    await expectAccessible(water, 'advisories with an alert');
    await screenshot(water, 'sharing-advisory-01-alert');
    await rows.first().getByRole('link', { name: TITLE }).click();
    await water.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await expect.poll(() => water.getByTestId('advisory-alerts-table').textContent()).toContain('Drinkwaterlevering');
    expect(await water.getByRole('heading', { name: 'CVE-2026-60001' }).count()).toBe(1);
    await expectAccessible(water, 'advisory detail');
  });

  it('the authority sees the water company among the affected organisations, by name and count only', async () => {
    await authority.goto(`${journey.platform.url}/advisories`);
    await authority.getByRole('link', { name: TITLE }).click();
    await expect
      .poll(() => authority.getByTestId('advisory-affected').textContent())
      .toContain('Waterbedrijf Lage Landen: 1 geraakte producten');
    expect(await authority.getByText('Procesbesturing zuivering').count()).toBe(0);
    await expectAccessible(authority, 'advisory detail for the authority');
    // TLP 2.0 CLEAR: anyone reads it without signing in, on /kennisbank, with nothing of an organisation.
    const visitor = await (await journey.browser.newContext()).newPage();
    await visitor.goto(`${journey.platform.url}/kennisbank`);
    await visitor.getByTestId('public-advisories-table').getByRole('link', { name: TITLE }).click();
    await visitor.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await visitor.getByRole('heading', { name: 'CVE-2026-60001' }).count()).toBe(1);
    expect(await visitor.getByText('Waterbedrijf').count()).toBe(0);
    await expectAccessible(visitor, 'public advisory');
  });
});
