import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { dictionarySections } from './packages/web/build/dictionary-sections.ts';

// Tiers (docs/ARCHITECTURE.md): small = pure code, web = the web app's pure logic (Node, no DOM),
// medium = against real PostgreSQL, e2e = whole journeys in Chromium. Medium runs on the embedded PostgreSQL and, when
// TEST_DATABASE_URL is set (CI: Debian's PostgreSQL 15), a second time against that server.
const medium = (name: string, target: 'embedded' | 'external') => ({
  test: {
    name,
    include: ['packages/server/test/medium/**/*.test.ts'],
    globalSetup: ['packages/server/test/support/global-setup.ts'],
    provide: { databaseTarget: target },
    // A data dir per run, removed by the global setup: what the app creates there on first use
    // (secret.key) never lands in the repo's data/.
    env: { WEERBAAR_DATA_DIR: path.join(os.tmpdir(), `weerbaar-${name}-${process.pid}`) },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'small',
          include: [
            'packages/core/test/**/*.test.ts',
            'packages/server/test/small/**/*.test.ts',
            'packages/server/test/cli/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        // The plugin resolves the dictionary parts the web app's i18n module imports.
        plugins: [dictionarySections(path.join(import.meta.dirname, 'packages/web'))],
        test: { name: 'web', include: ['packages/web/test/**/*.test.ts'] },
      },
      medium('medium', 'embedded'),
      ...(process.env.TEST_DATABASE_URL ? [medium('medium-pg', 'external')] : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/support/demo-template.ts'],
          // Two shared cores: give the page more than expect.poll's default second to catch up.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
