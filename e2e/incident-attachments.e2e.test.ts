import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #4, evidence files: an incident handler adds a log file to an incident with the keyboard-usable
// file field, sees it listed with its checksum, downloads it byte for byte, is told plainly when a file is
// empty, and removes a wrong file after confirming. axe WCAG 2.1 AA on each state.

const HANDLER = 'incident-handler@ziekenhuis.example';
let page: Page;

const journey = useDemoJourney();

describe('incident attachments journey', () => {
  it('a handler adds, downloads and removes evidence files on the incident page', async () => {
    page = await signIn(journey.browser, journey.platform.url, HANDLER, DEMO_PASSWORD, { acceptDownloads: true });

    // The incident itself is recorded through the API with the page's own session (its form has its own journey).
    const csrf = (await page.context().cookies()).find((c) => c.name === 'wb_csrf')!.value;
    const created = await page.request.post(`${journey.platform.url}/api/v1/incidents`, {
      headers: { 'X-CSRF-Token': csrf },
      data: {
        title: 'Verdachte inlogpogingen op de VPN',
        category: 'unauthorised_access',
        detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
        impact: {},
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${journey.platform.url}/incidents/${id}`);

    const section = page.getByRole('region', { name: 'Bijlagen' });
    await section.getByText('Er zijn nog geen bijlagen.').waitFor();
    await expectAccessible(page, 'incident page without attachments');

    // An empty file is refused before it is sent, next to the field.
    await section
      .getByLabel('Bestand kiezen')
      .setInputFiles({ name: 'leeg.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await section.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await expect.poll(() => section.getByText('Dit bestand is leeg').count()).toBe(1);
    await expectAccessible(page, 'attachment field with an error');

    const log = Buffer.from(`2026-03-01T09:40:00Z vpn-gw denied user=admin src=198.51.100.7\n`.repeat(2000));
    const field = section.getByLabel('Bestand kiezen');
    await field.setInputFiles({ name: 'vpn-log ü.txt', mimeType: 'text/plain', buffer: log });
    // Keyboard only: from the field to the button and press Enter.
    await field.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is toegevoegd' }).count()).toBe(1);
    const link = section.getByRole('link', { name: 'vpn-log ü.txt' });
    await link.waitFor();
    const sha = createHash('sha256').update(log).digest('hex');
    expect(await section.textContent()).toContain(sha.slice(0, 12));
    await expectAccessible(page, 'incident page with an attachment');
    await screenshot(page, 'incident-attachments');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('vpn-log ü.txt');
    const saved = await readFile((await download.path())!);
    expect(createHash('sha256').update(saved).digest('hex')).toBe(sha);

    // The timeline records it; then the file is removed after confirming.
    await expect.poll(() => page.getByText('Bijlage toegevoegd: vpn-log ü.txt').count()).toBeGreaterThan(0);
    await section.getByRole('button', { name: 'vpn-log ü.txt verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bijlage verwijderen?' });
    await expectAccessible(page, 'confirm removal');
    await dialog.getByRole('button', { name: 'Ja, doorgaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is verwijderd' }).count()).toBe(1);
    await section.getByText('Er zijn nog geen bijlagen.').waitFor();
    await expect.poll(() => page.getByText('Bijlage verwijderd: vpn-log ü.txt').count()).toBeGreaterThan(0);
  });
});
