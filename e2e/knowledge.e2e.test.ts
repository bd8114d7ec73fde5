import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue 14 item 6: the authority writes and publishes a TLP:CLEAR article, which every organisation reads on
// the public knowledge base without signing in; a TLP:GREEN article for the drinking-water ISAC reaches the
// demo water company (a member) and not the municipality (not a member).

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
});
