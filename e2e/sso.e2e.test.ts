import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../packages/server/test/support/oidc-provider.ts';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';
import { freePort } from './support/server.ts';

// Issue #9 item 12: the owner sets up sign-in through the organisation's own identity provider, and a
// new colleague signs in there — against a real OpenID Connect provider (oidc-provider) on loopback.

let idp: TestProvider;
let client: { clientId: string; clientSecret: string };

const journey = useDemoJourney(async () => {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  idp = await startTestProvider();
  client = idp.client(`${publicUrl}/api/v1/sso/callback`);
  return { PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: publicUrl };
});

afterAll(async () => {
  await idp?.close();
});

let owner: Page;
beforeAll(async () => {
  owner = await signIn(journey.browser, journey.platform.url, 'owner@ziekenhuis.example', DEMO_PASSWORD);
});

async function fromLoginPage(email: string): Promise<Page> {
  const page = await (await journey.browser.newContext()).newPage();
  await page.goto(`${journey.platform.url}/login`);
  await page.getByLabel('E-mail van uw werk').fill(email);
  await page.getByRole('button', { name: 'Verder naar uw organisatie' }).click();
  return page;
}

describe('sign-in through the organisation', () => {
  it('lets the owner set it up', async () => {
    await owner.goto(`${journey.platform.url}/settings/sso`);
    await owner.getByRole('heading', { level: 1, name: 'Inloggen via uw organisatie' }).waitFor();
    await expectAccessible(owner, 'sso settings');
    await owner.getByLabel('Medewerkers mogen zo inloggen').check();
    await owner.getByLabel('Adres van het inlogsysteem (issuer)').fill(idp.issuer);
    await owner.getByLabel('Client-ID').fill(client.clientId);
    await owner.getByLabel('Client-geheim').fill(client.clientSecret);
    await owner.getByLabel('Toegestane e-maildomeinen').fill('zorg-sso.example');
    await owner.getByLabel('Rol voor nieuwe medewerkers').selectOption('incident-handler');
    await owner.getByLabel('De tweede stap van ons inlogsysteem telt').check();
    await owner.getByRole('button', { name: 'Opslaan' }).click();
    await owner.getByText('De instellingen zijn opgeslagen.').waitFor();
    await screenshot(owner, 'sso-01-settings');
  });

  it('signs a new colleague in and makes them a member', async () => {
    idp.signInAs({ email: 'nieuw@zorg-sso.example', name: 'Nina Nieuw', amr: ['pwd', 'mfa'] });
    const page = await fromLoginPage('nieuw@zorg-sso.example');
    await page.waitForURL(`${journey.platform.url}/`);
    await page.locator('h1').first().waitFor();
    const session = await page.evaluate(async () => (await fetch('/api/v1/sessions/current')).json());
    expect(session).toMatchObject({ mfaPending: false, user: { name: 'Nina Nieuw' } });
    await screenshot(page, 'sso-02-signed-in');
  });

  it('explains in Dutch why an address is refused', async () => {
    const page = await fromLoginPage('iemand@elders.example');
    await page.waitForURL(/\/login\?sso=unknown-organisation$/);
    await page.getByText('Wij kennen geen organisatie die op deze manier inlogt').waitFor();
    await expectAccessible(page, 'login with sso refusal');
  });
});
