// Shared builders for the scope tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ScopeInputSchema,
  getEntityType,
  type ScopeInput,
  type ScopeInputDraft,
  type SizeClass,
} from '../../src/scope/index.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** ../shared/domain next to the repository (absent on a fresh checkout); overridable for testing the skip. */
export const SHARED_DOMAIN_DIR =
  process.env.WEERBAAR_SHARED_DOMAIN_DIR ?? fileURLToPath(new URL('../../../../../shared/domain/', import.meta.url));

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}${name}`, 'utf8')) as T;
}

/** The source copy in ../shared, or null when ../shared is absent. */
export function readSharedSource(name: string): string | null {
  const path = join(SHARED_DOMAIN_DIR, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export interface ScopeExample {
  id: string;
  title: string;
  input: ScopeInputDraft & Record<string, unknown>;
  derived: { size_class_rec_2003_361: string };
  expected: {
    eu: { classification: string; decided_by: string };
    nl: { classification: string; decided_by: string };
  };
}

export function readScopeExamples(): ScopeExample[] {
  return readFixture<{ cases: ScopeExample[] }>('scope-examples.json').cases;
}

/** Figures that fall squarely inside each size class. */
export const FIGURES: Record<
  SizeClass,
  { employees: number; annual_turnover_eur: number; balance_sheet_total_eur: number }
> = {
  micro: { employees: 5, annual_turnover_eur: 1_000_000, balance_sheet_total_eur: 1_000_000 },
  small: { employees: 30, annual_turnover_eur: 6_000_000, balance_sheet_total_eur: 5_000_000 },
  medium: { employees: 100, annual_turnover_eur: 20_000_000, balance_sheet_total_eur: 15_000_000 },
  large: { employees: 300, annual_turnover_eur: 80_000_000, balance_sheet_total_eur: 60_000_000 },
};

/** A parsed input for entity type `ref`, consistent with the catalogue, with the given size and flags. */
export function inputFor(
  ref: string,
  size: SizeClass | { employees: number; annual_turnover_eur: number; balance_sheet_total_eur: number } = 'medium',
  flags: ScopeInputDraft['flags'] = {},
  overrides: Partial<ScopeInputDraft> = {},
): ScopeInput {
  const e = getEntityType(ref);
  const figures = typeof size === 'string' ? FIGURES[size] : size;
  return ScopeInputSchema.parse({
    sector: e.sector,
    subsector: e.subsector,
    entity_type_ref: e.id,
    entity_type: e.entity_type,
    annex: e.annex,
    ...figures,
    flags,
    ...overrides,
  });
}
