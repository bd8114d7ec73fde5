import { Worker } from 'node:worker_threads';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadSpec {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** For POST: a body per request (index → JSON), evaluated inside the worker. */
  bodyFactory?: string;
  connections: number;
  seconds: number;
}

// The load generator runs in a worker thread so it does not share the server's event loop. It uses
// node:http with keep-alive connections rather than fetch: on a 2-core machine the client competes with
// the server for CPU, and fetch costs several times more per request, which would measure the client.
const WORKER = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { url, method = 'GET', headers = {}, bodyFactory, connections, seconds } = workerData;
const makeBody = bodyFactory ? new Function('i', bodyFactory) : null;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const latencies = [];
let errors = 0, n = 0, firstError = null;
const until = performance.now() + seconds * 1000;
function once(body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
async function loop() {
  while (performance.now() < until) {
    const i = n++;
    const started = performance.now();
    try {
      const res = await once(makeBody ? JSON.stringify(makeBody(i)) : undefined);
      if (res.status >= 400) { errors++; firstError ??= res.status + ' ' + res.text.slice(0, 300); }
    } catch (e) { errors++; firstError ??= String(e && e.cause || e); }
    latencies.push(performance.now() - started);
  }
}
const t0 = performance.now();
Promise.all(Array.from({ length: connections }, loop)).then(() => {
  agent.destroy();
  parentPort.postMessage({ latencies, errors, firstError, seconds: (performance.now() - t0) / 1000 });
});
`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const worker = new Worker(WORKER, { eval: true, workerData: spec });
  const { latencies, errors, firstError, seconds } = await new Promise<{
    latencies: number[];
    errors: number;
    firstError: string | null;
    seconds: number;
  }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  if (firstError) console.warn(`  first error: ${firstError}`);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

export function formatLoad(label: string, r: LoadResult): string {
  return `${label.padEnd(48)} ${r.perSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50Ms.toFixed(2)} ms   p99 ${r.p99Ms.toFixed(2)} ms   errors ${r.errors}`;
}
