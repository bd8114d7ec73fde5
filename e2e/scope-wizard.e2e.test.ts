import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, expectAccessible, screenshot } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #3's journeys through the scope wizard ("Valt mijn organisatie onder de wet?") on the public /check
// page, without signing in: a municipality, a food producer and a retailer, each with an axe WCAG 2.1 AA
// scan; then, signed in, saving an outcome to the organisation's history.

let page: Page;

const journey = useDemoJourney();

/** A new browser context each time: no cookies, so /check is really visited anonymously. */
async function freshPage(path: string): Promise<Page> {
  await page?.context().close();
  page = await (await journey.browser.newContext()).newPage();
  await page.goto(`${journey.platform.url}${path}`);
  await page.locator('h1').first().waitFor();
  return page;
}

/** The question on screen is `question`; pick `answer` and go on with "Volgende" (or the key given). */
async function answer(question: RegExp, choice: string, via: 'click' | 'enter' = 'click') {
  await expect.poll(() => page.locator('legend').first().textContent()).toMatch(question);
  const option = page.getByRole(choice.startsWith('☐ ') ? 'checkbox' : 'radio', {
    name: choice.replace(/^☐ /, ''),
    exact: true,
  });
  await option.check();
  if (via === 'enter') await option.press('Enter');
  else await page.getByRole('button', { name: /^(Volgende|Next)$/ }).click();
}

async function seeOutcome(label: string) {
  await page.getByRole('heading', { name: /Controleer uw antwoorden|Check your answers/ }).waitFor();
  await expectAccessible(page, `${label}: review`);
  await page.getByRole('button', { name: /Bekijk de uitkomst|See the outcome/ }).click();
  await page.getByRole('heading', { name: /^(Uitkomst|Outcome)$/ }).waitFor();
  await expectAccessible(page, `${label}: outcome`);
}

const verdict = (regime: 'nl' | 'eu') => page.getByTestId(`scope-verdict-${regime}`).textContent();

