import pg from 'pg';

/**
 * The baseline later benchmarks divide by: committed single-row INSERT transactions per second
 * on the same PostgreSQL, from `clients` concurrent connections (BEGIN; INSERT; COMMIT each).
 */
export async function measureInsertBaseline(connectionString: string, clients: number, seconds: number) {
  const setup = new pg.Client({ connectionString });
  await setup.connect();
  await setup.query(
    'CREATE TABLE IF NOT EXISTS bench_baseline (id bigserial PRIMARY KEY, payload jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())',
  );
  await setup.end();
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new pg.Client({ connectionString });
      await c.connect();
      while (performance.now() < until) {
        const started = performance.now();
        await c.query('BEGIN');
        await c.query('INSERT INTO bench_baseline (payload) VALUES ($1)', [{ kind: 'baseline', n: latencies.length }]);
        await c.query('COMMIT');
        latencies.push(performance.now() - started);
      }
      await c.end();
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    transactions: latencies.length,
    perSecond: latencies.length / elapsed,
    p50Ms: latencies[Math.floor(latencies.length / 2)] ?? 0,
    p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
  };
}
