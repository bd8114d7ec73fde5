// The catalogue must carry every field of src/scope/nis2-sectors.json (renamed where the API names it
// otherwise), and the rules must reproduce the file's own classification per size for every entity type.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  SECTORS,
  SIZE_CLASSES,
  classifyScope,
  findEntityType,
  getEntityType,
  type Classification,
  type SizeClass,
} from '../../src/scope/index.ts';
import { parseEntityTypes } from '../../src/scope/sector-catalogue.ts';
import { inputFor, readSharedSource } from './scope-test-helpers.ts';

const CATALOGUE_FILE = fileURLToPath(new URL('../../src/scope/nis2-sectors.json', import.meta.url));

interface SourceEntry {
  id: string;
  annex: 'I' | 'II' | null;
  sector: string;
  sector_nl: string;
  subsector: string | null;
  subsector_nl: string | null;
  entity_type: string;
  legal_definition_ref: string;
  size_rule: string;
  classification_by_size:
    | Record<SizeClass, Classification>
    | { qualified: Record<SizeClass, Classification>; non_qualified: Record<SizeClass, Classification> }
    | null;
  special_rules: string[];
  in_cer_annex: boolean;
  nis2_art27_registry: boolean;
  implementing_reg_2024_2690: boolean;
  nl_cbw: { competent_authority?: string; classification?: string };
}

const file = JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as { entries: SourceEntry[] };
const source = file.entries;

describe('sector catalogue', () => {
  it('holds every entry of nis2-sectors.json, in order, plus X.OTHER', () => {
    expect(ENTITY_TYPES.map((e) => e.id)).toEqual([...source.map((e) => e.id), 'X.OTHER']);
  });

  // Expected values written out by hand from the JSON, not re-derived by the mapping under test.
  it.each([
    [
      'I.1.a.1',
      {
        annex: 'I',
        size_rule: 'size_cap',
        sector: 'Energy',
        sector_nl: 'Energie',
        subsector: 'Electricity',
        subsector_nl: 'Elektriciteit',
        legal_definition_ref: 'Dir. (EU) 2019/944 Art. 2(57) and 2(12)',
        in_cer_annex: true,
        enisa_registry_art27: false,
        implementing_reg_2024_2690: false,
        nl_competent_authority: 'Minister of Climate and Green Growth (KGG) (Cbw art. 15(1))',
        notes: [],
      },
    ],
    [
      'II.1.1',
      {
        annex: 'II',
        sector: 'Postal and courier services',
        subsector: null,
        subsector_nl: null,
        in_cer_annex: false,
        nl_competent_authority: 'Minister of EZ (Cbw art. 15(1))',
      },
    ],
    [
      'I.8.2',
      {
        size_rule: 'size_independent',
        entity_type: 'DNS service providers (excluding operators of root name servers)',
        enisa_registry_art27: true,
        implementing_reg_2024_2690: true,
        notes: expect.arrayContaining(['Significant-incident thresholds: Impl. Reg. 2024/2690 Art. 5.']),
      },
    ],
  ])('maps %s from the JSON', (id, expected) => {
    expect(getEntityType(id)).toMatchObject({ id, ...expected });
  });

  it('derives sectors with their subsectors', () => {
    const energy = SECTORS.find((s) => s.sector === 'Energy');
    expect(energy?.subsectors.map((s) => s.subsector)).toEqual([
      'Electricity',
      'District heating and cooling',
      'Oil',
      'Gas',
      'Hydrogen',
    ]);
    expect(SECTORS.find((s) => s.sector === 'Health')?.subsectors).toEqual([]);
    expect(findEntityType('I.99')).toBeUndefined();
    expect(() => getEntityType('I.99')).toThrow(/unknown entity type/);
  });

  describe('EU classification per size agrees with classification_by_size', () => {
    const rows = source.flatMap((s) => {
      const table = s.classification_by_size;
      if (table === null) return [];
      if ('qualified' in table) {
        return SIZE_CLASSES.flatMap((size) => [
          {
            id: s.id,
            size,
            flags: { trust_service_provider: true, qualified_trust_service_provider: true },
            expected: table.qualified[size],
          },
          { id: s.id, size, flags: { trust_service_provider: true }, expected: table.non_qualified[size] },
        ]);
      }
      return SIZE_CLASSES.map((size) => ({ id: s.id, size, flags: {}, expected: table[size] }));
    });
    it.each(rows)('$id $size $flags → $expected', ({ id, size, flags, expected }) => {
      expect(classifyScope(inputFor(id, size, flags)).eu.classification).toBe(expected);
    });
  });

  it('NL: entity types the source marks essential are essential under the Cbw at every size', () => {
    const essential = source.filter((s) => s.nl_cbw.classification === 'essential');
    expect(essential.map((s) => s.id)).toEqual(['I.8.2', 'I.8.3', 'I.10.1', 'I.10.2', 'X.CER', 'X.LOCAL']);
    for (const s of essential) {
      for (const size of SIZE_CLASSES)
        expect(classifyScope(inputFor(s.id, size)).nl.classification, `${s.id} ${size}`).toBe('essential');
    }
  });

  it('refuses a malformed catalogue file', () => {
    const [first] = file.entries;
    expect(() => parseEntityTypes({ entries: [first, first] })).toThrow(/unique/);
    expect(() => parseEntityTypes({ entries: [{ ...first, size_rule: 'not_listed' }] })).toThrow(/size_rule/);
    expect(() => parseEntityTypes({ entries: [{ ...first, annex: 'III' }] })).toThrow(/annex/);
  });

  it('src/scope/nis2-sectors.json is identical to ../shared/domain/nis2-sectors.json', (ctx) => {
    const shared = readSharedSource('nis2-sectors.json');
    if (shared === null)
      ctx.skip('../shared/domain/nis2-sectors.json is absent: cannot check the catalogue copy for drift');
    expect(readFileSync(CATALOGUE_FILE, 'utf8')).toBe(shared);
  });
});
