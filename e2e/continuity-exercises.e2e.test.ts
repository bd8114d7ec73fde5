import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #13 items 5-6: the hospital's risk manager plans a tabletop on the EPD scenario and invites the
// municipality; the municipality accepts on its own overview (it sees the invitation's facts only); the
// hospital holds the exercise, records a finding, turns it into an improvement action and sees that
// action under "Mijn taken". The water company's critical roles show their coverage. axe WCAG 2.1 AA.

const MANAGER = 'risk-manager@ziekenhuis.example';
const CITY = 'owner@gemeente.example';
const WATER = 'risk-manager@water.example';
const TITLE = 'Tabletop EPD met de gemeente';
const ACTION = 'Belschema gemeente bijwerken';

const journey = useDemoJourney();

describe('continuity exercises journey', () => {
  it('plans a tabletop with the municipality invited, which accepts; a finding becomes my task', async () => {
    const hospital: Page = await signIn(journey.browser, journey.platform.url, MANAGER, DEMO_PASSWORD);
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
    await expectAccessible(hospital, 'exercise detail');

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
    await hospital
      .getByTestId('finding-form')
      .getByLabel('Bevinding')
      .fill('Het belschema van de gemeente was verouderd.');
    await hospital.getByTestId('finding-form').getByRole('button', { name: 'Bevinding toevoegen' }).click();
    await hospital.getByText('Verbeteractie toevoegen', { exact: true }).first().click();
    const action = hospital.getByTestId('action-form');
    await action.getByLabel('Verbeteractie').fill(ACTION);
    await action.getByLabel('Eigenaar').fill(MANAGER);
    await action.getByRole('button', { name: 'Verbeteractie toevoegen' }).click();
    await expect.poll(() => hospital.getByTestId('finding-actions').textContent()).toContain(ACTION);
    await expectAccessible(hospital, 'exercise with a finding and an action');
    await screenshot(hospital, 'exercise-detail');

    await hospital.goto(`${journey.platform.url}/`);
    await hospital.getByRole('link', { name: ACTION }).waitFor();
  });

  it("shows the water company's control-room roles with who is trained", async () => {
    const water = await signIn(journey.browser, journey.platform.url, WATER, DEMO_PASSWORD);
    await water.goto(`${journey.platform.url}/critical-roles`);
    await water.getByRole('heading', { level: 1, name: 'Kritieke functies en bewustwording' }).waitFor();
    await expect.poll(() => water.getByTestId('critical-roles').textContent()).toContain('Operator centrale meldkamer');
    await expect.poll(() => water.getByTestId('critical-roles').textContent()).toContain('Gedekt');
    await expectAccessible(water, 'critical roles page');
    await screenshot(water, 'critical-roles');
  });
});
