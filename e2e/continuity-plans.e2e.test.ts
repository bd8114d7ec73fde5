import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #13 items 2-3: the risk manager of the demo hospital builds a continuity plan for a service from the
// graph (call tree, recovery steps in order); only the owner may approve it, and does; the owner downloads
// the emergency pack (noodpakket); the platform is stopped and the pack's static HTML file is opened from
// disk (file://) in Chromium, offline, with no request leaving the file. axe WCAG 2.1 AA on every screen and
// on the file.

const MANAGER = 'risk-manager@ziekenhuis.example';
const OWNER = 'owner@ziekenhuis.example';
const PLAN = 'Uitval EPD op de operatiekamers';
let downloads: string;

const journey = useDemoJourney();
afterAll(async () => {
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

async function addRow(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
}

describe('continuity plans journey', () => {
  it('a risk manager builds a plan, the owner approves it and prints the pack, which opens from disk with the platform down', async () => {
    const base = journey.platform.url;
    const manager = await signIn(journey.browser, base, MANAGER, DEMO_PASSWORD);
    // The overview already says the printed pack is behind the demo plans in force.
    await expect
      .poll(() => manager.getByTestId('overview-continuity-plans').textContent())
      .toContain('Het geprinte noodpakket is verouderd');
    await manager
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Continuïteitsplannen' })
      .click();
    await manager.getByRole('heading', { level: 1, name: 'Continuïteitsplannen en crisisprotocollen' }).waitFor();
    // The demo plans are there, approved but never printed: the reminder shows.
    await expect.poll(() => manager.getByTestId('plans-table').textContent()).toContain('Uitval EPD: zorg gaat door');
    await manager.getByTestId('pack-outdated').waitFor();
    await expectAccessible(manager, 'continuity plans page');

    await manager.getByLabel('Dienst').selectOption({ label: 'Operaties' });
    await manager.getByLabel('Naam van het plan').fill(PLAN);
    await manager.getByRole('button', { name: 'Plan maken' }).click();
    await manager.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    const planUrl = manager.url();

    const editor = manager.getByTestId('plan-editor');
    await editor
      .getByLabel(/^Wanneer zetten we dit plan in\?/)
      .fill('Het EPD werkt langer dan 15 minuten niet op de OK.');
    await addRow(manager, 'Persoon in de belboom toevoegen');
    const caller = editor.getByRole('group', { name: 'Persoon in de belboom 1' });
    await caller.getByLabel(/^Naam/).fill('Coördinator OK');
    await caller.getByLabel(/^Telefoon/).fill('06-12345678');
    await addRow(manager, 'Stap toevoegen');
    await editor.getByRole('group', { name: 'Stap 1' }).getByLabel('Stap', { exact: true }).fill('EPD terugzetten');
    await addRow(manager, 'Stap toevoegen');
    await editor
      .getByRole('group', { name: 'Stap 2' })
      .getByLabel('Stap', { exact: true })
      .fill('Papieren OK-lijst gebruiken');
    // The order of recovery matters: the paper list comes first.
    await manager.getByRole('button', { name: 'Stap 2 omhoog' }).click();
    await expect
      .poll(() => editor.getByRole('group', { name: 'Stap 1' }).getByLabel('Stap', { exact: true }).inputValue())
      .toBe('Papieren OK-lijst gebruiken');
    await editor.getByLabel(/^Wat heeft u veranderd\?/).fill('Eerste versie');
    await manager.getByRole('button', { name: 'Plan opslaan' }).click();
    await expect.poll(() => manager.getByRole('status').filter({ hasText: 'Het plan is opgeslagen.' }).count()).toBe(1);
    await expect.poll(() => manager.getByTestId('plan-version-1').textContent()).toContain('concept');
    // Drafting is the risk manager's; putting it in force is not (the API's 403 is in continuity-plans.test.ts).
    await manager.getByTestId('approval-needed').waitFor();
    await expectAccessible(manager, 'plan page with the editor');
    await screenshot(manager, 'continuity-plan-editor');

    const owner = await signIn(journey.browser, base, OWNER, DEMO_PASSWORD, { acceptDownloads: true });
    await owner.goto(planUrl);
    await owner.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await owner.getByRole('button', { name: 'Versie 1 goedkeuren' }).click();
    await expect.poll(() => owner.getByTestId('plan-facts').textContent()).toContain('versie 1, goedgekeurd door');
    await expect.poll(() => owner.getByTestId('plan-version-1').textContent()).toContain('geldt nu');
    await expect
      .poll(() => owner.getByTestId('pack-panel').textContent())
      .toContain('Het geprinte noodpakket is verouderd');
    await expectAccessible(owner, 'plan page after approval');

    await owner.getByRole('button', { name: 'Download noodpakket' }).click();
    const htmlLink = owner.getByRole('link', { name: /Noodpakket als HTML-bestand/ });
    await htmlLink.waitFor();
    downloads = await mkdtemp(path.join(os.tmpdir(), 'weerbaar-pack-'));
    const [html] = await Promise.all([owner.waitForEvent('download'), htmlLink.click()]);
    expect(html.suggestedFilename()).toMatch(/^noodpakket-\d+-\d{4}-\d{2}-\d{2}\.html$/);
    const htmlFile = path.join(downloads, html.suggestedFilename());
    await html.saveAs(htmlFile);
    const [pdf] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('link', { name: /Noodpakket als PDF/ }).click(),
    ]);
    const pdfFile = path.join(downloads, pdf.suggestedFilename());
    await pdf.saveAs(pdfFile);
    expect((await readFile(pdfFile)).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(owner, 'plan page with the pack ready');
    await screenshot(owner, 'continuity-pack-ready');

    // The platform goes down; the file still opens, offline, and asks for nothing outside itself.
    await journey.platform.stop();
    const offline = await journey.browser.newContext({ offline: true });
    const paper = await offline.newPage();
    const requests: string[] = [];
    paper.on('request', (r) => requests.push(r.url()));
    const fileUrl = pathToFileURL(htmlFile).href;
    await paper.goto(fileUrl);
    await paper.getByRole('heading', { level: 1, name: /^Noodpakket/ }).waitFor();
    const text = (await paper.textContent('body')) ?? '';
    expect(text).toContain('Ziekenhuis Noorderlicht');
    expect(text).toMatch(/Noodpakket versie \d+, gemaakt op \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    expect(text).toContain(PLAN);
    expect(text).toContain('Coördinator OK');
    expect(text).toContain('06-12345678');
    expect(text).toContain('Uitval EPD: zorg gaat door op papier');
    const steps = await paper.locator(`section:has(h2:has-text("${PLAN}")) ol.steps li`).allTextContents();
    expect(steps.map((s) => s.split(' ')[0])).toEqual(['Papieren', 'EPD']);
    expect(requests).toEqual([fileUrl]);
    expect(await paper.locator('script').count()).toBe(0);
    await expectAccessible(paper, 'the offline pack opened from disk');
    await screenshot(paper, 'continuity-pack-offline');
    await offline.close();
  });
});
