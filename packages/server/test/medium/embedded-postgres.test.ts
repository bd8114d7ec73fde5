import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { runCli } from '../support/run-cli.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('embedded PostgreSQL', () => {
  it('initialises on first use, keeps data across restarts, and refuses a second process on the same data dir', async () => {
    const first = await runCli(['migrate'], { WEERBAAR_DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('applied 20261122_0900_platform');
    const second = await runCli(['migrate'], { WEERBAAR_DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(second.stdout).toContain('up to date');

    const running = await startEmbeddedPostgres(dataDir); // this test process now owns the data dir
    try {
      const refused = await runCli(['migrate'], { WEERBAAR_DATA_DIR: dataDir, DATABASE_URL: '' });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/Another Weerbaar process \(PID \d+\) is already using the data directory/);
    } finally {
      await running.stop();
    }
  }, 90_000);
});
