import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #16 item 6: the demo authority plans an exercise on the RbRA theme "Cyberdreigingen" in its
// exercise agenda and invites the demo water company; the water company confirms on its exercises page;
// the authority sees the answer and the exercise on the coverage picture. axe WCAG 2.1 AA on every page.

const ANALYST = 'analyst@autoriteit.example';
const WATER_OWNER = 'owner@water.example';
const AGENDA = 'Interdepartementale oefenagenda 2026–2029';
const TITLE = 'Oefening storing betaalverkeer';
const ORGANISER = 'Ministerie van Financiën';

const journey = useDemoJourney();

describe('exercise agenda journey', () => {
  it('the authority plans a cyber exercise, invites the water company, which confirms; the coverage shows it', async () => {
    const authority: Page = await signIn(journey.browser, journey.platform.url, ANALYST, DEMO_PASSWORD);
    await authority.goto(`${journey.platform.url}/exercise-agenda`);
    await authority.getByRole('link', { name: AGENDA }).click();
    await authority.getByRole('heading', { level: 1, name: AGENDA }).waitFor();
    await expectAccessible(authority, 'exercise agenda');

    const form = authority.getByTestId('agenda-item-form');
    await form.getByLabel('Naam').fill(TITLE);
    await form.getByLabel('Thema').selectOption({ label: 'Cyberdreigingen' });
    await form.getByLabel('Scenario').fill('Een DDoS-aanval legt het betaalverkeer twee dagen stil.');
    await form.getByLabel('Organisator').fill(ORGANISER);
    await form.getByLabel('Doelen').fill('Afspraken met banken over noodbetalen toetsen');
    await form.getByLabel('Eerste dag').fill('2028-06-13');
    await form.getByRole('button', { name: 'Oefening op de agenda zetten' }).click();
    await authority.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    const invite = authority.getByTestId('agenda-invite-form');
    const water = await invite.locator('option', { hasText: 'Waterbedrijf Lage Landen' }).getAttribute('value');
    await invite.getByLabel('Organisatie').selectOption(water!);
    await invite.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect.poll(() => authority.getByTestId('agenda-invitations').textContent()).toContain('Uitgenodigd');
    await expectAccessible(authority, 'agenda item');

    const entity: Page = await signIn(journey.browser, journey.platform.url, WATER_OWNER, DEMO_PASSWORD);
    await entity.goto(`${journey.platform.url}/exercises`);
    await entity.getByRole('heading', { level: 2, name: 'Oefeningen van de overheid waaraan u deelneemt' }).waitFor();
    await entity.getByRole('button', { name: `Ik doe mee aan ${TITLE}` }).click();
    const mine = entity.getByTestId('agenda-participation').filter({ hasText: TITLE });
    await expect.poll(() => mine.getByTestId('participation-status').textContent()).toBe('U doet mee');
    await expectAccessible(entity, 'exercises with government exercises');
    await screenshot(entity, 'exercise-agenda-01-entity');

    await authority.reload();
    await expect.poll(() => authority.getByTestId('agenda-invitations').textContent()).toContain('Doet mee');
    await authority.getByRole('link', { name: 'Terug naar de oefenagenda' }).click();
    await authority.getByRole('heading', { level: 1, name: AGENDA }).waitFor();
    const cyberRow = authority.getByTestId('agenda-coverage-table').getByRole('row', { name: /Cyberdreigingen/ });
    await expect.poll(() => cyberRow.textContent()).toContain(`1 gepland (${ORGANISER})`);
    await expect.poll(() => authority.getByTestId('agenda-coverage').locator('svg').count()).toBe(1);
    await expectAccessible(authority, 'exercise agenda with coverage');
    await screenshot(authority, 'exercise-agenda-02-coverage');
  });
});
