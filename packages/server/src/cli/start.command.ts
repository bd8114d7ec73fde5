import { loadConfig } from '../config.ts';
import { startServer } from '../server.ts';

export async function run(): Promise<number> {
  const config = loadConfig();
  const server = await startServer(config);
  const where = server.database.embedded ? `embedded PostgreSQL in ${config.dataDir}/postgres` : 'DATABASE_URL';
  process.stdout.write(`Weerbaar runs at ${server.url} (database: ${where}). Stop with Ctrl+C.\n`);
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      process.stdout.write(`\n${signal}: stopping cleanly…\n`);
      server.stop().then(resolve, (error) => {
        process.stderr.write(`Clean stop failed: ${String(error)}\n`);
        resolve();
      });
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  return 0;
}
