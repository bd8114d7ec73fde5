import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTestApp, testDataDirOf } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

describe('buildTestApp', () => {
  it('removes its temporary data dir when the app closes', async () => {
    const app = await buildTestApp(t.db);
    const dir = testDataDirOf(app);
    expect(dir).toMatch(/weerbaar-app-/);
    expect(existsSync(dir!)).toBe(true);
    await app.close();
    expect(existsSync(dir!)).toBe(false);
  });
});
