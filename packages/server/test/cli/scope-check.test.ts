// `weerbaar scope check`: every worked scope case through the CLI, and bad input → exit 2 naming the field.
// All cases run in-process through `run` (fast); a representative few and the bad inputs also run as real
// processes through the dispatcher (node --import tsx src/bin/weerbaar.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScopeResult } from '@weerbaar/core/scope';
import { run } from '../../src/cli/scope-check.command.ts';
import { runCli, runInProcess as runCommand, type CliResult } from '../support/run-cli.ts';
import examplesFile from '../../../core/test/fixtures/scope-examples.json' with { type: 'json' };

interface Example {
  id: string;
  input: Record<string, unknown>;
  derived: { size_class_rec_2003_361: string };
  expected: { eu: { classification: string; decided_by: string }; nl: { classification: string; decided_by: string } };
}
const examples = (examplesFile as unknown as { cases: Example[] }).cases;

/** Runs the jobs with at most `limit` processes at a time (the machine may have two cores). */
async function inPool<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function expectClassified(outcome: CliResult, c: Example): void {
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  const out = JSON.parse(outcome.stdout) as Record<string, unknown>;
  // JSON leaves out `size` for a public administration (not size-tested).
  expect(Object.keys(out)).toEqual(
    out.size_class === 'not_applicable'
      ? ['eu', 'nl', 'size_class', 'jurisdiction', 'reasons', 'obligations', 'rules_version']
      : ['eu', 'nl', 'size_class', 'size', 'jurisdiction', 'reasons', 'obligations', 'rules_version'],
  );
  expect({ eu: out.eu, nl: out.nl }).toEqual(c.expected);
  expect(out.size_class).toBe(c.derived.size_class_rec_2003_361.split(' ')[0]);
  expect(Array.isArray(out.reasons) && out.reasons.length > 0).toBe(true);
  expect(Array.isArray(out.obligations)).toBe(true);
}

const valid = examples[0]?.input ?? {};
const BAD_INPUTS: [string, string, RegExp][] = [
  ['negative headcount', JSON.stringify({ ...valid, employees: -3 }), /^ {2}employees: must be a whole number ≥ 0$/m],
  [
    'text for turnover',
    JSON.stringify({ ...valid, annual_turnover_eur: 'eighty million' }),
    /^ {2}annual_turnover_eur: must be an amount in euros/m,
  ],
  ['unknown sector', JSON.stringify({ ...valid, sector: 'Energie' }), /^ {2}sector: unknown sector "Energie"/m],
  [
    'unknown entity type',
    JSON.stringify({ ...valid, entity_type_ref: 'I.42' }),
    /^ {2}entity_type_ref: unknown entity type "I.42"/m,
  ],
  ['invalid JSON', '{"sector": "Energy",', /invalid JSON in stdin/],
  [
    'a partner without its share',
    JSON.stringify({
      ...valid,
      linked_enterprises: [
        { relation: 'partner', share_pct: null, employees: 1, annual_turnover_eur: 1, balance_sheet_total_eur: 1 },
      ],
    }),
    /^ {2}linked_enterprises\.0\.share_pct: is required for a partner enterprise/m,
  ],
  [
    'a previous period with text for the headcount',
    JSON.stringify({
      ...valid,
      previous_period: { employees: 'many', annual_turnover_eur: 1, balance_sheet_total_eur: 1 },
    }),
    /^ {2}previous_period\.employees: must be a whole number/m,
  ],
  [
    'a main establishment that is not a Member State',
    JSON.stringify({ ...valid, main_establishment_member_state: 'CH' }),
    /^ {2}main_establishment_member_state: must be the ISO 3166-1 alpha-2 code of an EU Member State/m,
  ],
  [
    'an unknown flag',
    JSON.stringify({ ...valid, flags: { dora_exempt: true } }),
    /^ {2}flags: unknown field\(s\): dora_exempt/m,
  ],
];

