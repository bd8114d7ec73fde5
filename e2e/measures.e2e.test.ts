import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #12: a risk manager of the demo hospital sees how far it is with NIS2 Art. 21 (progress per
// section), adopts Impl. Reg. 2024/2690, marks its cryptography policy (9.1) implemented with an
// evidence file, and sees Art. 21(2)(h) count through the crosswalk: coverage rises from 45% to 55%.
// Then from a measure to the demo risk that names it, and back. axe WCAG 2.1 AA on each page.

const RISK_MANAGER = 'risk-manager@ziekenhuis.example';
let page: Page;

const journey = useDemoJourney();
const art21 = () => page.getByTestId('coverage-nis2-art21');

describe('measures journey', () => {
  it('a 2024/2690 measure with evidence raises NIS2 Art. 21 coverage through the crosswalk', async () => {
    page = await signIn(journey.browser, journey.platform.url, RISK_MANAGER, DEMO_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Maatregelen' }).click();
    await expect.poll(() => art21().textContent()).toContain('45% klaar');
    await expectAccessible(page, 'measures overview');
    await screenshot(page, 'measures-overview');

    await page.getByRole('button', { name: /2024\/2690.*toepassen/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'U past' }).count()).toBe(1);

    await page.goto(`${journey.platform.url}/measures/ir-2024-2690:9.1`);
    await page.getByRole('heading', { level: 1, name: /9\.1/ }).waitFor();
    expect(await page.getByTestId('counts-for').textContent()).toContain('nis2-art21:h');
    const evidence = page.getByRole('region', { name: 'Bewijsstukken' });
    await evidence
      .getByLabel('Bestand')
      .setInputFiles({ name: 'cryptografiebeleid.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await evidence.getByRole('button', { name: 'Bestand toevoegen' }).click();
    await evidence.getByRole('link', { name: 'cryptografiebeleid.pdf' }).waitFor();

    await page.getByLabel('Stand', { exact: true }).selectOption('implemented');
    await page.locator('#measure-owner').fill('CISO');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByTestId('measure-status').textContent()).toBe('Klaar');
    await expectAccessible(page, 'measure detail with evidence');

    await page.getByRole('link', { name: 'Terug naar alle eisen' }).click();
    await expect.poll(() => art21().textContent()).toContain('55% klaar');

    // Filters live in the URL.
    await page.goto(`${journey.platform.url}/measures?catalogue=nis2-art21&overdue=true`);
    await expect
      .poll(() => page.getByTestId('measures-table').textContent())
      .toContain('Beveiliging van de toeleveringsketen');
    await expectAccessible(page, 'filtered measures list');

    // Risks ↔ measures: the demo ransomware risk names Art. 21(2)(j) (MFA) as existing measure.
    await page.goto(`${journey.platform.url}/measures/nis2-art21:j`);
    const risks = page.getByRole('region', { name: "Vermindert deze risico's" });
    await risks.getByRole('link', { name: 'Ransomware op het EPD' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ransomware op het EPD' }).waitFor();
    await page.getByRole('link', { name: /nis2-art21:j/ }).click();
    await page.getByRole('heading', { level: 1, name: /Art\. 21\(2\)\(j\)/ }).waitFor();
    await expectAccessible(page, 'measure detail with linked risks');
  });
});
