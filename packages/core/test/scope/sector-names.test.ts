import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/scope/sector-catalogue.ts';
import { SECTOR_NAMES_NL } from '../../src/scope/sector-names.ts';

describe('the Dutch sector names kept apart from the catalogue', () => {
  it('are exactly the catalogue’s sectors and their Dutch names', () => {
    expect(SECTOR_NAMES_NL).toEqual(Object.fromEntries(SECTORS.map((s) => [s.sector, s.sector_nl])));
  });
});