const M = 1_000_000;
// Issue 17: the new inputs through the CLI, each with the article that decides it.
const NEW_INPUTS: [string, Record<string, unknown>, (out: ScopeResult) => void][] = [
  [
    'group: a small subsidiary of a large group is large (Rec. 2003/361/EC Annex Art. 6(2))',
    {
      sector: 'Health',
      entity_type_ref: 'I.5.1',
      employees: 30,
      annual_turnover_eur: 6 * M,
      balance_sheet_total_eur: 5 * M,
      linked_enterprises: [
        {
          relation: 'linked',
          share_pct: null,
          employees: 4000,
          annual_turnover_eur: 900 * M,
          balance_sheet_total_eur: 700 * M,
        },
      ],
    },
    (out) => {
      expect(out.eu).toEqual({ classification: 'essential', decided_by: 'NIS2 Art. 3(1)(a)' });
      expect(out.size).toMatchObject({
        own: { employees: 30 },
        aggregated: { employees: 4030 },
        aggregation_article: 'Rec. 2003/361/EC Annex Art. 6(2)',
      });
    },
  ],
  [
    'previous period: grew to large this year, still medium (Annex Art. 4(2))',
    {
      sector: 'Energy',
      entity_type_ref: 'I.1.a.2',
      employees: 300,
      annual_turnover_eur: 80 * M,
      balance_sheet_total_eur: 60 * M,
      previous_period: { employees: 200, annual_turnover_eur: 40 * M, balance_sheet_total_eur: 30 * M },
    },
    (out) => {
      expect(out.nl).toEqual({ classification: 'important', decided_by: 'Cbw art. 12(1)(a)' });
      expect(out.size).toMatchObject({
        size_class: 'medium',
        decided_by_periods: ['previous'],
        period_article: 'Rec. 2003/361/EC Annex Art. 4(2)',
      });
    },
  ],
  [
    'jurisdiction: main establishment in DE, the Cbw does not apply (Cbw art. 4(3); NIS2 Art. 26(1)(b))',
    {
      sector: 'Digital infrastructure',
      entity_type_ref: 'I.8.4',
      employees: 900,
      annual_turnover_eur: 300 * M,
      balance_sheet_total_eur: 200 * M,
      member_states_established: ['DE', 'NL'],
      main_establishment_member_state: 'DE',
    },
    (out) => {
      expect(out.nl).toEqual({
        classification: 'out_of_scope',
        decided_by: 'Cbw art. 4(3) (NIS2 Art. 26(1)(b), (2): DE)',
      });
      expect(out.jurisdiction).toEqual({
        member_states: ['DE'],
        decided_by: 'NIS2 Art. 26(1)(b), (2)',
        assumed: false,
      });
    },
  ],
  [
    'DORA: a bank keeps its class, the duties are replaced (NIS2 Art. 4(1))',
    {
      sector: 'Banking',
      entity_type_ref: 'I.3.1',
      employees: 2000,
      annual_turnover_eur: 900 * M,
      balance_sheet_total_eur: 900 * M,
      flags: { dora_financial_entity: true },
    },
    (out) => {
      expect(out.nl).toEqual({ classification: 'essential', decided_by: 'Cbw art. 8(1)(f)' });
      expect(out.obligations.find((o) => o.regime === 'nl' && o.key === 'duty_of_care')?.replaced_by).toMatch(/^DORA/);
    },
  ],
  [
    'DORA Art. 2(4) exemption: excluded (NIS2 Art. 2(10); Cbw art. 7)',
    {
      sector: 'Banking',
      entity_type_ref: 'I.3.1',
      employees: 2000,
      annual_turnover_eur: 900 * M,
      balance_sheet_total_eur: 900 * M,
      flags: { dora_exempted_2_4: true },
    },
    (out) => {
      expect(out.eu).toEqual({ classification: 'out_of_scope', decided_by: 'NIS2 Art. 2(10)' });
      expect(out.nl).toEqual({ classification: 'out_of_scope', decided_by: 'Cbw art. 7' });
    },
  ],
  [
    'national-security exemption: duties marked exempted (NIS2 Art. 2(8))',
    {
      sector: 'Digital infrastructure',
      entity_type_ref: 'I.8.4',
      employees: 900,
      annual_turnover_eur: 300 * M,
      balance_sheet_total_eur: 200 * M,
      flags: { national_security_exempted: true },
    },
    (out) => {
      expect(out.eu.classification).toBe('essential');
      expect(out.obligations.find((o) => o.regime === 'eu' && o.key === 'incident_reporting')?.exempted_by).toBe(
        'NIS2 Art. 2(8)',
      );
    },
  ],
];

