import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #13 items 1 and 4: the water company's risk manager sees that drinking water waits 48 hours on the SCADA
// supplier while it can bear 12, finds that supplier as the single point of failure of two critical services,
// records an alternative with its switch-over time, and sees the warning change.

const RISK_MANAGER = 'risk-manager@water.example';
let page: Page;

const journey = useDemoJourney();

describe('business impact analysis and suppliers journey', () => {
  it('shows the warning in the business impact analysis of drinking water', async () => {
    page = await signIn(journey.browser, journey.platform.url, RISK_MANAGER, DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bedrijfsimpact' }).click();
    await page.getByRole('heading', { name: 'Bedrijfsimpactanalyse', level: 1 }).waitFor();
    await expectAccessible(page, 'business impact overview');
    await page.getByTestId('bia-list').getByRole('link', { name: 'Drinkwaterlevering' }).click();
    await page.getByRole('heading', { name: 'Analyse van Drinkwaterlevering', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByTestId('bia-warnings').textContent())
      .toContain('Onderhoud OT op afstand is pas na 48 uur terug. De dienst kan maar 12 uur zonder.');
    await expectAccessible(page, 'business impact analysis');
    await screenshot(page, 'continuity-bia-01-analysis');
  });

  it('finds the SCADA supplier as a single point of failure and records an alternative', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leveranciers' }).click();
    await page.getByRole('heading', { name: 'Leveranciers', level: 1 }).waitFor();
    await expectAccessible(page, 'supplier register');
    // A second maintenance firm joins the register.
    const add = page.getByRole('region', { name: 'Leverancier toevoegen' });
    await add.getByLabel('Naam').fill('Tweede OT-integrator');
    await add.getByRole('button', { name: 'Leverancier toevoegen' }).click();
    await page.getByRole('heading', { name: 'Tweede OT-integrator', level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Leveranciers' }).first().click();
    await page.getByTestId('concentration-link').click();
    await page.getByRole('heading', { name: 'Kwetsbare punten', level: 1 }).waitFor();
    // The mobile network and the power supply are single points of failure too; each names what goes down.
    const first = page
      .getByTestId('concentration')
      .locator('li.weerbaar-bars__item')
      .filter({ hasText: 'ProcesAutomatisering Noord bv' });
    await expect.poll(() => first.textContent()).toContain('2 kritieke diensten vallen uit');
    expect(await first.textContent()).toContain('Drinkwaterlevering — 12 uur');
    await expectAccessible(page, 'concentration');
    await screenshot(page, 'continuity-bia-02-concentration');

    await first.getByRole('link', { name: 'ProcesAutomatisering Noord bv' }).click();
    await page.getByRole('heading', { name: 'ProcesAutomatisering Noord bv', level: 1 }).waitFor();
    const row = page.getByRole('form', { name: 'Alternatief vastleggen: SCADA → Onderhoud OT op afstand' });
    await row.getByLabel('Alternatief', { exact: true }).selectOption({ label: 'Tweede OT-integrator' });
    await row.getByLabel('Overstaptijd (uur)').fill('16');
    await row.getByRole('button', { name: 'Alternatief vastleggen' }).click();
    await expect.poll(() => page.getByTestId('supplier-alternatives').textContent()).toContain('Tweede OT-integrator');
    await expectAccessible(page, 'supplier detail');
  });

  it('now counts the switch-over time in the analysis', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bedrijfsimpact' }).click();
    await page.getByTestId('bia-list').getByRole('link', { name: 'Drinkwaterlevering' }).click();
    await expect
      .poll(() => page.getByTestId('bia-warnings').textContent())
      .toContain('Overstappen naar het alternatief voor Onderhoud OT op afstand duurt 16 uur.');
  });
});
