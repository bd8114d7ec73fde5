import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #3: "the registration reaches the authority's registry" — a municipality fills in and
// submits its registration in the browser; the platform delivers it over HTTP to the authority
// (the same installation here), the entity sees the signed receipt, and the authority's analyst
// finds the municipality in the registry. Axe on every page visited.

let page: Page;

const journey = useDemoJourney();

async function signInAs(email: string) {
  page = await signIn(journey.browser, journey.platform.url, email, DEMO_PASSWORD);
}

describe('registration reaches the registry', () => {
  it('a municipality submits its registration and receives a signed receipt', async () => {
    await signInAs('owner@gemeente.example');
    await page.goto(`${journey.platform.url}/registration`);
    await page.getByRole('heading', { level: 1, name: 'Registratie' }).waitFor();
    await expectAccessible(page, 'registration form');

    await page.getByLabel('Straat', { exact: true }).fill('Raadhuisplein');
    await page.getByLabel('Huisnummer', { exact: true }).fill('1');
    await page.getByLabel('Postcode', { exact: true }).fill('1234 AB');
    await page.getByLabel('Plaats', { exact: true }).fill('Weerdam');
    await page.getByLabel('Provincie', { exact: true }).selectOption({ label: 'Utrecht' });
    await page.getByLabel('Naam', { exact: true }).fill('Fatima el Amrani');
    await page.getByLabel('E-mailadres', { exact: true }).fill('ciso@gemeente.example');
    await page.getByLabel('Telefoonnummer').fill('030-1234567');
    const overheid = page.locator('details', { has: page.locator('summary', { hasText: /^\s*Overheid(\s*\(|\s*$)/ }) });
    if (!(await overheid.getAttribute('open'))) await overheid.locator('summary').click();
    await overheid.getByRole('checkbox', { name: /Decentrale overheden/ }).check();
    await page.getByRole('button', { name: 'Registratie opslaan' }).click();
    await page.getByRole('button', { name: 'Indienen bij de autoriteit' }).waitFor();
    await page.getByRole('button', { name: 'Indienen bij de autoriteit' }).click();

    // Delivered through the outbox job over HTTP; the page refreshes while it is on its way.
    const submissions = page.getByRole('table', { name: /Indieningen en ontvangstbewijzen/ });
    await expect.poll(() => submissions.textContent(), { timeout: 30_000 }).toMatch(/REG-\d{4}-\d{6}/);
    expect(await submissions.textContent()).toContain('Ontvangen');
    await expect
      .poll(() => page.getByText('Ontvangstbewijs gecontroleerd (digitale handtekening klopt).').count())
      .toBeGreaterThan(0);
    await expectAccessible(page, 'registration with receipt');
    await screenshot(page, 'registration-01-receipt');
  }, 90_000);

  it("the authority's analyst finds the municipality in the registry", async () => {
    await signInAs('analyst@autoriteit.example');
    await page.goto(`${journey.platform.url}/registry`);
    await page.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
    const table = page.getByRole('table');
    await expect.poll(() => table.textContent()).toContain('Gemeente Weerdam');
    await expectAccessible(page, 'registry');
    await page.getByLabel('Provincie').selectOption({ label: 'Utrecht' });
    await page.getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => table.textContent()).toContain('Gemeente Weerdam');
    await screenshot(page, 'registration-02-registry');
    await table.getByRole('link', { name: /Gemeente Weerdam/ }).click();
    await page.getByRole('heading', { name: 'Ontvangen registraties' }).waitFor();
    await expectAccessible(page, 'registry entity');
    await screenshot(page, 'registration-03-registry-entity');
  }, 60_000);
});
