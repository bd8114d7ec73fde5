import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #15 item 3: the demo authority, also a supervisor, asks the demo hospital for information with its
// measures dossier; the hospital's risk manager answers in its own platform with the dossier; the
// supervisor sees the answer and the dossier's files. axe WCAG 2.1 AA on every page visited.

const ANALYST = 'analyst@autoriteit.example';
const RISK_MANAGER = 'risk-manager@ziekenhuis.example';
const HOSPITAL = 'Ziekenhuis Noorderlicht';
const SUBJECT = 'Back-ups en uitwijk van het EPD';

const journey = useDemoJourney();

describe('supervision journey', () => {
  it('a supervisor asks the hospital, the hospital answers with its measures dossier, the supervisor sees it', async () => {
    const supervisor: Page = await signIn(journey.browser, journey.platform.url, ANALYST, DEMO_PASSWORD);
    // The hospital's registration reaches the register once the server delivers it.
    await expect
      .poll(
        async () => {
          await supervisor.goto(`${journey.platform.url}/supervision`);
          await supervisor.getByRole('heading', { level: 1 }).waitFor();
          return supervisor.locator('#request-entity option', { hasText: HOSPITAL }).count();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(1);
    // The demo's open request is on the list already.
    await expect.poll(() => supervisor.getByTestId('supervision-requests').textContent()).toContain('Zorgplicht');
    await expectAccessible(supervisor, 'supervision (supervisor)');
    await screenshot(supervisor, 'supervision-01-supervisor');

    const form = supervisor.getByTestId('send-request-form');
    await form.getByLabel('Entiteit').selectOption({ label: HOSPITAL });
    await form.getByLabel('Onderwerp').fill(SUBJECT);
    await form.getByLabel('Wat wilt u weten?').fill('Hoe vaak test u het terugzetten van back-ups?');
    await form.getByLabel('Wettelijke grondslag').selectOption('information');
    await form.getByLabel('Antwoord uiterlijk op').fill('2027-01-15');
    await form.getByRole('button', { name: 'Verzoek versturen' }).click();
    await supervisor.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await expect.poll(() => supervisor.getByTestId('request-status').textContent()).toContain('Verstuurd');
    await expect.poll(() => supervisor.getByTestId('request-facts').textContent()).toContain('Awb art. 5:16');
    await expectAccessible(supervisor, 'information request (supervisor)');

    const hospital: Page = await signIn(journey.browser, journey.platform.url, RISK_MANAGER, DEMO_PASSWORD);
    await hospital.goto(`${journey.platform.url}/supervision`);
    await hospital.getByRole('link', { name: SUBJECT }).click();
    await hospital.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await expectAccessible(hospital, 'information request (entity)');
    const answer = hospital.getByTestId('answer-form');
    await answer.getByLabel('Uw antwoord').fill('Wij testen het terugzetten elk kwartaal. Zie het dossier.');
    await answer.getByLabel(/dossier met maatregelen/).check();
    await answer.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expect.poll(() => hospital.getByTestId('request-status').textContent()).toContain('Beantwoord');
    await screenshot(hospital, 'supervision-02-entity-answered');

    await supervisor.reload();
    await expect.poll(() => supervisor.getByTestId('request-status').textContent()).toContain('Beantwoord');
    const documents = supervisor.getByTestId('answer-documents');
    await expect.poll(() => documents.textContent()).toMatch(/maatregelen-dossier-.*\.pdf/);
    await expect.poll(() => documents.textContent()).toMatch(/maatregelen-oscal-.*\.json/);
    await expect.poll(() => supervisor.getByTestId('request-messages').textContent()).toContain('elk kwartaal');
    const pdf = await supervisor.getByRole('link', { name: /\.pdf$/ }).getAttribute('href');
    const download = await supervisor.request.get(`${journey.platform.url}${pdf}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(supervisor, 'answered request (supervisor)');
    await screenshot(supervisor, 'supervision-03-supervisor-answer');
  });
});
