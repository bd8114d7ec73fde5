import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPENAPI_FILE, renderOpenApi } from '../../src/cli/openapi.command.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const RULESET = path.resolve(ROOT, '../shared/standards/nl-api-design-rules/linter.yaml');

describe('OpenAPI document', () => {
  it('is checked in and matches the routes (run `npm run openapi` after changing an API)', async () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(await renderOpenApi());
  });

  it.skipIf(!existsSync(RULESET))(
    'passes the NL API Design Rules linter with zero errors',
    () => {
      const spectral = path.join(ROOT, 'node_modules/.bin/spectral');
      const run = spawnSync(spectral, ['lint', '-q', '-r', RULESET, '-f', 'json', OPENAPI_FILE], { encoding: 'utf8' });
      // Spectral answers a JSON array even when clean ('[]'): empty output means it did not run.
      expect(run.error).toBeUndefined();
      expect(run.stdout.trim(), run.stderr).toMatch(/^\[[\s\S]*\]$/);
      const results = JSON.parse(run.stdout) as {
        severity: number;
        code: string;
        path: string[];
        message: string;
      }[];
      const errors = results
        .filter((r) => r.severity === 0)
        .map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
      expect(errors).toEqual([]);
    },
    60_000,
  );
});

if (!existsSync(RULESET)) console.warn(`skipped the ADR lint: ${RULESET} not found (../shared is absent)`);
