import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, useDemoJourney } from './support/journey.ts';

// Issue 14 item 1: the demo water company opens "Informatiedeling", sees its two communities and the
// information shared with it under each TLP label it may read, with the TLP badge. axe WCAG 2.1 AA.

const AUDITOR = 'auditor@water.example';
const journey = useDemoJourney();

describe('sharing journey', () => {
  it('shows the communities and the shared objects with their TLP labels', async () => {
    const page = await signIn(journey.browser, journey.platform.url, AUDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.platform.url}/sharing`);
    await page.getByRole('heading', { level: 1, name: 'Informatiedeling' }).waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'Gemeenschappen' }).textContent())
      .toContain('Drinkwater-ISAC');
    const objects = page.getByRole('table', { name: 'Gedeelde informatie' });
    await expect.poll(() => objects.textContent()).toContain('TLP:AMBER+STRICT');
    // One badge per row: the labels the water company's auditor may read, and not the demo's RED note,
    // which names no one of the water company.
    const labels = (await objects.getByRole('cell').allTextContents()).filter((cell) => cell.startsWith('TLP:'));
    expect([...new Set(labels)].sort()).toEqual(['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:CLEAR', 'TLP:GREEN']);
    await expectAccessible(page, 'sharing page');
    await screenshot(page, 'sharing');
  });
});
