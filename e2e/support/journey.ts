import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startPlatform, type RunningPlatform } from './server.ts';

/** The password of every demo account (`weerbaar seed --demo`). */
export const DEMO_PASSWORD = 'weerbaar-demo-2026';

export interface Journey {
  readonly platform: RunningPlatform;
  readonly browser: Browser;
}

/**
 * A demo installation and a Chromium for the journeys of one file: started before its tests, stopped
 * after them. `env` is computed in the hook (e.g. a free port). The installation is a copy of the demo
 * seeded once for the run, so each file starts from the same fresh demo without seeding it again.
 */
export function useDemoJourney(env: () => Promise<Record<string, string>> = async () => ({})): Journey {
  const journey = {} as { platform: RunningPlatform; browser: Browser };
  beforeAll(async () => {
    journey.platform = await startPlatform(await env(), { copyOf: inject('demoDataDir') });
    journey.browser = await launchBrowser();
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.platform?.stop();
  });
  return journey;
}
