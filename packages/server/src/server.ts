import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { defaultPublicUrl, publicUrlOnBoundPort, type Config } from './config.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openDatabase, type OpenDatabase } from './db/open-database.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { JOBS } from './modules.ts';
import { NIGHTLY_KINDS, nextNight, scheduleNight } from './services/platform/nightly.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: OpenDatabase;
  url: string;
  stop(): Promise<void>;
}

/** Database → migrations → HTTP → jobs; stop() undoes it in reverse order. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const app = await buildApp({ db: database.db, config });
    const runner = new JobRunner(app.deps, { jobs: JOBS });
    // Each nightly run plans the next; this starts the chain (idempotent per night).
    for (const kind of Object.values(NIGHTLY_KINDS))
      await scheduleNight(database.db, kind, nextNight(app.deps.clock.now()));
    await app.listen({ host: config.host, port: config.port });
    if (config.runJobs) runner.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    // Routes read config at request time, so the bound port reaches links from here on.
    config.publicUrl = publicUrlOnBoundPort(config, port);
    return {
      app,
      database,
      url: defaultPublicUrl(config.host, port),
      async stop() {
        await runner.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
