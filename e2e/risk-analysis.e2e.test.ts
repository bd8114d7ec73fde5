import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #11, risk analysis: the hospital's risk manager marks the patient-record system as a crown jewel,
// builds a ransomware scenario from it in the guided builder, scores it, and finds it in the register and
// in the heatmaps of inherent and residual risk. The register's filters live in the URL. The demo's
// ransomware and power outage risks show which services and which people outside go down with them (the
// blast radius of the power supplier itself: e2e/incident-handling).

const RISK_MANAGER = 'risk-manager@ziekenhuis.example';
const JEWEL = 'Patiëntendossier (journey)';
let page: Page;

const journey = useDemoJourney();
const status = (text: string) => page.getByRole('status').filter({ hasText: text });

describe('risk analysis journey', () => {
  it('the risk manager marks a crown jewel', async () => {
    page = await signIn(journey.browser, journey.platform.url, RISK_MANAGER, DEMO_PASSWORD);
    await page.goto(`${journey.platform.url}/assets`);
    const create = page.getByRole('region', { name: 'Dienst of middel toevoegen' });
    await create.getByLabel('Naam').fill(JEWEL);
    await create.getByLabel('Soort').selectOption('asset');
    await create.getByLabel('Dit is een kroonjuweel').check();
    await create.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => status(`${JEWEL} is toegevoegd`).count()).toBe(1);
  });

  it('builds a ransomware scenario from the crown jewel and scores it', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Risico's" }).click();
    await page.getByRole('heading', { name: 'Risicoanalyse', level: 1 }).waitFor();
    await expectAccessible(page, 'risk register');
    await page.getByRole('link', { name: 'Nieuw scenario' }).click();
    await page.getByRole('heading', { name: 'Scenario maken', level: 1 }).waitFor();

    await page.getByLabel(JEWEL).check();
    await page.getByLabel('Dreiging', { exact: true }).selectOption('ransomware');
    await expect.poll(() => page.getByTestId('builder-threat-info').textContent()).toContain('losgeld');
    expect(await page.getByLabel('Naam van het risico').inputValue()).toBe(`Ransomware: ${JEWEL}`);
    await page.getByLabel('Wat gebeurt er?').fill('Het dossier is drie dagen niet te gebruiken.');
    await page.getByLabel('Kans zonder maatregelen').selectOption('4');
    await page.getByLabel('Bruto risico: Continuïteit van de dienstverlening').selectOption('5');
    await page.getByLabel('Bruto risico: Veiligheid en gezondheid').selectOption('4');
    await page.getByLabel('Bestaande maatregelen').fill('M-01: Offline back-ups');
    // A residual above the inherent risk is refused, with the field named.
    await page.getByLabel('Kans met de maatregelen').selectOption('5');
    await page.getByLabel('Restrisico: Continuïteit van de dienstverlening').selectOption('4');
    await page.getByRole('button', { name: 'Scenario en risico opslaan' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Kans met de maatregelen');
    await expectAccessible(page, 'scenario builder with an error');
    await page.getByLabel('Kans met de maatregelen').selectOption('3');
    await page.getByLabel('Aanpak', { exact: true }).selectOption('mitigate');
    await page.getByLabel('Wie voert de aanpak uit').fill('CISO');
    await page.getByLabel('Klaar op').fill('2027-06-30');
    await page.getByRole('button', { name: 'Scenario en risico opslaan' }).click();
    await page.waitForURL(/\/risks\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('risk-facts').textContent()).toContain('20 – Zeer hoog');
    expect(await page.getByTestId('risk-facts').textContent()).toContain('12 – Hoog');
    await expectAccessible(page, 'risk detail');
    await screenshot(page, 'risk-analysis-01-detail');
  });

  it('finds the risk in the register, the heatmaps and by a search kept in the URL', async () => {
    await page.getByRole('link', { name: 'Terug naar het risicoregister' }).click();
    const rows = page.getByTestId('risks-table').locator('tbody tr');
    await expect.poll(() => rows.allTextContents()).toContainEqual(expect.stringContaining(`Ransomware: ${JEWEL}`));
    // Likelihood 4 × worst impact 5: the cell in the row "4." and column "5." counts it.
    const inherentCell = page.getByTestId('heatmap-inherent').locator('tbody tr').nth(1).locator('td').nth(4);
    expect(Number(await inherentCell.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    const residualCell = page.getByTestId('heatmap-residual').locator('tbody tr').nth(2).locator('td').nth(3);
    expect(Number(await residualCell.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);

    await page.locator('#risks-q').fill('journey');
    await page.getByRole('button', { name: "Toon risico's" }).click();
    await page.waitForURL(/q=journey/);
    await expect.poll(() => rows.count()).toBe(1);
    await page.reload();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator('#risks-q').inputValue()).toBe('journey');
    // The per-service view: only the risks whose scenario hits the crown jewel.
    await page.locator('#risks-q').fill('');
    await page.getByLabel('Dienst of middel').selectOption({ label: `${JEWEL} (kroonjuweel)` });
    await page.getByRole('button', { name: "Toon risico's" }).click();
    await page.waitForURL(/assetId=/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(JEWEL);
    await expectAccessible(page, 'risk register with heatmaps');
    await screenshot(page, 'risk-analysis-02-register');
  });
});

describe('the threat catalogue', () => {
  it('shows the catalogue by RbRA theme with its sources and takes an own threat', async () => {
    await page.getByRole('link', { name: 'Dreigingen' }).click();
    await page.getByRole('heading', { name: 'Dreigingen', level: 1 }).waitFor();
    const cyber = page.getByTestId('threats-cyber-threats');
    await expect.poll(() => cyber.textContent()).toContain('Manipulatie van besturingssystemen (OT)');
    expect(await page.getByRole('heading', { name: 'Bedreiging vitale infrastructuur' }).count()).toBe(1);
    const add = page.getByRole('region', { name: 'Eigen dreiging toevoegen' });
    await add.getByLabel('Naam').fill('Uitval van de zuurstofvoorziening');
    await add.getByLabel('Thema').selectOption('critical-infrastructure-threats');
    await add.getByLabel('Soort').selectOption('physical');
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => status('Uitval van de zuurstofvoorziening is toegevoegd').count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('threats-critical-infrastructure-threats').textContent())
      .toContain('Uitval van de zuurstofvoorziening (eigen dreiging)');
    await expectAccessible(page, 'threat catalogue');
  });
});

describe('the risk matrix', () => {
  it('shows the default 5×5 and takes an own review interval and band name', async () => {
    await page.goto(`${journey.platform.url}/risks`);
    await page.getByRole('link', { name: 'Risicomatrix' }).click();
    await page.getByRole('heading', { name: 'Risicomatrix', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('matrix-kind').textContent()).toContain('standaardmatrix');
    await expectAccessible(page, 'risk matrix');
    await page.getByLabel('Opnieuw beoordelen na (maanden)').fill('60');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Opnieuw beoordelen na');
    await page.getByLabel('Opnieuw beoordelen na (maanden)').fill('24');
    await page.getByLabel('Niveau 4: naam').fill('Kritiek');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByTestId('matrix-kind').textContent()).toContain('eigen matrix');
    await expect.poll(() => page.getByTestId('matrix-preview').textContent()).toContain('Kritiek');
  });
});

describe('what goes down', () => {
  it('shows, for the demo ransomware risk on the EPD, the services and the people outside that go down with it', async () => {
    await page.goto(`${journey.platform.url}/risks`);
    await page.getByRole('link', { name: 'Ransomware op het EPD' }).click();
    await page.getByRole('heading', { name: 'Ransomware op het EPD', level: 1 }).waitFor();
    const impact = page.getByTestId('risk-impact');
    await expect.poll(() => impact.textContent()).toContain('Spoedeisende hulp');
    expect(await impact.textContent()).toContain('Patiënten regio Noord');
    await expectAccessible(page, 'risk detail with what goes down');
    await screenshot(page, 'risk-analysis-03-impact');
  });

  it('shows, for the demo power outage, every service behind the power supply and the region outside', async () => {
    await page.goto(`${journey.platform.url}/risks`);
    await page.getByRole('link', { name: 'Stroomuitval van 24 uur in de regio' }).click();
    await page.getByRole('heading', { name: 'Stroomuitval van 24 uur in de regio', level: 1 }).waitFor();
    const impact = page.getByTestId('risk-impact');
    // The power supply carries the data centre, the building systems and the theatre equipment: more than
    // one service goes down, and with them the people of the region.
    await expect.poll(() => impact.textContent()).toContain('Operaties');
    expect(await impact.textContent()).toContain('Spoedeisende hulp');
    expect(await impact.textContent()).toContain('Patiënten regio Noord');
    await expectAccessible(page, 'power outage risk with what goes down');
  });
});
