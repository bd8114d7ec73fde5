// `weerbaar csaf validate FILE...` (issue 14 item 4).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/csaf-validate.command.ts';
import { runCli, runInProcess } from '../support/run-cli.ts';
import { loadCsafValidatorFirst } from '../support/csaf-validator.ts';

loadCsafValidatorFirst();

const FIXTURES = fileURLToPath(new URL('../fixtures/csaf/', import.meta.url));
const VALID = path.join(FIXTURES, 'examples/csaf/bsi-2022-0001.json');
const CISA = path.join(FIXTURES, 'cisa-ot-2024/icsa-24-004-01.json');

function invalidCopy(): string {
  const doc = JSON.parse(readFileSync(VALID, 'utf8'));
  // §6.1.1: a product id in product_status must be defined in the product tree.
  doc.vulnerabilities[0].product_status.known_affected = ['CSAFPID-NOT-DEFINED'];
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'csaf-')), 'invalid.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('weerbaar csaf validate', () => {
  it('prints one JSON result per file and exits 0 when all are valid', async () => {
    const r = await runInProcess((args, io) => run(args, io), [VALID, CISA]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => [o.file, o.valid, o.errors])).toEqual([
      [VALID, true, []],
      [CISA, true, []],
    ]);
    // Optional and informative findings are warnings, not errors.
    expect(typeof out[0].warnings).toBe('number');
  });

  it('exits 1 when a mandatory test fails, naming the test', async () => {
    const bad = invalidCopy();
    const r = await runInProcess((args, io) => run(args, io), [VALID, bad]);
    expect(r.code).toBe(1);
    const [ok, failed] = lines(r.stdout);
    expect(ok.valid).toBe(true);
    expect(failed.valid).toBe(false);
    expect(failed.errors.map((e: { test: string }) => e.test)).toContain('mandatoryTest_6_1_1');
  });

  it('a file that is not JSON is invalid; no file at all is bad usage', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csaf-'));
    writeFileSync(path.join(dir, 'x.json'), '{ not json');
    const r = await runInProcess((args, io) => run(args, io), [path.join(dir, 'x.json')]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[0].valid).toBe(false);
    expect((await runInProcess((args, io) => run(args, io), [])).code).toBe(2);
  });

  it('a document the schema refuses is invalid, without running tests that presuppose its shape', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csaf-'));
    const file = path.join(dir, 'null-vulnerability.json');
    const doc = JSON.parse(readFileSync(VALID, 'utf8'));
    doc.vulnerabilities = [null];
    writeFileSync(file, JSON.stringify(doc));
    const r = await runInProcess((args, io) => run(args, io), [file]);
    expect(r.code).toBe(1);
    const [out] = lines(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.errors.length).toBeGreaterThan(0);
    expect(out.errors.map((e: { test: string }) => e.test)).not.toContain('read');
  });

  it('runs as the real command', async () => {
    const r = await runCli(['csaf', 'validate', VALID, invalidCopy()]);
    expect(r.code, r.stderr).toBe(1);
    expect(lines(r.stdout).map((o) => o.valid)).toEqual([true, false]);
  }, 90_000);
});
