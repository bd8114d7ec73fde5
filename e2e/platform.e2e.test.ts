import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #2's journey: sign in with MFA, switch language, create an API token and use it against
// the API, and find both actions in the audit log, then require MFA of every member — with an axe scan
// of every page visited.

const EMAIL = 'owner@ziekenhuis.example';
let page: Page;

// Info-level logs: without SMTP the invitation mail, with its link, reaches the log only.
const journey = useDemoJourney(async () => ({ LOG_LEVEL: 'info' }));
beforeAll(async () => {
  page = await (await journey.browser.newContext()).newPage(); // axe needs an explicit context
});

async function visit(path: string, label: string) {
  await page.goto(`${journey.platform.url}${path}`);
  await page.locator('h1').first().waitFor();
  await expectAccessible(page, label);
}

async function logInWithPassword() {
  await visit('/login', 'login');
  await page.getByLabel('E-mailadres').fill(EMAIL);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** A fresh TOTP step: the server refuses a code from a step it has already accepted (replay). */
async function nextTotp(secret: string, afterStep: number): Promise<string> {
  while (Math.floor(Date.now() / 30_000) <= afterStep) await new Promise((r) => setTimeout(r, 500));
  return generateSync({ secret });
}

describe('platform journey', () => {
  it('shows a visitor what Weerbaar is, with the self-check and the sign-in one click away', async () => {
    await visit('/', 'landing page');
    expect(await page.locator('h1').textContent()).toContain('Weerbaar');
    await screenshot(page, 'platform-00-landing');
    await page.getByRole('link', { name: 'Doe de check' }).click();
    await page.waitForURL(`${journey.platform.url}/check`);
    await page.goBack();
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await page.waitForURL(`${journey.platform.url}/login`);
    await page.getByRole('link', { name: /Valt mijn organisatie onder de wet/ }).click();
    await page.waitForURL(`${journey.platform.url}/check`);
  });

  it('prints the demo login when started', () => {
    expect(journey.platform.output()).toContain(EMAIL);
  });

  it('enrols MFA and signs in with a TOTP code', async () => {
    await logInWithPassword();
    await page.waitForURL(`${journey.platform.url}/`);
    await visit('/profile', 'profile');
    await page.getByRole('button', { name: 'MFA instellen' }).click();
    const secret = (await page.getByTestId('mfa-secret').textContent())!.replace(/\s+/g, '');
    await expectAccessible(page, 'MFA enrolment');
    const activationStep = Math.floor(Date.now() / 30_000);
    await page.getByLabel('Code van 6 cijfers').fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'MFA aanzetten' }).click();
    await expect.poll(() => page.getByTestId('recovery-codes').isVisible()).toBe(true);
    await screenshot(page, 'platform-01-recovery-codes');

    await page.context().clearCookies();
    await logInWithPassword();
    await page.waitForURL(/\/login\/mfa/);
    await expectAccessible(page, 'MFA code page');
    await page.getByLabel('Code van 6 cijfers').fill(await nextTotp(secret, activationStep));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.waitForURL(`${journey.platform.url}/`);
    // The overview shows the work and where the organisation stands, not a card per module.
    await page.getByRole('heading', { name: 'Wat nu aandacht vraagt' }).waitFor();
    await page.getByTestId('overview-state').waitFor();
    // Every module is built: the navigation lists none as coming.
    expect(await page.getByRole('navigation').getByText('In ontwikkeling').count()).toBe(0);
    await expectAccessible(page, 'overview');
    await screenshot(page, 'platform-02-overview');
  }, 90_000);

  it('switches to English and remembers it', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'overview in English');
    await screenshot(page, 'platform-03-english');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('creates an API token, uses it against the API and finds both actions in the audit log', async () => {
    await visit('/settings/api-tokens', 'API tokens');
    await page.getByLabel('Naam').fill('SIEM-koppeling');
    await page.getByLabel('Rol').selectOption('incident-handler');
    await page.getByRole('button', { name: 'Token maken' }).click();
    const token = (await page.getByTestId('api-token-secret').textContent())!.trim();
    expect(token).toMatch(/^wbt_/);
    await screenshot(page, 'platform-04-token-created');

    // The machine (a SIEM) uses the token: it records an incident — a mutation, so it is audited.
    const res = await fetch(`${journey.platform.url}/api/v1/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Verdachte inlogpogingen op de VPN',
        category: 'unauthorised_access',
        detectedAt: new Date().toISOString(),
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(res.headers.get('api-version')).toBe('1.0.0');
    // Tokens cannot hand out access: managing tokens and members is for people only.
    const mint = await fetch(`${journey.platform.url}/api/v1/api-tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'more', role: 'auditor' }),
    });
    expect(mint.status).toBe(403);

    // People read what happened in words, with names; the codes are one click away.
    await visit('/audit', 'audit log');
    const table = page.getByRole('table');
    await expect.poll(() => table.textContent()).toContain('API-token gemaakt');
    expect(await table.textContent()).toContain('Incident vastgelegd');
    expect(await table.textContent()).toContain('Incident: INC-');
    expect(await table.textContent()).toContain('token:SIEM-koppeling');
    expect(await table.textContent()).not.toContain('incident.created');
    await screenshot(page, 'platform-05-audit-log');
    await page.getByLabel('Persoon of systeem').selectOption({ label: 'token:SIEM-koppeling (API-token)' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => table.textContent()).not.toContain('API-token gemaakt');
    expect(await table.textContent()).toContain('Incident vastgelegd');
    await page.getByRole('link', { name: 'Technische weergave' }).click();
    await expect.poll(() => table.textContent()).toContain('incident.created');
    await expectAccessible(page, 'audit log, technical view');
  });

  it('lets the owner require MFA of every member (NIS2 art. 21(2)(j))', async () => {
    await visit('/settings/members', 'members');
    const section = page.getByRole('region', { name: 'Inloggen in twee stappen' });
    await section.getByLabel('Alle gebruikers moeten inloggen in twee stappen').check();
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Alle gebruikers moeten nu inloggen in twee stappen.').waitFor();
    await expectAccessible(page, 'members with the MFA switch');
    await screenshot(page, 'platform-06-mfa-for-all');
    await page.reload();
    await page.getByRole('region', { name: 'Inloggen in twee stappen' }).waitFor();
    expect(await page.getByLabel('Alle gebruikers moeten inloggen in twee stappen').isChecked()).toBe(true);
  });

  it('sends a new member who must use MFA to the profile first, and lets them in once enrolled', async () => {
    const email = `nieuw-${Date.now()}@ziekenhuis.example.nl`;
    await visit('/settings/members', 'members');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    // Without SMTP the invitation mail (with its link) is logged.
    let token: string | undefined;
    await expect
      .poll(
        () => (token = [...journey.platform.output().matchAll(/invitations\/accept\?token=([\w-]+)/g)].at(-1)?.[1]),
        { timeout: 15_000 },
      )
      .toBeTruthy();

    const invitee = await (await journey.browser.newContext()).newPage();
    const url = journey.platform.url;
    await invitee.goto(`${url}/invitations/accept?token=${token}`);
    await invitee.getByLabel('Uw naam').fill('Nieuwe Collega');
    await invitee.getByLabel(/^Wachtwoord/).fill('een lang nieuw wachtwoord 2026');
    await invitee.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await invitee.getByRole('link', { name: 'Inloggen' }).first().click();
    await invitee.getByLabel('E-mailadres').fill(email);
    await invitee.getByLabel('Wachtwoord', { exact: true }).fill('een lang nieuw wachtwoord 2026');
    await invitee.getByRole('button', { name: 'Inloggen' }).click();

    // The organisation requires MFA of everyone (previous test): only the profile is open.
    await invitee.waitForURL(/\/profile#mfa$/);
    await invitee.getByRole('heading', { name: 'Beveilig eerst uw account' }).waitFor();
    expect(await invitee.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await expectAccessible(invitee, 'profile: MFA required');
    await screenshot(invitee, 'platform-07-mfa-required');
    await invitee.goto(`${url}/incidents`);
    await invitee.waitForURL(/\/profile#mfa$/);

    await invitee.getByRole('button', { name: 'MFA instellen' }).click();
    const secret = (await invitee.getByTestId('mfa-secret').textContent())!.replace(/\s+/g, '');
    await invitee.getByLabel('Code van 6 cijfers').fill(generateSync({ secret }));
    await invitee.getByRole('button', { name: 'MFA aanzetten' }).click();
    await invitee.getByTestId('recovery-codes').waitFor();
    await expect.poll(() => invitee.getByTestId('mfa-enrolment-required').count()).toBe(0);
    await invitee.goto(`${url}/`);
    await invitee.getByRole('heading', { name: 'Wat nu aandacht vraagt' }).waitFor();
    await invitee.context().close();
  }, 90_000);
});
