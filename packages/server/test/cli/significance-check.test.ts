// `weerbaar significance check`: the same assessment as the core function, from a file or stdin, and bad
// input → exit 2 naming the field. In-process through `run`; one case also as a real process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { assessIncidentSignificance } from '@weerbaar/core/incidents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/significance-check.command.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = 'packages/server/src/bin/weerbaar.ts';

interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function runInProcess(args: string[], stdin = ''): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

function runProcess(args: string[], stdin: string): Promise<CliOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, ...args], { cwd: REPO_ROOT, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

// Significant under Art. 14(a) (21 minutes), with everything else unknown.
const SIGNIFICANT = {
  entityType: 'trust_service_provider',
  impact: { completeUnavailabilityMinutes: 21, limitedAvailabilityMinutes: 21 },
};
// Unknown: nothing decides, the missing facts are listed.
const UNKNOWN = { entityType: 'cloud_computing_service_provider', impact: { completeUnavailabilityMinutes: 10 } };

describe('weerbaar significance check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'weerbaar-significance-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file and prints the core assessment: outcome, criteria met with articles', async () => {
    const file = join(dir, 'significant.json');
    writeFileSync(file, JSON.stringify(SIGNIFICANT));
    const outcome = await runInProcess([file]);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const out = JSON.parse(outcome.stdout) as Record<string, unknown>;
    expect(out).toEqual(
      JSON.parse(JSON.stringify(assessIncidentSignificance('trust_service_provider', SIGNIFICANT.impact))),
    );
    expect(out.outcome).toBe('significant');
    expect(out.criteriaMet).toEqual([
      expect.objectContaining({ id: 'art14a', article: 'Impl. Reg. 2024/2690 Art. 14(a)' }),
    ]);
  });

  it("reads stdin with '-' and lists the missing facts when unknown", async () => {
    const outcome = await runInProcess(['-'], JSON.stringify(UNKNOWN));
    expect(outcome.code).toBe(0);
    const out = JSON.parse(outcome.stdout) as { outcome: string; missingFacts: string[] };
    expect(out.outcome).toBe('unknown');
    expect(out.missingFacts).toEqual(expect.arrayContaining(['limitedAvailabilityMinutes', 'usersAffected']));
  });

  it('bad JSON → exit 2', async () => {
    const outcome = await runInProcess(['-'], '{ not json');
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^weerbaar significance check: invalid JSON in stdin/);
  });

  it.each([
    ['a negative count', { ...SIGNIFICANT, impact: { usersAffected: -1 } }, 'impact.usersAffected'],
    ['an unknown fact', { ...SIGNIFICANT, impact: { usersAfected: 3 } }, 'impact.usersAfected'],
    ['an unknown entity type', { ...SIGNIFICANT, entityType: 'bank' }, 'entityType'],
    ['inconsistent facts', { ...SIGNIFICANT, impact: { usersAffected: 5, totalUsers: 4 } }, 'impact.usersAffected'],
    ['no impact', { entityType: 'other' }, 'impact'],
  ])('bad field (%s) → exit 2 naming the field', async (_name, input, field) => {
    const outcome = await runInProcess(['-'], JSON.stringify(input));
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('weerbaar significance check: invalid input');
    expect(outcome.stderr).toContain(`  ${field}:`);
  });

  it('a missing file and wrong arguments → exit 2', async () => {
    expect((await runInProcess([join(dir, 'absent.json')])).stderr).toMatch(/no such file/);
    expect((await runInProcess([])).code).toBe(2);
    expect((await runInProcess(['a', 'b'])).code).toBe(2);
  });

  it('runs through the dispatcher as a real process', async () => {
    const ok = await runProcess(['significance', 'check', '-'], JSON.stringify(SIGNIFICANT));
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { outcome: string }).outcome).toBe('significant');
    const bad = await runProcess(
      ['significance', 'check', '-'],
      JSON.stringify({ ...SIGNIFICANT, entityType: 'bank' }),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('  entityType:');
  }, 30_000);
});
