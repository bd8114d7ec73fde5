import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, SECTORS } from '../../src/scope/sector-catalogue.ts';
import { ENTITY_TYPE_IDS } from '../../src/scope/entity-type-ids.ts';
import { SECTOR_NAMES_NL } from '../../src/scope/sector-names.ts';

describe('the sector names and entity type ids kept apart from the catalogue', () => {
  it('are exactly the catalogue’s sectors and their Dutch names', () => {
    expect(SECTOR_NAMES_NL).toEqual(Object.fromEntries(SECTORS.map((s) => [s.sector, s.sector_nl])));
  });

  it('are exactly the catalogue’s entity type ids, in its order', () => {
    expect(ENTITY_TYPE_IDS).toEqual(ENTITY_TYPES.map((e) => e.id));
  });
});
