import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue 15 item 2: the demo hospital and the demo water company each name the source IP 192.0.2.44 in a
// report (seed-demo-campaigns.ts); once delivered, the analyst is notified, sees the campaign with the two
// organisations' reports, merges them into one case and writes a decision on its timeline.

const IP = '192.0.2.44';
let analyst: Page;
const journey = useDemoJourney();

describe('campaign journey', () => {
  it('the analyst sees two organisations report the same IP and links them into a case', async () => {
    analyst = await signIn(journey.browser, journey.platform.url, 'analyst@autoriteit.example', DEMO_PASSWORD);
    await analyst.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Campagnes' }).click();
    await analyst.getByRole('heading', { name: 'Campagnes', level: 1 }).waitFor();
    // The demo's reports reach the authority through the outbox a moment after start-up.
    const row = analyst.getByRole('row').filter({ hasText: IP });
    await expect
      .poll(
        async () => {
          if ((await row.count()) > 0) return true;
          await analyst.reload();
          await analyst.getByRole('heading', { name: 'Campagnes', level: 1 }).waitFor();
          return false;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(true);
    expect(await row.getByRole('cell').first().textContent()).toBe('2');
    await expectAccessible(analyst, 'campaigns list');
    await screenshot(analyst, 'authority-campaigns-list');

    await row.getByRole('link').click();
    await analyst.getByTestId('campaign-indicator').waitFor();
    expect(await analyst.getByTestId('campaign-indicator').textContent()).toContain(IP);
    const reports = analyst.getByTestId('linked-reports');
    await expect.poll(() => reports.textContent()).toContain('Ziekenhuis Noorderlicht');
    expect(await reports.textContent()).toContain('Waterbedrijf Lage Landen');
    await expectAccessible(analyst, 'campaign page');

    await analyst.getByLabel('Naam van de zaak').fill('Inlogaanvallen vanaf 192.0.2.44');
    await analyst.getByRole('button', { name: 'Maak zaak' }).click();
    await analyst.getByRole('heading', { name: 'Inlogaanvallen vanaf 192.0.2.44', level: 1 }).waitFor();
    expect(await analyst.getByTestId('case-counts').textContent()).toBe('2 meldingen van 2 organisaties');
    const timeline = analyst.getByTestId('case-timeline');
    expect(await timeline.textContent()).toContain('ontvangen');
    expect(await timeline.textContent()).toContain('aan de zaak toegevoegd');

    await analyst.getByLabel('Soort').selectOption('decision');
    await analyst.getByLabel('Tekst').fill('Waarschuwing sturen aan de zorg- en watersector.');
    await analyst.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => timeline.textContent())
      .toContain('Besluit: Waarschuwing sturen aan de zorg- en watersector.');
    await expectAccessible(analyst, 'campaign case');
    await screenshot(analyst, 'authority-campaigns-case');
  });
});
