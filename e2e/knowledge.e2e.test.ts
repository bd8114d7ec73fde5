import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue 14 item 6: the authority writes and publishes a TLP:CLEAR article, which every organisation reads on
// the public knowledge base without signing in; a TLP:GREEN article for the drinking-water ISAC reaches the
// demo water company (a member) and not the municipality (not a member). Issue 15 item 1: the analyst
// downloads the quarterly trend report and publishes it as a GREEN trend article; the member reads it with its PDF.

const CLEAR_TITLE = 'Openbare handreiking (journey)';
const GREEN_TITLE = 'Dreiging voor drinkwater (journey)';
const journey = useDemoJourney();
let authority: Page;

async function writeAndPublish(page: Page, title: string, tlp: string, community: string) {
  await page.goto(`${journey.platform.url}/knowledge`);
  await page.getByRole('heading', { name: 'Kennisbank', level: 1 }).waitFor();
  await page.getByLabel('Soort', { exact: true }).selectOption({ label: tlp === 'CLEAR' ? 'Handreiking' : 'Dreiging' });
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Samenvatting').fill(`Samenvatting van ${title}`);
  await page
    .getByLabel('Tekst', { exact: true })
    .fill('## Wat u doet\n\n- **Updates** installeren\n\n<script>alert(1)</script>');
  await page.getByLabel('TLP-label').selectOption(tlp);
  await page.getByLabel('Groep').selectOption({ label: community });
  await page.getByRole('button', { name: 'Opslaan als concept' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await page.getByText('Het artikel is gepubliceerd.').first().waitFor();
}

describe('knowledge base journey', () => {
  it('the authority publishes a CLEAR article; it shows on the public page, signed out, without raw HTML', async () => {
    authority = await signIn(journey.browser, journey.platform.url, 'analyst@autoriteit.example', DEMO_PASSWORD);
    await writeAndPublish(authority, CLEAR_TITLE, 'CLEAR', 'Alle entiteiten');
    await expectAccessible(authority, 'knowledge article (authority)');

    const visitor = await (await journey.browser.newContext()).newPage();
    await visitor.goto(`${journey.platform.url}/kennisbank`);
    await visitor.getByRole('heading', { name: 'Kennisbank voor iedereen', level: 1 }).waitFor();
    await visitor.getByRole('link', { name: CLEAR_TITLE }).waitFor();
    // The demo's GREEN and AMBER articles never reach the public page.
    expect(await visitor.getByText('Verkenning van OT-poorten').count()).toBe(0);
    expect(await visitor.getByText('Wiper-aanvallen').count()).toBe(0);
    await expectAccessible(visitor, 'public knowledge base');
    await screenshot(visitor, 'knowledge-01-public');
    await visitor.getByRole('link', { name: CLEAR_TITLE }).click();
    await visitor.getByRole('heading', { name: CLEAR_TITLE, level: 1 }).waitFor();
    await visitor.getByRole('heading', { name: 'Wat u doet', level: 2 }).waitFor();
    expect(await visitor.locator('article script').count()).toBe(0);
    await expectAccessible(visitor, 'public knowledge article');
  });

  it('a GREEN article for the drinking-water ISAC reaches its member and not an outsider', async () => {
    await writeAndPublish(authority, GREEN_TITLE, 'GREEN', 'Drinkwater-ISAC');
    const water = await signIn(journey.browser, journey.platform.url, 'owner@water.example', DEMO_PASSWORD);
    await water.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' }).click();
    await water.getByRole('heading', { name: 'Kennisbank', level: 1 }).waitFor();
    await water.getByRole('link', { name: GREEN_TITLE }).waitFor();
    await water.getByRole('link', { name: 'Dreiging', exact: true }).click();
    await water.getByRole('link', { name: GREEN_TITLE }).waitFor();
    expect(await water.getByRole('link', { name: CLEAR_TITLE }).count()).toBe(0);
    await expectAccessible(water, 'knowledge base (member)');
    await screenshot(water, 'knowledge-02-member');

    const municipality = await signIn(journey.browser, journey.platform.url, 'owner@gemeente.example', DEMO_PASSWORD);
    await municipality.goto(`${journey.platform.url}/knowledge`);
    await municipality.getByRole('link', { name: CLEAR_TITLE }).waitFor();
    expect(await municipality.getByRole('link', { name: GREEN_TITLE }).count()).toBe(0);
  });

  it('the analyst downloads and publishes the quarterly trend report; the member reads it with its PDF', async () => {
    await authority.goto(`${journey.platform.url}/trends`);
    await authority.getByRole('heading', { name: 'Kwartaalrapport', level: 2 }).waitFor();
    await authority.getByLabel('Jaar').fill('2026');
    await authority.getByLabel('Kwartaal', { exact: true }).selectOption('4');
    const href = await authority.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    const pdf = await authority.request.get(`${journey.platform.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await authority.locator('#quarterly-tlp-green').check();
    await authority.getByLabel('Delen met groep').selectOption({ label: 'Drinkwater-ISAC' });
    await expectAccessible(authority, 'trends with quarterly report');
    await authority.getByRole('button', { name: 'Publiceren als kennisartikel' }).click();
    await authority.getByRole('dialog').getByRole('button', { name: 'Publiceren als kennisartikel' }).click();
    await authority.getByRole('link', { name: 'Bekijk Trendrapport Q4 2026 in de kennisbank' }).click();
    await authority.getByRole('heading', { name: 'Trendrapport Q4 2026', level: 1 }).waitFor();

    const water = await signIn(journey.browser, journey.platform.url, 'owner@water.example', DEMO_PASSWORD);
    await water.goto(`${journey.platform.url}/knowledge`);
    await water.getByRole('link', { name: 'Trendrapport Q4 2026' }).click();
    await water.getByRole('heading', { name: 'Trendrapport Q4 2026', level: 1 }).waitFor();
    const report = await water.getByRole('link', { name: 'Download het rapport (PDF)' }).getAttribute('href');
    const download = await water.request.get(`${journey.platform.url}${report}`);
    expect(download.headers()['content-type']).toBe('application/pdf');
    await expectAccessible(water, 'quarterly report article (member)');
    await screenshot(water, 'knowledge-03-quarterly-report');
  });
});
