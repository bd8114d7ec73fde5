import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TSX = 'node_modules/.bin/tsx';
const BIN = 'packages/server/src/bin/weerbaar.ts';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runDeadlines(...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(TSX, [BIN, 'deadlines', ...args], { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const TIMEOUT = 30_000;

describe.concurrent('weerbaar deadlines', () => {
  it(
    'prints the NIS2 deadlines; final report and CER stay null without their options',
    async () => {
      const result = await runDeadlines('--aware-at', '2026-03-28T12:00:00+01:00');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        early_warning: '2026-03-29T11:00:00.000Z',
        notification: '2026-03-31T11:00:00.000Z',
        final_report: null,
        cer_initial: null,
        cer_detailed: null,
      });
    },
    TIMEOUT,
  );

  it(
    'adds the final report, the TSP 24 h notification and the CER deadlines',
    async () => {
      const result = await runDeadlines(
        '--aware-at',
        '2026-01-30T10:00:00Z',
        '--notified-at',
        '2026-01-31T10:00:00Z',
        '--trust-service-provider',
        '--critical-entity',
        '--cer-notified-at',
        '2026-01-31T08:00:00Z',
      );
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        early_warning: '2026-01-31T10:00:00.000Z',
        notification: '2026-01-31T10:00:00.000Z',
        final_report: '2026-02-28T23:00:00.000Z',
        cer_initial: '2026-01-31T10:00:00.000Z',
        cer_detailed: '2026-02-28T23:00:00.000Z',
      });
    },
    TIMEOUT,
  );

  it(
    'Cbw art. 27(1): a TSP incident that does not affect the trust service gets 72 h; CER Art. 15(1): no detailed report deadline before the initial notification',
    async () => {
      const result = await runDeadlines(
        '--aware-at',
        '2026-01-30T10:00:00Z',
        '--trust-service-provider',
        '--not-affecting-trust-service',
        '--critical-entity',
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({
        notification: '2026-02-02T10:00:00.000Z',
        cer_initial: '2026-01-31T10:00:00.000Z',
        cer_detailed: null,
      });
    },
    TIMEOUT,
  );

  it(
    'accepts --option=value and a notification at the moment of awareness',
    async () => {
      const result = await runDeadlines('--aware-at=2026-10-10T10:00:00Z', '--notified-at=2026-10-10T10:00:00Z');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).final_report).toBe('2026-11-10T10:00:00.000Z');
    },
    TIMEOUT,
  );

  const errors: Array<[name: string, args: string[], option: string]> = [
    ['missing --aware-at', [], '--aware-at'],
    ['--aware-at without a value', ['--aware-at'], '--aware-at'],
    ['unparseable --aware-at', ['--aware-at', 'yesterday'], '--aware-at'],
    ['impossible date', ['--aware-at', '2026-02-30T10:00:00Z'], '--aware-at'],
    ['--aware-at without offset', ['--aware-at', '2026-03-29T01:30:00'], '--aware-at'],
    ['--aware-at date only', ['--aware-at', '2026-03-29'], '--aware-at'],
    [
      '--notified-at without offset',
      ['--aware-at', '2026-03-29T01:30:00Z', '--notified-at', '2026-03-30T10:00'],
      '--notified-at',
    ],
    ['unparseable --notified-at', ['--aware-at', '2026-03-29T01:30:00Z', '--notified-at', 'soon'], '--notified-at'],
    [
      '--notified-at before --aware-at',
      ['--aware-at', '2026-03-29T01:30:00Z', '--notified-at', '2026-03-29T01:29:59Z'],
      '--notified-at',
    ],
    ['unknown flag', ['--aware-at', '2026-03-29T01:30:00Z', '--cer'], '--cer'],
    [
      '--not-affecting-trust-service without --trust-service-provider',
      ['--aware-at', '2026-03-29T01:30:00Z', '--not-affecting-trust-service'],
      '--not-affecting-trust-service',
    ],
    [
      '--cer-notified-at without --critical-entity',
      ['--aware-at', '2026-03-29T01:30:00Z', '--cer-notified-at', '2026-03-29T05:00:00Z'],
      '--cer-notified-at',
    ],
    [
      '--cer-notified-at before --aware-at',
      ['--aware-at', '2026-03-29T01:30:00Z', '--critical-entity', '--cer-notified-at', '2026-03-28T05:00:00Z'],
      '--cer-notified-at',
    ],
    ['value on a boolean flag', ['--aware-at', '2026-03-29T01:30:00Z', '--critical-entity=yes'], '--critical-entity'],
    ['positional argument', ['--aware-at', '2026-03-29T01:30:00Z', 'now'], 'now'],
  ];
  it.each(errors)(
    'exits 2 and names the option: %s',
    async (_name, args, option) => {
      const result = await runDeadlines(...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('weerbaar deadlines:');
      expect(result.stderr).toContain(option);
    },
    TIMEOUT,
  );
});
