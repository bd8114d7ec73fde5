#!/usr/bin/env node
// `npm test`: every check and every test tier, then one plain summary line for CI:
//   N passed, N failed, N skipped
// Checks (typecheck, lint, dependency rules, format, web build) count as one test each, so a failing
// check is visible in the same line as a failing test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function step(name, command, args) {
  process.stdout.write(`\n▶ ${name}\n`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  process.stdout.write(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return ok;
}

// The checks are independent and each mostly one core busy: two at a time (CI has two cores), each one's
// output printed whole when it ends.
const CHECKS = [
  ['typecheck', 'npm', ['run', 'typecheck', '--silent']],
  ['lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']],
  ['lint (dependency-cruiser: cycles, imports across packages)', 'npm', ['run', 'lint:deps', '--silent']],
  ['format (prettier --check)', bin('prettier'), ['--check', '--log-level=warn', '.']],
  ['build web app', 'npm', ['run', 'build', '--silent', '-w', '@weerbaar/web']],
];

function checkInBackground([name, command, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      const ok = status === 0;
      process.stdout.write(`\n▶ ${name}\n${Buffer.concat(output).toString()}`);
      process.stdout.write(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      if (ok) passed += 1;
      else {
        failed += 1;
        failures.push(name);
      }
      resolve();
    });
  });
}

const queue = [...CHECKS];
await Promise.all(
  [1, 2].map(async () => {
    while (queue.length > 0) await checkInBackground(queue.shift());
  }),
);

const reportDir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-vitest-'));
const report = path.join(reportDir, 'report.json');
step(
  'tests: small, medium (embedded PostgreSQL' +
    (process.env.TEST_DATABASE_URL ? ' and TEST_DATABASE_URL' : '') +
    '), e2e',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
);
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  // A suite that fails to load has no failed tests but is a failure all the same.
  for (const file of results.testResults) {
    if (file.status === 'failed' && file.assertionResults.every((a) => a.status !== 'failed')) {
      failed += 1;
      failures.push(`${path.relative(root, file.name)}: ${String(file.message).split('\n')[0]}`);
    }
  }
  for (const file of results.testResults)
    for (const a of file.assertionResults)
      if (a.status === 'failed') failures.push(`${path.relative(root, file.name)} › ${a.fullName}`);
} catch (error) {
  failed += 1;
  failures.push(`vitest produced no report: ${error.message}`);
}
rmSync(reportDir, { recursive: true, force: true });

if (failures.length > 0) process.stdout.write(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 ? 1 : 0);
