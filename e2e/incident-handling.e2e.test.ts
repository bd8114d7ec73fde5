import { listSignificanceCriteria, SIGNIFICANCE_ENTITY_TYPES } from '@weerbaar/core/incidents';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #4, incident handling: an incident handler records a crown jewel, records an incident on it and
// handles it on the incident page: a task, indicators of compromise (a malformed one refused by the
// server with the field named), the communication with service recipients (NIS2 Art. 23(1)) and a lesson
// learned turned into an improvement action. A read-only auditor sees all of it without write controls.

const HANDLER = 'incident-handler@ziekenhuis.example';
const LESSON_1 = 'Back-ups van de EPD-server stonden op hetzelfde netwerk als de server.';
const LESSON_2 = 'De beheeromgeving had geen multifactorauthenticatie.';
let page: Page;
let incidentUrl: string;
/** How many services and assets the demo hospital starts with (its seeded dependency graph). */
let seeded = 0;

const journey = useDemoJourney();

async function signInAs(email: string) {
  await page?.context().close();
  page = await signIn(journey.browser, journey.platform.url, email, DEMO_PASSWORD);
}

const status = (text: string) => page.getByRole('status').filter({ hasText: text });

describe('incident handling journey', () => {
  it('the handler records services and assets, one of them a crown jewel', async () => {
    await signInAs(HANDLER);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Diensten en middelen' })
      .click();
    await page.getByRole('heading', { name: 'Diensten en middelen', level: 1 }).waitFor();
    // The demo hospital comes with its services and assets (services/demo/seed-demo-assets.ts).
    const rows = page.getByTestId('assets-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    seeded = await rows.count();
    await expectAccessible(page, 'assets page with the demo graph');

    const create = page.getByRole('region', { name: 'Dienst of middel toevoegen' });
    // Without a name the form names the field.
    await create.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Naam');

    await create.getByLabel('Naam').fill('EPD-server');
    await create.getByLabel('Soort').selectOption('asset');
    await create.getByLabel('Dit is een kroonjuweel').check();
    await create.getByLabel('Verantwoordelijke').fill('Team ICT');
    await create.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => status('EPD-server is toegevoegd').count()).toBe(1);

    await create.getByLabel('Naam').fill('Elektronisch patiëntendossier');
    await create.getByLabel('Soort').selectOption('service');
    await create.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => status('Elektronisch patiëntendossier is toegevoegd').count()).toBe(1);
    await expect.poll(() => rows.count()).toBe(seeded + 2);

    // The same name for the same kind is refused, with the field named.
    await create.getByLabel('Naam').fill('EPD-server');
    await create.getByLabel('Soort').selectOption('asset');
    await create.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Naam: Er is al een dienst of middel');
    expect(await rows.count()).toBe(seeded + 2);

    // Only the crown jewels: the new one among the demo's.
    await page.getByLabel('Alleen kroonjuwelen').check();
    await page.getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => rows.count()).toBeLessThan(seeded);
    for (const text of await rows.allTextContents()) expect(text).toContain('Ja, kroonjuweel');
    const epdServer = rows.filter({ hasText: 'EPD-server' });
    expect(await epdServer.count()).toBe(1);

    // Change who answers for it.
    await epdServer.getByRole('link', { name: 'EPD-server' }).click();
    await page.getByRole('heading', { name: 'EPD-server', level: 1 }).waitFor();
    await page.getByLabel('Verantwoordelijke').fill('Team Infrastructuur');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByTestId('asset-facts').textContent()).toContain('Team Infrastructuur');
    await expect.poll(() => status('De wijzigingen zijn opgeslagen').count()).toBe(1);
    await expectAccessible(page, 'asset detail');

    await page.getByRole('link', { name: 'Terug naar diensten en middelen' }).click();
    await expect.poll(() => rows.count()).toBe(seeded + 2);
    await expectAccessible(page, 'assets page with a crown jewel');
    await screenshot(page, 'incident-handling-01-assets');
  });

  it('the handler links the new server into the graph and sees the blast radius of the power supply', async () => {
    const rows = page.getByTestId('assets-table').locator('tbody tr');
    await rows.filter({ hasText: 'EPD-server' }).getByRole('link', { name: 'EPD-server' }).click();
    await page.getByRole('heading', { name: 'EPD-server', level: 1 }).waitFor();
    // The server depends on the power supply.
    await page
      .getByRole('combobox', { name: 'Hangt af van' })
      .selectOption({ label: 'Stroomnet (netbeheerder) (Nutsvoorziening (stroom, telecom, water))' });
    await page.getByRole('button', { name: 'Toevoegen' }).first().click();
    await expect.poll(() => status('De afhankelijkheid van Stroomnet (netbeheerder) is toegevoegd').count()).toBe(1);
    await expect.poll(() => page.getByTestId('asset-depends-on').textContent()).toContain('Stroomnet (netbeheerder)');
    await expectAccessible(page, 'asset detail with dependencies');

    await page.getByTestId('asset-depends-on').getByRole('link', { name: 'Stroomnet (netbeheerder)' }).click();
    await page.getByRole('heading', { name: 'Stroomnet (netbeheerder)', level: 1 }).waitFor();
    await page.getByTestId('asset-impact-link').click();
    await page.getByRole('heading', { name: 'Wat valt uit als Stroomnet (netbeheerder) uitvalt?', level: 1 }).waitFor();
    const affected = page.getByTestId('impact-affected');
    // Through the datacenter, the network and the EPD to the emergency department; the new server at 1 hop.
    await expect.poll(() => affected.textContent()).toContain('Spoedeisende hulp');
    expect(await affected.locator('tbody tr').filter({ hasText: 'EPD-server' }).textContent()).toContain('1');
    expect(await page.getByTestId('impact-dependants').textContent()).toContain('Patiënten regio Noord');
    expect(await page.getByTestId('impact-graph').count()).toBe(1);
    await expectAccessible(page, 'blast radius of the power supply');
    await screenshot(page, 'incident-handling-01b-blast-radius');
  });

  it('the handler records an incident on the crown jewel', async () => {
    await page.goto(`${journey.platform.url}/incidents/new`);
    await page.getByRole('heading', { name: 'Nieuw incident', level: 1 }).waitFor();
    await page.getByLabel('Korte omschrijving').fill('Inbraak op de EPD-server');
    await page.getByLabel('Soort incident').selectOption('unauthorised_access');
    await page.getByLabel('EPD-server (middel, kroonjuweel)').check();
    await page.getByRole('button', { name: 'Incident registreren' }).click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    incidentUrl = page.url();
    await expect.poll(() => page.locator('.weerbaar-facts').first().textContent()).toContain('EPD-server');
  });

  it('the proposal names its missing facts in Dutch, and answering one changes the proposal', async () => {
    // Recorded without impact facts, the hospital's incident (NIS2 Art. 23(3)) cannot be assessed yet.
    const proposal = page.getByTestId('significance-proposal');
    await expect.poll(() => proposal.textContent()).toContain('Voorstel van Weerbaar: nog niet bekend');
    const panel = page.getByRole('region', { name: 'Is dit een significant incident?' });
    const missing = page.getByTestId('missing-facts-list');
    await expect.poll(() => missing.textContent()).toContain('Kan het incident uw dienstverlening ernstig verstoren?');
    expect(await missing.textContent()).toContain('Is er door het incident iemand overleden, of kan dat gebeuren?');
    // The panel speaks Dutch: no contract identifier such as severeOperationalDisruption shows.
    expect(await panel.innerText()).not.toMatch(/\b[a-z]+[A-Z]\w*/);

    await panel.getByText('Vul aan wat u nu weet').click();
    await panel
      .getByRole('group', { name: 'Kan het incident uw dienstverlening ernstig verstoren?' })
      .getByLabel('Ja')
      .check();
    await panel
      .getByRole('group', { name: 'Is er door het incident iemand overleden, of kan dat gebeuren?' })
      .getByLabel('Nee')
      .check();
    await expectAccessible(page, 'significance panel with the missing facts form');
    await screenshot(page, 'incident-handling-01a-missing-facts');
    await panel.getByRole('button', { name: 'Antwoorden opslaan' }).click();

    await expect.poll(() => proposal.textContent()).toContain('Voorstel van Weerbaar: significant incident');
    await expect.poll(() => status('Uw antwoorden zijn opgeslagen').count()).toBe(1);
    // Focus moves to the refreshed proposal, so keyboard and screen reader users hear the new outcome.
    await expect.poll(() => proposal.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.weerbaar-criteria').first().textContent()).toContain('NIS2 art. 23(3)(a)');
    // The met criterion is named in Dutch; none of core's English criterion summaries shows in the panel.
    expect(await panel.getByTestId('criteria-met').textContent()).toContain(
      'Het incident verstoort de dienstverlening ernstig, of kan dat doen',
    );
    const panelText = await panel.innerText();
    const englishSummaries = SIGNIFICANCE_ENTITY_TYPES.flatMap((type) =>
      listSignificanceCriteria(type).map((c) => c.summary),
    );
    expect(englishSummaries).toContain('severe operational disruption of the services caused or possible');
    for (const summary of englishSummaries) expect(panelText).not.toContain(summary);
    expect(await missing.count()).toBe(0);
    await expectAccessible(page, 'significance panel after answering a fact');
    await screenshot(page, 'incident-handling-01b-significance');
  });

  it('the handler adds a task and marks it done', async () => {
    const tasks = page.getByTestId('incident-tasks');
    await expect.poll(() => tasks.textContent()).toContain('Er zijn nog geen taken.');
    await tasks.locator('summary').filter({ hasText: 'Een taak toevoegen' }).click();
    await tasks.getByLabel('Taak', { exact: true }).fill('Inlogpogingen op de beheeromgeving nagaan');
    await tasks.locator('#task-new-assignee').fill('Team ICT');
    await tasks.getByRole('button', { name: 'Taak toevoegen', exact: true }).click();
    const row = tasks.locator('tbody tr').filter({ hasText: 'Inlogpogingen op de beheeromgeving nagaan' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Team ICT');
    expect(await row.textContent()).toContain('Open');

    await row.getByRole('button', { name: 'Afronden' }).click();
    await expect.poll(() => row.textContent()).toContain('Afgerond op');
    expect(await row.getByRole('button', { name: 'Weer openen' }).count()).toBe(1);
  });

  it('the server refuses a malformed indicator, naming the field, and normalises good ones', async () => {
    const observables = page.getByTestId('incident-observables');
    await expect.poll(() => observables.textContent()).toContain('Er zijn nog geen indicatoren vastgelegd.');
    await observables.getByLabel('Soort indicator').selectOption('ipv4');
    await observables.getByLabel('Waarde').fill('999.1.1.1');
    await observables.getByRole('button', { name: 'Indicator toevoegen' }).click();
    const summary = observables.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('Waarde: Dit is geen IPv4-adres');
    expect(await observables.getByLabel('Waarde').getAttribute('aria-invalid')).toBe('true');
    expect(await observables.locator('tbody tr').count()).toBe(0);

    await observables.getByLabel('Waarde').fill('192.0.2.10');
    await observables.getByRole('button', { name: 'Indicator toevoegen' }).click();
    // The form is emptied when the message appears; only then type the next one.
    await expect.poll(() => status('Indicator vastgelegd: 192.0.2.10').count()).toBe(1);
    await expect.poll(() => observables.locator('tbody tr').count()).toBe(1);
    await observables.getByLabel('Soort indicator').selectOption('domain');
    await observables.getByLabel('Waarde').fill('Beheer-Login.Example.NL.');
    await observables.getByLabel('Toelichting').fill('Phishingdomein voor de beheeromgeving');
    await observables.getByRole('button', { name: 'Indicator toevoegen' }).click();
    await expect.poll(() => observables.locator('tbody tr').count()).toBe(2);
    const text = await observables.locator('tbody').textContent();
    expect(text).toContain('192.0.2.10');
    // Stored as the server normalised it: lower case, without the trailing dot.
    expect(text).toContain('beheer-login.example.nl');
    expect(await observables.getByRole('alert').count()).toBe(0);
  });

  it('the handler logs what service recipients were told (NIS2 Art. 23(1))', async () => {
    const communications = page.getByTestId('incident-communications');
    await expect
      .poll(() => communications.textContent())
      .toContain('Er is nog geen communicatie met afnemers vastgelegd.');
    await communications.locator('summary').click();
    await communications.getByLabel('Waarover heeft u afnemers geïnformeerd?').selectOption('significant_incident');
    await communications.getByLabel('Welke afnemers?').fill('Patiënten met een afspraak deze week');
    await communications.getByLabel('Aantal afnemers').fill('1200');
    await communications.getByLabel('Hoe?').selectOption('website');
    await communications
      .getByLabel('Wat heeft u verteld?')
      .fill('Het patiëntendossier is tijdelijk niet beschikbaar. Neem uw medicijnlijst mee naar uw afspraak.');
    await communications.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    const rows = communications.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Patiënten met een afspraak deze week (1200 afnemers)');
    expect(await rows.first().textContent()).toContain('Website');
  });

  it('the handler records lessons learned and turns one into an improvement action', async () => {
    const lessons = page.getByTestId('incident-lessons');
    expect(await lessons.textContent()).toContain('Er zijn nog geen lessen vastgelegd.');
    await lessons.getByLabel('Geleerde lessen').fill(`${LESSON_1}\n${LESSON_2}`);
    await lessons.getByRole('button', { name: 'Lessen opslaan' }).click();
    const items = lessons.locator('.weerbaar-lessons li');
    await expect.poll(() => items.count()).toBe(2);

    await items.nth(1).getByRole('button', { name: 'Maak er een verbeteractie van' }).click();
    const title = lessons.getByLabel('Taak', { exact: true });
    expect(await title.inputValue()).toBe(LESSON_2);
    // Focus moves to the new form, so keyboard users land where they can go on.
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await lessons.locator('#improvement-assignee').fill('CISO');
    await lessons.getByRole('button', { name: 'Verbeteractie toevoegen' }).click();

    const row = page.getByTestId('incident-tasks').locator('tbody tr').filter({ hasText: LESSON_2 });
    await expect.poll(() => row.count()).toBe(1);
    // The form closes; focus goes back to the section instead of being lost.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lessons-heading');
    expect(await row.textContent()).toContain('Verbeteractie');
    expect(await row.textContent()).toContain('CISO');
    await expect.poll(() => items.nth(1).textContent()).toContain('er is een verbeteractie voor');
    expect(await items.nth(0).getByRole('button', { name: 'Maak er een verbeteractie van' }).count()).toBe(1);
    await expect.poll(() => page.locator('.weerbaar-timeline').textContent()).toContain(`Verbeteractie: ${LESSON_2}`);

    // Unfold every folded form too, so the scan covers them.
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expectAccessible(page, 'incident page with tasks, indicators, communication and lessons');
    await screenshot(page, 'incident-handling-02-incident');
  });

  it('a read-only auditor sees the handling but no controls to change it', async () => {
    await signInAs('auditor@ziekenhuis.example');
    await page.goto(incidentUrl);
    const tasks = page.getByTestId('incident-tasks');
    await expect.poll(() => tasks.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => page.getByTestId('incident-observables').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('incident-lessons').textContent()).toContain(LESSON_1);
    expect(await page.getByRole('button', { name: 'Afronden' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Indicator toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Vastleggen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lessen opslaan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Maak er een verbeteractie van' }).count()).toBe(0);

    await page.goto(`${journey.platform.url}/assets`);
    await expect.poll(() => page.getByTestId('assets-table').locator('tbody tr').count()).toBe(seeded + 2);
    expect(await page.getByRole('heading', { name: 'Dienst of middel toevoegen' }).count()).toBe(0);
  });
});
