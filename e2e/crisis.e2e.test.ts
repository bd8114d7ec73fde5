import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #16: the demo authority declares a heightened state for a supply-chain vulnerability, adds a fact to
// the picture, logs a decision and makes a sitrep that it prints and downloads as PDF; the demo's exercise
// crisis stays apart, marked OEFENING. axe WCAG 2.1 AA on every page visited. One test with clear steps: the
// requests for information (items 3-4) can add theirs here.

const ANALYST = 'analyst@autoriteit.example';
const TITLE = 'Kwetsbaarheid in software van een toeleverancier';

const journey = useDemoJourney();

describe('crisis journey', () => {
  it('declares a heightened state, builds the picture, logs a decision and prints a sitrep', async () => {
    const page: Page = await signIn(journey.browser, journey.platform.url, ANALYST, DEMO_PASSWORD);

    // Step 1: the exercise of the demo is listed with the exercises only, marked OEFENING.
    await page.goto(`${journey.platform.url}/crises?exercise=true`);
    await page.getByRole('heading', { level: 1, name: 'Crisis' }).waitFor();
    await expect.poll(() => page.getByTestId('crises-table').textContent()).toContain('OEFENING');
    await page.getByRole('link', { name: /ransomware bij drinkwaterbedrijven/ }).click();
    await page.getByTestId('exercise-banner').waitFor();
    await expect.poll(() => page.getByTestId('crisis-decisions').textContent()).toContain('leverancier');
    await expectAccessible(page, 'exercise crisis room');

    // Step 2: declare a heightened state for a supply-chain vulnerability.
    await page.goto(`${journey.platform.url}/crises`);
    await page.getByRole('heading', { level: 1, name: 'Crisis' }).waitFor();
    await expect.poll(() => page.getByTestId('crises-empty').textContent()).toContain('geen crises');
    await expectAccessible(page, 'crises');
    const declare = page.getByTestId('declare-form');
    await declare.getByLabel('Titel').fill(TITLE);
    await declare.getByLabel('Niveau').selectOption({ label: 'Verhoogde paraatheid' });
    await declare.getByLabel('Reden', { exact: true }).fill('Actief misbruik van een kwetsbaarheid in beheersoftware.');
    await declare.getByLabel('Sectoren').fill('Drinking water, Health');
    await declare.getByLabel('Nationaal Crisiscentrum (NCC)').check();
    await declare.getByRole('button', { name: 'Afkondigen' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    await expect.poll(() => page.getByTestId('crisis-level').textContent()).toBe('Verhoogde paraatheid');
    expect(await page.getByTestId('exercise-banner').count()).toBe(0);

    // Step 3: a fact in the picture.
    const fact = page.getByRole('form', { name: 'Feit toevoegen aan het beeld' });
    await fact.getByLabel('Feit', { exact: true }).fill('Twee drinkwaterbedrijven gebruiken de kwetsbare versie.');
    await fact.getByLabel('Zekerheid').selectOption({ label: 'Bekend' });
    await fact.getByLabel('Bron').fill('Advies van de leverancier');
    await fact.getByRole('button', { name: 'Feit toevoegen' }).click();
    await expect.poll(() => page.getByTestId('crisis-facts').textContent()).toContain('kwetsbare versie');

    // Step 4: a decision in the decision log.
    const decision = page.getByRole('form', { name: 'Besluit vastleggen' });
    await decision.getByLabel('Besluit', { exact: true }).fill('Sector informeren en patchen binnen 24 uur adviseren.');
    await decision.getByLabel('Genomen door').fill('Crisiscoördinator');
    await decision.getByLabel('Grondslag').fill('Beeld van nu: actief misbruik.');
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect.poll(() => page.getByTestId('crisis-decisions').textContent()).toContain('patchen binnen 24 uur');
    await expectAccessible(page, 'crisis room');
    await screenshot(page, 'crisis-01-room');

    // Step 5: a sitrep, frozen, to print and download.
    const sitrep = page.getByRole('form', { name: 'Situatierapport maken' });
    await sitrep.getByLabel('Samenvatting').fill('Verhoogde paraatheid. Advies om te patchen is verstuurd.');
    await sitrep.getByRole('button', { name: 'Situatierapport maken' }).click();
    await page.getByRole('link', { name: 'Situatierapport 1' }).click();
    await page.getByTestId('sitrep').waitFor();
    await expect.poll(() => page.getByTestId('sitrep').textContent()).toContain('patchen binnen 24 uur');
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    const href = await page.getByTestId('sitrep-pdf').getAttribute('href');
    const pdf = await page.request.get(`${journey.platform.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'sitrep');
    await screenshot(page, 'crisis-02-sitrep');
  });
});
