import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue 9 item 8: the status follows the work. On the demo (seed-demo-incidents.ts) the water company's
// ransomware incident is in containment with its early warning sent. Once a final report has gone, the
// incident page asks whether to close it (NIS2 Art. 23(4)(d)); it never closes by itself.

const journey = useDemoJourney();
let page: Page;

/** A call to the API as the signed-in page, with the CSRF double-submit the web app sends. */
async function api(method: 'GET' | 'POST', path: string, body?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name.endsWith('wb_csrf'))?.value ?? '';
  const res = await page.request.fetch(`${journey.platform.url}/api/v1${path}`, {
    method,
    headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status(), body: await res.json() };
}

describe('the incident status follows the work', () => {
  it('asks to close an open incident once its final report has been sent, and closes it on the button', async () => {
    page = await signIn(journey.browser, journey.platform.url, 'incident-handler@water.example', DEMO_PASSWORD);
    const open = (await api('GET', '/incidents?status=containment')).body.items as { id: string; title: string }[];
    const incident = open.find((i) => i.title === 'Ransomware op het klantsysteem')!;
    expect(incident).toBeDefined();

    await page.goto(`${journey.platform.url}/incidents/${incident.id}`);
    await page.getByTestId('incident-status').waitFor();
    expect(await page.getByTestId('incident-status').textContent()).toBe('Inperken');
    expect(await page.getByTestId('status-prompt').count()).toBe(0);

    const sent = await api('POST', `/incidents/${incident.id}/reports`, {
      stage: 'final_report',
      content: {
        description: 'Het klantsysteem is versleuteld via een kwetsbaarheid in de VPN-server.',
        severity: 'high',
        impact: 'Klanten konden drie dagen geen storingen melden via de website.',
        threatTypeOrRootCause: 'Kwetsbaarheid in de VPN-server.',
        mitigationMeasures: { applied: 'VPN-server bijgewerkt; klantsysteem hersteld uit back-up.', ongoing: null },
        crossBorderImpact: null,
      },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);

    await page.reload();
    const prompt = page.getByTestId('status-prompt');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Het eindverslag is verstuurd. Is het incident afgehandeld?');
    // Sending the final report moved nothing by itself.
    expect(await page.getByTestId('incident-status').textContent()).toBe('Inperken');
    await expectAccessible(page, 'incident with the prompt to close');
    await screenshot(page, 'incident-status-prompt');

    await prompt.getByRole('button', { name: 'Naar: Afgesloten' }).click();
    await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('Afgesloten');
    await expect.poll(() => page.getByTestId('status-prompt').count()).toBe(0);
  }, 90_000);
});
