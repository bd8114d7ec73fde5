import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue #12 item 5: the owner of the demo hospital opens the board page from the measures page, sees the
// board's approval in force (NIS2 Art. 20(1); Cbw art. 24(1)) and a board member's certificate that
// expires soon (Cbw art. 24(4)), records a new training and a new approval (version 2). axe WCAG 2.1 AA.

const OWNER = 'owner@ziekenhuis.example';
let page: Page;

const journey = useDemoJourney();

describe('board journey', () => {
  it('shows the approval in force and expiring training, and records a training and a new approval', async () => {
    page = await signIn(journey.browser, journey.platform.url, OWNER, DEMO_PASSWORD);
    await page.goto(`${journey.platform.url}/measures`);
    await page.getByRole('link', { name: /^Bestuur: goedkeuring/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Bestuur en maatregelen' }).waitFor();
    await expect.poll(() => page.getByTestId('latest-approval').textContent()).toContain('Marieke de Vries');
    await expect.poll(() => page.getByTestId('board-trainings').textContent()).toContain('Verloopt binnenkort');
    await expectAccessible(page, 'board page');
    await screenshot(page, 'board');

    const training = page.getByTestId('training-form');
    await training.getByLabel('Naam bestuurslid').fill('Pieter Smit');
    await training.getByLabel('Rol in het bestuur').fill('Lid raad van bestuur');
    await training.getByLabel('Naam van de opleiding').fill('Cyberweerbaarheid voor bestuurders');
    await training.getByLabel('Datum van de opleiding').fill('2026-11-20');
    await training.getByLabel(/Certificaat geldig tot/).fill('2028-11-20');
    await training.getByRole('button', { name: 'Opleiding vastleggen' }).click();
    await expect.poll(() => page.getByTestId('board-trainings').textContent()).toContain('Pieter Smit');

    const approval = page.getByTestId('approval-form');
    await approval.getByLabel('Datum van goedkeuring').fill('2026-12-07');
    await approval.getByLabel('Naam van wie goedkeurde').fill('Marieke de Vries');
    await approval.getByLabel('Functie').fill('Voorzitter raad van bestuur');
    await approval.getByLabel('Besluit').fill('Het bestuur keurt de maatregelen opnieuw goed.');
    await approval.getByRole('button', { name: 'Goedkeuring vastleggen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'versie 2' }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('approval-history').textContent()).toContain('opnieuw goed');
    await expectAccessible(page, 'board page after approval');
  });
});
