import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #13 item 8, one journey on one demo platform: the hospital's risk manager builds a continuity plan
// for a service from the graph (call tree, recovery steps in order); only the owner may approve it, and does,
// and downloads the emergency pack (noodpakket). The risk manager plans a tabletop on the EPD scenario with the
// municipality invited; the municipality accepts on its own overview; the hospital holds the exercise, records
// a finding, turns it into an improvement action and sees it under "Mijn taken". The water company sees its
// SCADA supplier as a single point of failure, records an alternative and sees the BIA warning change, and
// its control-room roles with who is trained. Last, the platform is stopped and the pack's static HTML file
// is opened from disk (file://) in an offline Chromium, with no request leaving the file. axe WCAG 2.1 AA on
// every screen and on the file.

const MANAGER = 'risk-manager@ziekenhuis.example';
const OWNER = 'owner@ziekenhuis.example';
const CITY = 'owner@gemeente.example';
const WATER = 'risk-manager@water.example';
const PLAN = 'Uitval EPD op de operatiekamers';
const TITLE = 'Tabletop EPD met de gemeente';
const ACTION = 'Belschema gemeente bijwerken';
let downloads: string;
let htmlFile: string;
let hospital: Page;

const journey = useDemoJourney();
afterAll(async () => {
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

describe('continuity journey', () => {
  it('a risk manager builds a plan, the owner approves it and downloads the pack', async () => {
    const base = journey.platform.url;
    hospital = await signIn(journey.browser, base, MANAGER, DEMO_PASSWORD);
    // The overview already says the printed pack is behind the demo plans in force.
    await expect
      .poll(() => hospital.getByTestId('overview-continuity-plans').textContent())
      .toContain('Het geprinte noodpakket is verouderd');
    await hospital
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Continuïteitsplannen' })
      .click();
    await hospital.getByRole('heading', { level: 1, name: 'Continuïteitsplannen en crisisprotocollen' }).waitFor();
    // The demo plans are there, approved but never printed: the reminder shows.
    await expect.poll(() => hospital.getByTestId('plans-table').textContent()).toContain('Uitval EPD: zorg gaat door');
    await hospital.getByTestId('pack-outdated').waitFor();
    await expectAccessible(hospital, 'continuity plans page');

    await hospital.getByLabel('Dienst').selectOption({ label: 'Operaties' });
    await hospital.getByLabel('Naam van het plan').fill(PLAN);
    await hospital.getByRole('button', { name: 'Plan maken' }).click();
    await hospital.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    const planUrl = hospital.url();

    const editor = hospital.getByTestId('plan-editor');
    await editor
      .getByLabel(/^Wanneer zetten we dit plan in\?/)
      .fill('Het EPD werkt langer dan 15 minuten niet op de OK.');
    await hospital.getByRole('button', { name: 'Persoon in de belboom toevoegen' }).click();
    const caller = editor.getByRole('group', { name: 'Persoon in de belboom 1' });
    await caller.getByLabel(/^Naam/).fill('Coördinator OK');
    await caller.getByLabel(/^Telefoon/).fill('06-12345678');
    const step = (n: number) => editor.getByRole('group', { name: `Stap ${n}` }).getByLabel('Stap', { exact: true });
    await hospital.getByRole('button', { name: 'Stap toevoegen' }).click();
    await step(1).fill('EPD terugzetten');
    await hospital.getByRole('button', { name: 'Stap toevoegen' }).click();
    await step(2).fill('Papieren OK-lijst gebruiken');
    // The order of recovery matters: the paper list comes first.
    await hospital.getByRole('button', { name: 'Stap 2 omhoog' }).click();
    await expect.poll(() => step(1).inputValue()).toBe('Papieren OK-lijst gebruiken');
    await editor.getByLabel(/^Wat heeft u veranderd\?/).fill('Eerste versie');
    await hospital.getByRole('button', { name: 'Plan opslaan' }).click();
    await expect
      .poll(() => hospital.getByRole('status').filter({ hasText: 'Het plan is opgeslagen.' }).count())
      .toBe(1);
    await expect.poll(() => hospital.getByTestId('plan-version-1').textContent()).toContain('concept');
    // Drafting is the risk manager's; putting it in force is not (the API's 403 is in continuity-plans.test.ts).
    await hospital.getByTestId('approval-needed').waitFor();
    await expectAccessible(hospital, 'plan page with the editor');
    await screenshot(hospital, 'continuity-plan-editor');

    const owner = await signIn(journey.browser, base, OWNER, DEMO_PASSWORD, { acceptDownloads: true });
    await owner.goto(planUrl);
    await owner.getByRole('button', { name: 'Versie 1 goedkeuren' }).click();
    await expect.poll(() => owner.getByTestId('plan-facts').textContent()).toContain('versie 1, goedgekeurd door');
    await expect.poll(() => owner.getByTestId('plan-version-1').textContent()).toContain('geldt nu');
    await expect
      .poll(() => owner.getByTestId('pack-panel').textContent())
      .toContain('Het geprinte noodpakket is verouderd');

    await owner.getByRole('button', { name: 'Download noodpakket' }).click();
    const htmlLink = owner.getByRole('link', { name: /Noodpakket als HTML-bestand/ });
    await htmlLink.waitFor();
    downloads = await mkdtemp(path.join(os.tmpdir(), 'weerbaar-pack-'));
    const [html] = await Promise.all([owner.waitForEvent('download'), htmlLink.click()]);
    expect(html.suggestedFilename()).toMatch(/^noodpakket-\d+-\d{4}-\d{2}-\d{2}\.html$/);
    htmlFile = path.join(downloads, html.suggestedFilename());
    await html.saveAs(htmlFile);
    const [pdf] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('link', { name: /Noodpakket als PDF/ }).click(),
    ]);
    const pdfFile = path.join(downloads, pdf.suggestedFilename());
    await pdf.saveAs(pdfFile);
    expect((await readFile(pdfFile)).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(owner, 'plan page after approval, with the pack ready');
    await screenshot(owner, 'continuity-pack-ready');
  });

  it('plans a tabletop with the municipality invited, which accepts; a finding becomes an improvement action', async () => {
    await hospital.goto(`${journey.platform.url}/exercises`);
    await hospital.getByRole('heading', { level: 1, name: 'Oefeningen' }).waitFor();
    // The demo tabletop (four weeks ahead) is planned already; this year's calendar shows twelve months.
    await expect.poll(() => hospital.getByTestId('exercises').textContent()).toContain('het EPD ligt eruit');
    await expect.poll(() => hospital.getByTestId('exercise-calendar').locator(':scope > li').count()).toBe(12);
    await expectAccessible(hospital, 'exercises page');
    await screenshot(hospital, 'exercises');

    const form = hospital.getByTestId('exercise-form');
    await form.getByLabel('Titel').fill(TITLE);
    await form.getByLabel('Soort oefening').selectOption({ label: 'Tabletop' });
    await form.getByLabel('Scenario').selectOption({ label: 'Ransomware op het EPD' });
    await form.getByLabel('Datum').fill('2027-03-10');
    await form.getByLabel('Doelen').fill('Binnen 30 minuten over op papier\nAfstemmen met de gemeente');
    await form.getByRole('button', { name: 'Oefening plannen' }).click();
    await hospital.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    const invite = hospital.getByTestId('invite-form');
    await invite.getByLabel('Organisatie').selectOption({ label: 'Gemeente Weerdam (Public administration)' });
    await invite.getByLabel('Rol in de oefening').fill('Crisisteam bevolkingszorg');
    await invite.getByRole('button', { name: 'Organisatie uitnodigen' }).click();
    await expect.poll(() => hospital.getByTestId('exercise-invitations').textContent()).toContain('Uitgenodigd');

    // The municipality, in its own platform: the invitation's facts, and a button to take part.
    const city = await signIn(journey.browser, journey.platform.url, CITY, DEMO_PASSWORD);
    const received = city.getByTestId('exercise-invitations-received');
    await expect.poll(() => received.textContent()).toContain(TITLE);
    await expect.poll(() => received.textContent()).toContain('Organisator: Ziekenhuis Noorderlicht');
    await expectAccessible(city, 'overview with an exercise invitation');
    await received.getByRole('button', { name: `Meedoen aan ${TITLE}`, exact: true }).click();
    await expect
      .poll(() =>
        city
          .getByRole('status')
          .filter({ hasText: `U doet mee aan ${TITLE}` })
          .count(),
      )
      .toBe(1);
    await screenshot(city, 'exercise-invitation');

    await hospital.reload();
    await expect.poll(() => hospital.getByTestId('exercise-invitations').textContent()).toContain('Doet mee');
    await hospital.getByRole('button', { name: 'Oefening is gehouden' }).click();
    await expect.poll(() => hospital.getByTestId('exercise-status').textContent()).toBe('Gehouden');
    const finding = hospital.getByTestId('finding-form');
    await finding.getByLabel('Bevinding').fill('Het belschema van de gemeente was verouderd.');
    await finding.getByRole('button', { name: 'Bevinding toevoegen' }).click();
    await hospital.getByText('Verbeteractie toevoegen', { exact: true }).first().click();
    const action = hospital.getByTestId('action-form');
    await action.getByLabel('Verbeteractie').fill(ACTION);
    await action.getByLabel('Eigenaar').fill(MANAGER);
    await action.getByRole('button', { name: 'Verbeteractie toevoegen' }).click();
    await expect.poll(() => hospital.getByTestId('finding-actions').textContent()).toContain(ACTION);
    await expectAccessible(hospital, 'exercise with an invitation, a finding and an action');
    await screenshot(hospital, 'exercise-detail');

    await hospital.goto(`${journey.platform.url}/`);
    await hospital.getByRole('link', { name: ACTION }).waitFor();
  });

  it('the water company finds its SCADA supplier as a single point of failure and records an alternative', async () => {
    const water = await signIn(journey.browser, journey.platform.url, WATER, DEMO_PASSWORD);
    const menu = (name: string) =>
      water.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();
    const openDrinkingWater = async () => {
      await menu('Bedrijfsimpact');
      await water.getByTestId('bia-list').getByRole('link', { name: 'Drinkwaterlevering' }).click();
      await water.getByRole('heading', { name: 'Analyse van Drinkwaterlevering', level: 1 }).waitFor();
    };
    // Drinking water waits 48 hours on the SCADA supplier while it can bear 12.
    await openDrinkingWater();
    await expect
      .poll(() => water.getByTestId('bia-warnings').textContent())
      .toContain('Onderhoud OT op afstand is pas na 48 uur terug. De dienst kan maar 12 uur zonder.');
    await expectAccessible(water, 'business impact analysis');
    await screenshot(water, 'continuity-bia-01-analysis');

    await menu('Leveranciers');
    const add = water.getByRole('region', { name: 'Leverancier toevoegen' });
    await add.getByLabel('Naam').fill('Tweede OT-integrator');
    await add.getByRole('button', { name: 'Leverancier toevoegen' }).click();
    await water.getByRole('heading', { name: 'Tweede OT-integrator', level: 1 }).waitFor();
    await water.getByRole('link', { name: 'Leveranciers' }).first().click();
    await water.getByTestId('concentration-link').click();
    await water.getByRole('heading', { name: 'Kwetsbare punten', level: 1 }).waitFor();
    const first = water
      .getByTestId('concentration')
      .locator('li.weerbaar-bars__item')
      .filter({ hasText: 'ProcesAutomatisering Noord bv' });
    await expect.poll(() => first.textContent()).toContain('2 kritieke diensten vallen uit');
    expect(await first.textContent()).toContain('Drinkwaterlevering — 12 uur');
    await expectAccessible(water, 'concentration');
    await screenshot(water, 'continuity-bia-02-concentration');

    await first.getByRole('link', { name: 'ProcesAutomatisering Noord bv' }).click();
    const row = water.getByRole('form', { name: 'Alternatief vastleggen: SCADA → Onderhoud OT op afstand' });
    await row.getByLabel('Alternatief', { exact: true }).selectOption({ label: 'Tweede OT-integrator' });
    await row.getByLabel('Overstaptijd (uur)').fill('16');
    await row.getByRole('button', { name: 'Alternatief vastleggen' }).click();
    await expect.poll(() => water.getByTestId('supplier-alternatives').textContent()).toContain('Tweede OT-integrator');
    await expectAccessible(water, 'supplier detail');

    // The analysis now counts the switch-over time instead.
    await openDrinkingWater();
    await expect
      .poll(() => water.getByTestId('bia-warnings').textContent())
      .toContain('Overstappen naar het alternatief voor Onderhoud OT op afstand duurt 16 uur.');

    await water.goto(`${journey.platform.url}/critical-roles`);
    await water.getByRole('heading', { level: 1, name: 'Kritieke functies en bewustwording' }).waitFor();
    await expect.poll(() => water.getByTestId('critical-roles').textContent()).toContain('Operator centrale meldkamer');
    await expect.poll(() => water.getByTestId('critical-roles').textContent()).toContain('Gedekt');
    await expectAccessible(water, 'critical roles page');
    await screenshot(water, 'critical-roles');
  });

  it('the pack opens from disk, offline, with the platform down', async () => {
    expect(htmlFile).toBeTruthy();
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
