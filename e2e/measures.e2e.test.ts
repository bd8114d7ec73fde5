import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #12: a risk manager of the demo hospital sees how far it is with NIS2 Art. 21 (progress per
// section), adopts Impl. Reg. 2024/2690, marks its cryptography policy (9.1) implemented with an
// evidence file, and sees Art. 21(2)(h) count through the crosswalk for one of its three 2024/2690 parts
// (9.1-9.3; core coverage.ts): coverage rises from 45% to 48%.
// Then from a measure to the demo risk that names it, and back. axe WCAG 2.1 AA on each page.
// Second: coverage over time as a chart per catalogue; the NIST SP 800-53 LOW catalog uploaded as an own
// framework, uploaded again (updated, no copy), and deleted after the confirmation.

const RISK_MANAGER = 'risk-manager@ziekenhuis.example';
const NIST_LOW = fileURLToPath(
  new URL(
    '../packages/core/test/fixtures/oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json',
    import.meta.url,
  ),
);
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
    await expect.poll(() => art21().textContent()).toContain('48% klaar');

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

  it('shows coverage over time as a chart, and imports, updates and deletes an own OSCAL catalogue', async () => {
    await page.goto(`${journey.platform.url}/measures`);
    // One chart per adopted catalogue, named and summarised; the table stays beside it.
    const chart = page.getByTestId('coverage-chart-nis2-art21');
    await chart.waitFor();
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await page.getByTestId('coverage-history').count()).toBe(1);

    const own = page.getByRole('region', { name: 'Eigen kaders (OSCAL)' });
    await own.getByLabel('OSCAL-catalogus (JSON)').setInputFiles(NIST_LOW);
    await own.getByRole('button', { name: 'Inlezen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is ingelezen (149 eisen)' }).count()).toBe(1);
    await expect.poll(() => own.getByTestId('own-catalogues').getByRole('listitem').count()).toBe(1);

    await own.getByLabel('OSCAL-catalogus (JSON)').setInputFiles(NIST_LOW);
    await own.getByRole('button', { name: 'Inlezen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is bijgewerkt' }).count()).toBe(1);
    expect(await own.getByTestId('own-catalogues').getByRole('listitem').count()).toBe(1);
    await expectAccessible(page, 'measures with chart and own catalogue');

    await own.getByRole('button', { name: /verwijderen$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('blijven bewaard', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Ja, doorgaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is verwijderd' }).count()).toBe(1);
    await own.getByText('U hebt nog geen eigen kaders.').waitFor();
  });
});
