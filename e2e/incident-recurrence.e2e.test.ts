import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #17 item 7, recurring incidents (Impl. Reg. 2024/2690 Art. 4): a cloud provider's handler records
// the apparent root cause of two incidents; the platform counts them from the register, links the earlier
// one and proposes significant; the handler may change the count only with a reason.

const OWNER = 'owner@water.example';
const HANDLER = 'incident-handler@water.example';
let page: Page;
const journey = useDemoJourney();

async function signInAs(email: string) {
  await page?.context().close();
  page = await signIn(journey.browser, journey.platform.url, email, DEMO_PASSWORD);
}

async function recordIncident(title: string, loss: string): Promise<string> {
  await page.goto(`${journey.platform.url}/incidents/new`);
  await page.getByRole('heading', { name: 'Nieuw incident', level: 1 }).waitFor();
  await page.getByLabel('Korte omschrijving').fill(title);
  await page.getByLabel('Soort incident').selectOption('supplier_incident');
  await page.getByLabel('Geschatte directe financiële schade (euro)').fill(loss);
  await page.getByRole('button', { name: 'Incident registreren' }).click();
  await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  const recurrence = page.getByTestId('recurrence');
  await expect.poll(() => recurrence.textContent()).toContain('Leg de vermoedelijke grondoorzaak vast');
  await recurrence.locator('summary').filter({ hasText: 'Grondoorzaak vastleggen of wijzigen' }).click();
  await recurrence.getByLabel('Vermoedelijke grondoorzaak').selectOption('third_party_failure');
  await recurrence.getByLabel('De oorzaak zelf').fill('Storing bij leverancier Acme');
  await recurrence.getByRole('button', { name: 'Grondoorzaak opslaan' }).click();
  await expect.poll(() => page.getByTestId('root-cause-missing').count()).toBe(0);
  return page.url();
}

describe('recurring incidents journey', () => {
  it('the owner sets the entity type to cloud computing service provider', async () => {
    await signInAs(OWNER);
    await page.goto(`${journey.platform.url}/incidents`);
    await page.getByText('Toon en wijzig de instellingen').click();
    await page.getByLabel('Soort entiteit').selectOption('cloud_computing_service_provider');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'opgeslagen' }).count()).toBe(1);
  });

  it('two incidents with the same root cause are counted together and the second is proposed significant', async () => {
    await signInAs(HANDLER);
    const firstUrl = await recordIncident('Acme-storing maart', '300000');
    expect(await page.getByTestId('recurrence-count').textContent()).toContain('geen ander incident');

    await recordIncident('Acme-storing april', '250000');
    const list = page.getByTestId('recurring-incidents');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    expect(await page.getByTestId('recurrence-count').textContent()).toContain('Weerbaar telt 2 incidenten');
    const link = list.getByRole('link', { name: /Acme-storing maart/ });
    expect(new URL((await link.getAttribute('href')) ?? '', journey.platform.url).href).toBe(firstUrl);
    await expect
      .poll(() => page.getByTestId('significance-proposal').textContent())
      .toContain('Voorstel van Weerbaar: significant incident');
    expect(await page.locator('.weerbaar-criteria').first().textContent()).toContain('Terugkerende incidenten');
    await expectAccessible(page, 'significance panel with recurring incidents');
    await screenshot(page, 'incident-recurrence-01-counted');
  });

  it('the handler changes the count only with a reason', async () => {
    const recurrence = page.getByTestId('recurrence');
    await recurrence.getByRole('button', { name: 'Telling aanpassen' }).click();
    await recurrence.getByLabel('Aantal incidenten met dezelfde grondoorzaak in 6 maanden').fill('1');
    await recurrence.getByRole('button', { name: 'Aanpassing opslaan' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Vul een reden in.');
    await expectAccessible(page, 'recurrence override form with an error');

    await recurrence.getByLabel('Reden van de aanpassing').fill('De storing van maart had een andere oorzaak.');
    await recurrence.getByRole('button', { name: 'Aanpassing opslaan' }).click();
    await expect.poll(() => page.getByTestId('recurrence-override').textContent()).toContain('andere oorzaak');
    await expect
      .poll(() => page.getByTestId('significance-proposal').textContent())
      .not.toContain('Voorstel van Weerbaar: significant incident');

    await recurrence.getByRole('button', { name: 'Terug naar de telling van Weerbaar' }).click();
    await expect.poll(() => page.getByTestId('recurrence-override').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('significance-proposal').textContent())
      .toContain('Voorstel van Weerbaar: significant incident');
    await screenshot(page, 'incident-recurrence-02-override-removed');
  });
});
