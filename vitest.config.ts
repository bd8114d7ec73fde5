import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { dictionarySections } from './packages/web/build/dictionary-sections.ts';

// Tiers (docs/ARCHITECTURE.md): small = pure code, web = the web app's pure logic (Node, no DOM),
// medium = against real PostgreSQL, e2e = whole journeys in Chromium.
//
// Medium runs every file on the embedded PostgreSQL (18). When TEST_DATABASE_URL is set (CI: Debian's
// PostgreSQL 15, the oldest version we support, where SQL newer than 15 would fail) every file runs against that
// server instead, and the embedded server runs only the files that cover it: its launcher, backup and restore
// with its binaries, the job runner on it, the whole demo seed (nearly every use case's SQL) and the API fuzzer
// (every operation). Running every file on both doubled the suite's longest tier.
const MEDIUM = 'packages/server/test/medium';
const EMBEDDED_WHEN_EXTERNAL = ['embedded-postgres', 'backup-restore', 'jobs', 'demo-seed', 'api-fuzz'];
const external = Boolean(process.env.TEST_DATABASE_URL);
const medium = (name: string, target: 'embedded' | 'external') => ({
  test: {
    name,
    include:
      target === 'embedded' && external
        ? EMBEDDED_WHEN_EXTERNAL.map((file) => `${MEDIUM}/${file}.test.ts`)
        : [`${MEDIUM}/**/*.test.ts`],
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
      ...(external ? [medium('medium-pg', 'external')] : []),
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
