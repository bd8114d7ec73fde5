import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPlatform } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A stopped installation with the demo seeded: each journey starts on a copy (journey.ts). */
    demoDataDir: string;
  }
}

/**
 * Seeds the demo once per run: `weerbaar start --demo` on a fresh data dir, then a clean stop that keeps it.
 * Seeding is most of a start; the journeys restart on copies. A demo entity's delivery target follows the
 * copy's port (seed-demo-delivery.ts), so reports still reach the demo authority.
 */
export default async function setup(project: TestProject) {
  const platform = await startPlatform();
  await platform.kill('SIGTERM');
  // A copy of a data dir whose PostgreSQL still ran would start on a half-written database.
  if (existsSync(path.join(platform.dataDir, 'postgres', 'postmaster.pid')))
    throw new Error('the demo template did not stop cleanly');
  project.provide('demoDataDir', platform.dataDir);
  return () => rmSync(platform.dataDir, { recursive: true, force: true });
}