describe('scope check, in process', () => {
  it.each(examples.map((c) => [c.id, c] as const))('%s via stdin', async (_id, c) => {
    expectClassified(await runCommand(run, ['-'], JSON.stringify(c.input)), c);
  });

  it.each(NEW_INPUTS)('%s', async (_what, input, check) => {
    const outcome = await runCommand(run, ['-'], JSON.stringify(input));
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    check(JSON.parse(outcome.stdout) as ScopeResult);
  });

  it.each(BAD_INPUTS)('%s → exit 2 naming the problem', async (_what, stdin, message) => {
    const outcome = await runCommand(run, ['-'], stdin);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(message);
  });

  describe('from a file', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'weerbaar-scope-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads FILE', async () => {
      const c = examples[0] as Example;
      const file = join(dir, 'input.json');
      writeFileSync(file, JSON.stringify(c.input));
      expectClassified(await runCommand(run, [file]), c);
    });

    it('a missing file exits 2', async () => {
      const outcome = await runCommand(run, [join(dir, 'missing.json')]);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(/cannot read '.*missing\.json': no such file/);
    });
  });

  it('without FILE prints usage and exits 2; --help exits 0', async () => {
    const none = await runCommand(run, []);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/expected exactly one FILE or '-'/);
    expect((await runCommand(run, ['a.json', 'b.json'])).code).toBe(2);
    const help = await runCommand(run, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: weerbaar scope check FILE\|-/);
  });

  it('rejects a JSON value that is not an object', async () => {
    const outcome = await runCommand(run, ['-'], '[1, 2, 3]');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/\(input\): must be a JSON object/);
  });
});

describe('scope check, as a process through the dispatcher', () => {
  // Spawning costs ~0.6 s of CPU each, so a representative few run as processes (one per kind of branch:
  // size cap, public administration, designation, registration-only, exclusion); all cases run in process above.
  const SPAWNED = new Set(['SC-001', 'SC-028', 'SC-031', 'SC-037', 'SC-043']);
  const SPAWNED_BAD = new Set([
    'negative headcount',
    'text for turnover',
    'unknown sector',
    'invalid JSON',
    'a partner without its share',
  ]);
  const jobs = [
    ...examples
      .filter((c) => SPAWNED.has(c.id))
      .map((c) => ({ kind: 'example' as const, name: c.id, c, args: ['-'], stdin: JSON.stringify(c.input) })),
    // The original bad inputs and one of issue 17's (the others run in process above).
    ...BAD_INPUTS.filter(([what]) => SPAWNED_BAD.has(what)).map(([what, stdin, message]) => ({
      kind: 'bad' as const,
      name: what,
      args: ['-'],
      stdin,
      message,
    })),
    {
      kind: 'bad' as const,
      name: 'missing file',
      args: ['no/such/input.json'],
      stdin: '',
      message: /cannot read 'no\/such\/input\.json': no such file/,
    },
  ];
  let outcomes: CliResult[] = [];

  beforeAll(async () => {
    outcomes = await inPool(jobs, 3, (j) => runCli(['scope', 'check', ...j.args], {}, 60_000, j.stdin));
  }, 120_000);

  it('spawns every kind of case', () => {
    expect(jobs.filter((j) => j.kind === 'example')).toHaveLength(SPAWNED.size);
  });

  it.each(jobs.map((j, i) => [j.name, i] as const))('%s', (_name, i) => {
    const job = jobs[i];
    const outcome = outcomes[i] as CliResult;
    if (job?.kind === 'example') {
      expectClassified(outcome, job.c);
    } else if (job?.kind === 'bad') {
      expect(outcome.code).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toMatch(job.message);
    }
  });
});
