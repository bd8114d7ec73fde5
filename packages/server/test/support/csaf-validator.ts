import { beforeAll } from 'vitest';
import { loadCsafValidator } from '../../src/services/advisories/csaf-validation.ts';

/**
 * The CSAF validator compiles its JSON schemas on first use (seconds of CPU): files that import advisories,
 * the demo's among them, load it before their tests so that cost is not counted against a test's time limit.
 */
export function loadCsafValidatorFirst(): void {
  beforeAll(() => loadCsafValidator(), 120_000);
}
