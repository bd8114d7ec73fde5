import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';
import { freePort } from './support/server.ts';

// Issue #4's journey: an incident handler records a ransomware incident, the platform proposes
// "significant", the early warning is submitted and delivered over HTTP (the demo entity delivers to the
// demo authority of the same installation), the authority's analyst sees and acknowledges it, and the
// entity sees the receipt and the acknowledgement — with an axe WCAG 2.1 AA scan of every screen.

const HANDLER = 'incident-handler@ziekenhuis.example';
const ANALYST = 'analyst@autoriteit.example';
/** What happened; the early warning's short description is pre-filled with it. */
const DESCRIPTION = 'Bestanden op de EPD-server zijn versleuteld; er staat een losgeldbrief op het scherm.';
let page: Page;
let incidentUrl: string;

// A fixed port keeps the demo delivery target stable for the whole journey.
const journey = useDemoJourney(async () => ({ PORT: String(await freePort()) }));

async function signInAs(email: string) {
  await page?.context().close();
  page = await signIn(journey.browser, journey.platform.url, email, DEMO_PASSWORD);
}

describe('incident reporting journey', () => {
  it('the owner sets the contact person for reports', async () => {
    await signInAs('owner@ziekenhuis.example');
    await page.goto(`${journey.platform.url}/incidents`);
    await page.getByText('Toon en wijzig de instellingen').click();
    await page.getByLabel('Contactpersoon voor meldingen: naam').fill('Jan de Vries');
    await page.getByLabel('Contactpersoon: e-mailadres').fill('ciso@ziekenhuis.example');
    await page.getByLabel('Contactpersoon: telefoonnummer').fill('+31 50 123 4567');
    await expectAccessible(page, 'incident settings');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'opgeslagen' }).count()).toBe(1);
  });

  it('a handler records a ransomware incident and the platform proposes significant', async () => {
    await signInAs(HANDLER);
    await page.goto(`${journey.platform.url}/incidents`);
    await page.getByRole('heading', { name: 'Incidenten', level: 1 }).waitFor();
    await expectAccessible(page, 'incidents');
    await page.getByRole('link', { name: 'Nieuw incident registreren' }).click();
    await page.getByRole('heading', { name: 'Nieuw incident', level: 1 }).waitFor();
    await expectAccessible(page, 'new incident form');

    // Submitting without a title names the field.
    await page.getByRole('button', { name: 'Incident registreren' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Korte omschrijving');

    await page.getByLabel('Korte omschrijving').fill('Ransomware op de EPD-server');
    await page.getByLabel('Soort incident').selectOption('ransomware');
    await page.getByLabel('Wat is er gebeurd?').fill(DESCRIPTION);
    await page
      .getByRole('group', { name: 'Kan het incident uw dienstverlening ernstig verstoren?' })
      .getByLabel('Ja')
      .check();
    await page
      .getByRole('group', { name: 'Vermoedt u een kwaadwillige of onrechtmatige handeling?' })
      .getByLabel('Ja')
      .check();
    await page
      .getByRole('group', { name: 'Kan het incident gevolgen hebben in andere EU-landen?' })
      .getByLabel('Nee')
      .check();
    await page.getByLabel('Aantal getroffen gebruikers').fill('1200');
    await page.getByRole('button', { name: 'Incident registreren' }).click();

    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    incidentUrl = page.url();
    await expect
      .poll(() => page.getByTestId('significance-proposal').textContent())
      .toContain('Voorstel van Weerbaar: significant incident');
    expect(await page.locator('.weerbaar-criteria').first().textContent()).toContain('NIS2 art. 23(3)');
    await expectAccessible(page, 'incident detail before the decision');
    await screenshot(page, 'incident-01-proposal');
  });

  it('the handler confirms significance and submits the early warning, which the authority receipts', async () => {
    expect(await page.getByTestId('incident-status').textContent()).toBe('Nieuw');
    await page.getByRole('button', { name: 'Bevestig: significant incident' }).click();
    await expect
      .poll(() => page.getByTestId('incident-deadlines').textContent())
      .toContain('Vroegtijdige waarschuwing');
    // Issue 9: the decision is triage work, so the status moved on by itself, and no hint is left.
    await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('Triage');
    expect(await page.getByTestId('status-prompt').count()).toBe(0);
    expect(await page.getByTestId('incident-deadlines').textContent()).toMatch(/nog 2[34] uur/);

    const form = page.getByTestId('report-form-early_warning');
    await form.waitFor();
    // Pre-filled from the incident: a malicious cause is suspected, no cross-border impact.
    expect(
      await form
        .getByRole('group', { name: /onrechtmatige of kwaadwillige oorzaak/ })
        .getByLabel('Ja')
        .isChecked(),
    ).toBe(true);
    // The contact person comes from the settings (Cbw art. 26).
    expect(await form.getByLabel('E-mailadres').inputValue()).toBe('ciso@ziekenhuis.example');
    await expectAccessible(page, 'early warning form');
    // Issue 9: a review shows the report as the authority receives it, and only a confirmation sends it.
    await form.getByRole('button', { name: 'Controleer de vroegtijdige waarschuwing' }).click();
    const review = page.getByTestId('report-review');
    await review.waitFor();
    expect(await review.getByTestId('report-content').textContent()).toContain('ciso@ziekenhuis.example');
    await expectAccessible(page, 'early warning review');
    await screenshot(page, 'incident-01b-review');
    await review.getByRole('button', { name: 'Ja, verstuur de vroegtijdige waarschuwing' }).click();

    // Delivered over HTTP by the job runner; the signed receipt appears without a reload.
    await expect
      .poll(() => page.getByTestId('receipt').first().textContent(), { timeout: 30_000 })
      .toMatch(/ontvangstbevestiging MLD-\d{4}-\d{6}/);
    expect(await page.getByTestId('incident-deadlines').textContent()).toContain('Verstuurd');
    await expectAccessible(page, 'incident with the early warning sent');
    await screenshot(page, 'incident-02-receipt');
  });

  it("the authority's analyst sees the early warning once and gives initial feedback within its 24 h clock", async () => {
    await signInAs(ANALYST);
    await page.goto(`${journey.platform.url}/reports`);
    await page.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
    // The demo's own incidents are in the inbox too (seed-demo-incidents.ts): this journey's report is one row.
    const rows = page.getByTestId('inbox-table').locator('tbody tr').filter({ hasText: 'Ransomware op de EPD-server' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Ziekenhuis Noorderlicht');
    expect(await rows.first().textContent()).toContain('Eerste reactie nodig vóór');
    await expectAccessible(page, 'authority inbox');
    await rows.first().getByRole('link').click();
    const detail = page.getByTestId('inbox-report');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('Ransomware op de EPD-server');

    // The report reads as a document: the form's label with the text that was sent, outside the JSON.
    const content = detail.getByTestId('report-content');
    const summaryLabel = content.locator('dl > dt', { hasText: 'Korte omschrijving' });
    expect(await summaryLabel.count()).toBe(1);
    expect(await summaryLabel.locator('xpath=following-sibling::dd[1]').textContent()).toBe(DESCRIPTION);
    expect(await summaryLabel.isVisible()).toBe(true);
    // An answer shows the form's wording, not the machine value.
    expect(await content.locator('dd[data-field="suspectedUnlawfulOrMalicious"]').textContent()).toBe('Ja');
    // The exact record stays available, in a closed section that opens with the keyboard.
    const json = content.locator('details', { has: page.locator('summary', { hasText: 'Toon als JSON' }) });
    expect(await json.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await json.locator('pre').isVisible()).toBe(false);
    await json.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => json.locator('pre').isVisible()).toBe(true);
    expect(await json.locator('pre').getAttribute('tabindex')).toBe('0');
    expect(JSON.parse((await json.locator('pre').textContent()) ?? '')).toMatchObject({
      stage: 'early_warning',
      content: { summary: DESCRIPTION },
    });

    await detail
      .getByLabel('Uw reactie aan de entiteit')
      .fill('Ontvangen. Wij adviseren aangifte te doen; een analist neemt vandaag contact op.');
    await detail.getByRole('button', { name: 'Eerste reactie versturen' }).click();
    await expect.poll(() => page.getByTestId('initial-feedback').textContent()).toContain('Eerste reactie gegeven');
    await expectAccessible(page, 'inbox report after the acknowledgement');
    await screenshot(page, 'incident-03-authority-acknowledged');
  });

  it('the entity sees its receipt and the authority’s initial feedback', async () => {
    await signInAs(HANDLER);
    await page.goto(incidentUrl);
    await page.getByTestId('receipt').first().waitFor();
    await page.getByRole('button', { name: 'Kijk of de autoriteit heeft gereageerd' }).click();
    await expect
      .poll(() => page.getByTestId('authority-feedback').textContent(), { timeout: 15_000 })
      .toContain('Eerste reactie van de autoriteit');
    expect(await page.getByTestId('authority-feedback').textContent()).toContain('aangifte');
    // The sent report reads as the same document as in the authority's inbox.
    await page.getByText('Toon de inhoud zoals verstuurd').click();
    const sent = page.getByTestId('submitted-reports').getByTestId('report-content');
    expect(await sent.locator('dd[data-field="summary"]').textContent()).toBe(DESCRIPTION);
    expect(await sent.locator('dd[data-field="summary"]').isVisible()).toBe(true);
    await expectAccessible(page, 'incident with feedback');
    await screenshot(page, 'incident-04-feedback');
  });
});
