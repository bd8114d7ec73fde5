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

/**
 * Words of the page's table headers that the browser split over two lines (issue 9 item 4: "Meldter-mijn").
 * A header may wrap between words, and after a hyphen, never inside a word.
 */
function headerWordsBroken(): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const th of Array.from(document.querySelectorAll('th'))) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(word[0]);
        }
      }
    }
    return broken;
  });
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
    // Countries by their Dutch name, in Dutch order: België first, Oostenrijk (AT) among the O's.
    const countries = await page.getByLabel('Land', { exact: true }).locator('option').allTextContents();
    const named = countries.filter((c) => c.trim() !== '' && !/^Kies/.test(c));
    expect(named[0]).toBe('België');
    expect(named).toEqual([...named].sort(new Intl.Collator('nl').compare));
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

    // At 390 px the headers wrap between words only; a table too wide scrolls inside its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await headerWordsBroken()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'registration-02b-registry-390');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The export for people: Dutch column names, names instead of codes, Dutch time.
    const csv = await (await page.request.get(`${journey.platform.url}/api/v1/registry/entities/export`)).text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toMatch(/^"Naam";"KvK-nummer";"Sectoren"/);
    const weerdam = rows.find((r) => r.includes('Gemeente Weerdam'))!;
    expect(weerdam).toContain('"Utrecht"');
    expect(weerdam).toMatch(/"\d\d-\d\d-\d{4} \d\d:\d\d"/);

    await table.getByRole('link', { name: /Gemeente Weerdam/ }).click();
    await page.getByRole('heading', { name: 'Ontvangen registraties' }).waitFor();
    // The entity type by its Dutch name, not the catalogue's English one.
    const facts = await page.locator('.weerbaar-facts').textContent();
    expect(facts).toContain('Provincies en waterschappen');
    expect(facts).not.toContain('Regional government');
    await expectAccessible(page, 'registry entity');
    await screenshot(page, 'registration-03-registry-entity');
  }, 60_000);
});
