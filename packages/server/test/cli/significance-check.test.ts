// `weerbaar significance check`: the same assessment as the core function, from a file or stdin, and bad
// input → exit 2 naming the field. In-process through `run`; one case also as a real process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessIncidentSignificance } from '@weerbaar/core/incidents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/significance-check.command.ts';
import { runCli, runInProcess as runCommand } from '../support/run-cli.ts';

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
    const outcome = await runCommand(run, [file]);
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
    const outcome = await runCommand(run, ['-'], JSON.stringify(UNKNOWN));
    expect(outcome.code).toBe(0);
    const out = JSON.parse(outcome.stdout) as { outcome: string; missingFacts: string[] };
    expect(out.outcome).toBe('unknown');
    expect(out.missingFacts).toEqual(expect.arrayContaining(['limitedAvailabilityMinutes', 'usersAffected']));
  });

  // Impl. Reg. 2024/2690 Art. 4: the CLI has no register, so recurring incidents are input facts.
  it.each<[string, Record<string, unknown> | undefined, string]>([
    [
      'Art. 4: twice in 6 months, together EUR 500 001 → significant',
      { sameRootCauseIncidents: 2, combinedLossEur: 500_001 },
      'met',
    ],
    [
      'Art. 4: twice, together exactly EUR 500 000 → not met',
      { sameRootCauseIncidents: 2, combinedLossEur: 500_000 },
      'not_met',
    ],
    [
      'Art. 4: once, EUR 900 000 → not met (that is Art. 3(1)(a))',
      { sameRootCauseIncidents: 1, combinedLossEur: 900_000 },
      'not_met',
    ],
    ['Art. 4: left out → undecided, naming the input facts', undefined, 'unknown'],
  ])('%s', async (_name, recurrence, art4) => {
    const input = {
      entityType: 'cloud_computing_service_provider',
      impact: { financialLossEur: 0, annualTurnoverEur: 100_000_000 },
      ...(recurrence ? { recurrence } : {}),
    };
    const outcome = await runCommand(run, ['-'], JSON.stringify(input));
    expect(outcome.stderr).toBe('');
    const out = JSON.parse(outcome.stdout) as {
      criteriaMet: { id: string }[];
      undecidedCriteria: { id: string; missingFacts: string[] }[];
    };
    const state = out.criteriaMet.some((c) => c.id === 'art4')
      ? 'met'
      : out.undecidedCriteria.some((c) => c.id === 'art4')
        ? 'unknown'
        : 'not_met';
    expect(state).toBe(art4);
    if (art4 === 'unknown')
      expect(out.undecidedCriteria.find((c) => c.id === 'art4')?.missingFacts).toEqual([
        'sameRootCauseIncidents',
        'sameRootCauseCombinedLossEur',
      ]);
  });

  it('bad JSON → exit 2', async () => {
    const outcome = await runCommand(run, ['-'], '{ not json');
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
    [
      'a recurrence of zero incidents',
      { ...SIGNIFICANT, recurrence: { sameRootCauseIncidents: 0 } },
      'recurrence.sameRootCauseIncidents',
    ],
    // Rules 2026-08-15.2: the count is no impact fact any more; the old field is named, not silently ignored.
    [
      'the count as an impact fact',
      { ...SIGNIFICANT, impact: { sameRootCauseIncidentsIn6Months: 2 } },
      'impact.sameRootCauseIncidentsIn6Months',
    ],
  ])('bad field (%s) → exit 2 naming the field', async (_name, input, field) => {
    const outcome = await runCommand(run, ['-'], JSON.stringify(input));
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('weerbaar significance check: invalid input');
    expect(outcome.stderr).toContain(`  ${field}:`);
  });

  it('a missing file and wrong arguments → exit 2', async () => {
    expect((await runCommand(run, [join(dir, 'absent.json')])).stderr).toMatch(/no such file/);
    expect((await runCommand(run, [])).code).toBe(2);
    expect((await runCommand(run, ['a', 'b'])).code).toBe(2);
  });

  it('runs through the dispatcher as a real process', async () => {
    const ok = await runCli(['significance', 'check', '-'], {}, 60_000, JSON.stringify(SIGNIFICANT));
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { outcome: string }).outcome).toBe('significant');
    const bad = await runCli(
      ['significance', 'check', '-'],
      {},
      60_000,
      JSON.stringify({ ...SIGNIFICANT, entityType: 'bank' }),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('  entityType:');
  }, 30_000);
});
