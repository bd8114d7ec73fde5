// Every worked case of scope-examples.json must come out exactly as expected: classification AND the
// deciding article, for the EU baseline and for the Cbw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScopeInputSchema, classifyScope } from '../../src/scope/index.ts';
import { FIXTURES_DIR, readScopeExamples, readSharedSource } from './scope-test-helpers.ts';

const cases = readScopeExamples();

describe('scope-examples.json', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  it.each(cases.map((c) => [c.id, c.title, c] as const))('%s %s', (_id, _title, c) => {
    const input = ScopeInputSchema.parse(c.input);
    const result = classifyScope(input);
    expect({ eu: result.eu, nl: result.nl }).toEqual(c.expected);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: size class matches derived.size_class_rec_2003_361', (_id, c) => {
    const result = classifyScope(ScopeInputSchema.parse(c.input));
    // e.g. "not_applicable (public administration / designated body)" → "not_applicable"
    expect(result.size_class).toBe(c.derived.size_class_rec_2003_361.split(' ')[0]);
  });

  it('fixture copy is identical to ../shared/domain/scope-examples.json', (ctx) => {
    const source = readSharedSource('scope-examples.json');
    if (source === null) {
      ctx.skip('../shared/domain/scope-examples.json is absent: cannot check the fixture copy for drift');
    }
    expect(readFileSync(`${FIXTURES_DIR}scope-examples.json`, 'utf8')).toBe(source);
  });
});