describe('scope wizard on the public /check page', () => {
  it('a municipality is an essential entity under the Cbw (art. 8(1)(h)), without size questions', async () => {
    await freshPage('/check');
    await expectAccessible(page, 'municipality: first question');
    // No choice made: the error is announced and links to the question.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Kies een antwoord.');
    await expectAccessible(page, 'municipality: question with an error');
    await page.getByRole('alert').getByRole('link').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-sector-0');
    await answer(/In welke sector/, 'Overheid');
    // The keyboard path: Enter on a radio button advances, and the next question's first field has focus.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type))
      .toBe('radio');
    await answer(/Wat voor overheidsorganisatie/, 'Gemeente of gemeenschappelijke regeling', 'enter');
    await answer(/nationale veiligheid/, 'Nee');
    await answer(/kritieke entiteit/, 'Nee');
    await seeOutcome('municipality');
    expect(await verdict('nl')).toContain('Essentiële entiteit');
    expect(await verdict('nl')).toContain('Cbw art. 8(1)(h)');
    expect(await verdict('eu')).toContain('Valt niet onder NIS2');
    expect(await page.locator('.weerbaar-scope-reasons li').count()).toBeGreaterThan(1);
    expect(await page.locator('.weerbaar-scope-obligations').first().textContent()).toContain('zorgplicht');
    await screenshot(page, 'scope-01-municipality');

    // "Afdrukken of opslaan als PDF" opens the browser's print dialog; the print stylesheet leaves only
    // the outcome on paper.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.weerbaar-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Antwoorden wijzigen' }).isVisible()).toBe(false);
    expect(await page.getByTestId('scope-verdict-nl').isVisible()).toBe(true);
    await screenshot(page, 'scope-01-municipality-print');
    await page.pdf({ path: path.join(ARTIFACTS, 'scope-01-municipality.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });

  it('a food producer with 60 staff and EUR 12 m turnover is an important entity; a bad figure names the field', async () => {
    await freshPage('/check');
    await answer(/In welke sector/, 'Productie, verwerking en distributie van levensmiddelen');
    await answer(/Wat voor organisatie/, 'Levensmiddelenbedrijven: groothandel en industriële productie en verwerking');
    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/ook een van deze dingen/);
    await page.getByRole('button', { name: 'Volgende' }).click();

    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/Hoe groot/);
    await page.getByLabel('Aantal medewerkers in jaarlijkse arbeidseenheden (JAE)').fill('-60');
    await page.getByLabel('Jaaromzet in euro').fill('twaalf miljoen');
    await page.getByRole('checkbox', { name: 'Weet ik niet (balanstotaal)' }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('Aantal medewerkers in jaarlijkse arbeidseenheden (JAE)');
    expect(await summary.textContent()).toContain('Jaaromzet in euro');
    expect(
      await page.getByLabel('Aantal medewerkers in jaarlijkse arbeidseenheden (JAE)').getAttribute('aria-invalid'),
    ).toBe('true');
    await expectAccessible(page, 'food producer: errors');
    await screenshot(page, 'scope-02-errors');

    await page.getByLabel('Aantal medewerkers in jaarlijkse arbeidseenheden (JAE)').fill('60');
    await page.getByLabel('Jaaromzet in euro').fill('12.000.000');
    await page.getByRole('button', { name: 'Volgende' }).click();
    // With 60 staff a group can only make it larger, and an Annex II entity is important either way: no group
    // question. The preceding year can still keep it small (Rec. 2003/361/EC Annex Art. 4(2)): asked.
    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/boekjaar daarvoor/);
    await expectAccessible(page, 'food producer: previous period');
    await page.getByLabel('Aantal medewerkers in jaarlijkse arbeidseenheden (JAE)').fill('55');
    await page.getByLabel('Jaaromzet in euro').fill('11.000.000');
    await page.getByLabel('Balanstotaal in euro').fill('9.000.000');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await answer(/kritieke entiteit/, 'Nee');
    await answer(/minister uw organisatie aangewezen/, 'Nee');
    await answer(/aanbieder van een essentiële dienst/, 'Nee');
    await answer(/uitgezonderd van de zorgplicht en meldplicht/, 'Nee');
    await seeOutcome('food producer');
    expect(await verdict('nl')).toContain('Belangrijke entiteit');
    expect(await verdict('nl')).toContain('Cbw art. 12(1)(b)');
    expect(await verdict('eu')).toContain('Belangrijke entiteit');
    expect(await page.getByText('middelgrote onderneming').first().isVisible()).toBe(true);
    await screenshot(page, 'scope-03-food-producer');
  });

  it('a retailer is not covered by the Cbw (in English); its size cannot change that, so it is not asked', async () => {
    await freshPage('/check');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await answer(/In which sector/, 'Production, processing and distribution of food');
    await answer(/What kind of organisation/, 'None of these, for example retail');
    await answer(/also do any of these/, '☐ Provide DNS services');
    // A DNS service makes the retailer essential whatever its size: go back and untick it.
    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/root name servers/);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByRole('checkbox', { name: 'Provide DNS services' }).uncheck();
    await page.getByRole('button', { name: 'Next' }).click();
    await answer(/critical entity/, 'No');
    await seeOutcome('retailer');
    expect(await verdict('nl')).toContain('Not covered by the Cbw');
    expect(await verdict('nl')).toContain('Cbw arts. 8, 12 (not in bijlage 1 or 2)');
    expect(await verdict('eu')).toContain('Not covered by NIS2');
    expect(await page.getByText('not needed for this outcome').isVisible()).toBe(true);
    expect(await page.getByText('Nothing has been stored').isVisible()).toBe(true);
    await screenshot(page, 'scope-04-retailer-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });

  it("a 'weet ik niet' answer gives a conditional outcome that says what it depends on", async () => {
    await freshPage('/check');
    await answer(/In welke sector/, 'Productie, verwerking en distributie van levensmiddelen');
    await answer(/Wat voor organisatie/, 'Levensmiddelenbedrijven: groothandel en industriële productie en verwerking');
    await page.getByRole('button', { name: 'Volgende' }).click();
    for (const name of [
      'Weet ik niet (aantal medewerkers)',
      'Weet ik niet (jaaromzet)',
      'Weet ik niet (balanstotaal)',
    ]) {
      await page.getByRole('checkbox', { name }).check();
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
    // Unknown figures: the group and the preceding year can still change the outcome, so both are asked.
    await answer(/bij een groep/, 'Nee, geen partner- of verbonden ondernemingen');
    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/boekjaar daarvoor/);
    await page.getByRole('checkbox', { name: 'Weet ik niet' }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await answer(/kritieke entiteit/, 'Nee');
    await answer(/minister uw organisatie aangewezen/, 'Nee');
    await answer(/aanbieder van een essentiële dienst/, 'Nee');
    await answer(/uitgezonderd van de zorgplicht en meldplicht/, 'Nee');
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await page.getByRole('heading', { name: 'Voorlopige uitkomst' }).waitFor();
    expect(await page.getByTestId('scope-depends-on').textContent()).toMatch(
      /De uitkomst hangt af van: .*Aantal medewerkers/,
    );
    await expectAccessible(page, 'conditional outcome');
    await screenshot(page, 'scope-05-conditional');
  });
});

describe('scope wizard: groups, the preceding year and the main establishment (issue 17)', () => {
  it('a small cloud subsidiary of a large group, headquartered in Germany: NIS2 essential, the Cbw does not apply (art. 4(3))', async () => {
    await freshPage('/check');
    await answer(/In welke sector/, 'Digitale infrastructuur');
    await answer(/Wat voor organisatie/, 'Aanbieders van cloudcomputingdiensten');
    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/ook een van deze dingen/);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/Hoe groot/);
    await page.getByLabel('Aantal medewerkers in jaarlijkse arbeidseenheden (JAE)').fill('30');
    await page.getByLabel('Jaaromzet in euro').fill('5.000.000');
    await page.getByLabel('Balanstotaal in euro').fill('5.000.000');
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Small on its own figures: the group can change the outcome (Rec. 2003/361/EC Annex Art. 6(2)).
    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/bij een groep/);
    await page.getByRole('radio', { name: 'Ja, deze ondernemingen' }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    // A row left empty names its fields.
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Onderneming 1 — Medewerkers (JAE)');
    await page.getByLabel('Medewerkers (JAE)').fill('900');
    await page.getByLabel('Jaaromzet in euro').fill('300.000.000');
    await page.getByLabel('Balanstotaal in euro').fill('200.000.000');
    await expectAccessible(page, 'cloud: group');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/boekjaar daarvoor/);
    await page.getByLabel('Aantal medewerkers in jaarlijkse arbeidseenheden (JAE)').fill('920');
    await page.getByLabel('Jaaromzet in euro').fill('290.000.000');
    await page.getByLabel('Balanstotaal in euro').fill('190.000.000');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await answer(/kritieke entiteit/, 'Nee');

    // NIS2 Art. 26(1)(b): the main establishment decides, asked because there are two establishments.
    await expect.poll(() => page.locator('legend').first().textContent()).toMatch(/In welke EU-landen/);
    await page.getByRole('checkbox', { name: 'Duitsland', exact: true }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await answer(/Waar is de hoofdvestiging/, 'Duitsland');
    await answer(/uitgezonderd van de zorgplicht en meldplicht/, 'Nee');
    await seeOutcome('cloud subsidiary');
    expect(await verdict('nl')).toContain('Valt niet onder de Cbw');
    expect(await verdict('nl')).toContain('Cbw art. 4(3) (NIS2 art. 26(1)(b), (2): DE)');
    expect(await verdict('eu')).toContain('Essentiële entiteit');
    expect(await page.getByTestId('scope-jurisdiction').textContent()).toContain('Duitsland');
    expect(await page.getByText('grote onderneming').first().isVisible()).toBe(true);
    await screenshot(page, 'scope-07-cloud-group-de');
  });
});

describe('scope wizard, signed in', () => {
  it("saves the outcome to the organisation's history", async () => {
    await freshPage('/login');
    await page.getByLabel('E-mailadres').fill('risk-manager@gemeente.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${journey.platform.url}/`);
    await page.goto(`${journey.platform.url}/scope`);
    await page.locator('h1').first().waitFor();
    await answer(/In welke sector/, 'Overheid');
    await answer(/Wat voor overheidsorganisatie/, 'Gemeente of gemeenschappelijke regeling');
    await answer(/nationale veiligheid/, 'Nee');
    await answer(/kritieke entiteit/, 'Nee');
    await seeOutcome('signed in');
    await page.getByRole('button', { name: 'Opslaan in de geschiedenis' }).click();
    await page.getByText('De beoordeling is opgeslagen in de geschiedenis.').waitFor();
    const history = page.getByTestId('scope-history');
    await expect.poll(() => history.textContent()).toContain('Essentiële entiteit');
    expect(await history.textContent()).toContain('risk-manager@gemeente.example');
    await expectAccessible(page, 'saved with history');
    await screenshot(page, 'scope-06-history');

    await history.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Opgeslagen beoordeling' }).waitFor();
    expect(await verdict('nl')).toContain('Cbw art. 8(1)(h)');
    await expectAccessible(page, 'saved assessment');
  });
});
