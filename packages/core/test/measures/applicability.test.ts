import { describe, expect, it } from 'vitest';
import { suggestFrameworks, type ApplicabilityFacts } from '../../src/measures/index.ts';
import { ScopeInputWithUnknownsSchema, evaluateScope, type ScopeInputWithUnknowns } from '../../src/scope/index.ts';
import { readScopeExamples } from '../scope/scope-test-helpers.ts';

const examples = new Map(readScopeExamples().map((c) => [c.id, c]));

/** A saved assessment as the platform keeps it: the answers (defaults applied) and the engine's outcome. */
function saved(answers: ScopeInputWithUnknowns, organisationSector: string | null = null): ApplicabilityFacts {
  const input = ScopeInputWithUnknownsSchema.parse(answers);
  return { input, result: evaluateScope(input), organisationSector };
}
const fromExample = (id: string, organisationSector: string | null = null) =>
  saved(examples.get(id)!.input as ScopeInputWithUnknowns, organisationSector);
const ids = (facts: ApplicabilityFacts) => suggestFrameworks(facts).map((s) => s.catalogueId);

describe('suggestFrameworks', () => {
  it.each([
    // [case, organisation sector, expected catalogues (in order), catalogues that must not be suggested]
    ['SC-001', null, ['nis2-art21', 'governance-art20', 'adr-norea-cbw', 'ncsc-basis'], ['ir-2024-2690', 'bio2']],
    ['SC-016', null, ['nis2-art21', 'ir-2024-2690', 'governance-art20', 'adr-norea-cbw', 'ncsc-basis'], []],
    ['SC-019', null, ['nis2-art21', 'ir-2024-2690', 'governance-art20', 'adr-norea-cbw', 'ncsc-basis'], []],
    ['SC-040', null, ['nis2-art21', 'ir-2024-2690', 'governance-art20', 'adr-norea-cbw', 'ncsc-basis'], []],
    ['SC-028', null, ['nis2-art21', 'governance-art20', 'bio2', 'adr-norea-cbw', 'ncsc-basis'], ['ir-2024-2690']],
    ['SC-004', null, ['nis2-art21', 'governance-art20', 'nen7510', 'adr-norea-cbw', 'ncsc-basis'], []],
    ['SC-034', null, ['nis2-art21', 'governance-art20', 'cer-art13', 'adr-norea-cbw', 'ncsc-basis'], []],
    ['SC-010', null, ['ncsc-basis'], ['nis2-art21', 'governance-art20', 'adr-norea-cbw']],
    // Out of scope, but a municipality by its own sector: BIO2 still applies to government.
    ['SC-046', 'Gemeente', ['bio2', 'ncsc-basis'], ['nis2-art21']],
  ])('%s (sector %s) → %j', (id, sector, expected, absent) => {
    const got = ids(fromExample(id, sector));
    expect(got).toEqual(expected);
    for (const a of absent) expect(got).not.toContain(a);
  });

  it('gives every suggestion an article and a Dutch and English reason', () => {
    for (const id of examples.keys())
      for (const s of suggestFrameworks(fromExample(id))) {
        expect(s.article.length, `${id} ${s.catalogueId}`).toBeGreaterThan(3);
        expect(s.reason.nl.length).toBeGreaterThan(10);
        expect(s.reason.en.length).toBeGreaterThan(10);
      }
  });

  it('suggests no Art. 21 or Art. 20 where DORA displaces them (NIS2 Art. 4; Cbw arts. 22 and 24(13))', () => {
    const bank = {
      ...(examples.get('SC-001')!.input as ScopeInputWithUnknowns),
      sector: 'Banking',
      subsector: null,
      entity_type_ref: 'I.3.1',
      flags: { dora_financial_entity: true },
    } as ScopeInputWithUnknowns;
    const facts = saved(bank);
    expect(facts.result?.outcome).toBe('definite');
    expect(ids(facts)).toEqual(['ncsc-basis']);
  });

  it('suggests the IBP frameworks for a higher-education institution', () => {
    const university = {
      sector: 'Education (Member State option)',
      subsector: null,
      entity_type_ref: 'X.EDU',
      employees: 3000,
      annual_turnover_eur: 400_000_000,
      balance_sheet_total_eur: 500_000_000,
      flags: { higher_education_institution: true, nl_ocw_designation: 'important' },
    } as ScopeInputWithUnknowns;
    expect(ids(saved(university))).toContain('ibp-onderwijs');
    expect(ids({ input: { entity_type_ref: 'X.OTHER' }, organisationSector: 'Voortgezet onderwijs' })).toContain(
      'ibp-onderwijs',
    );
  });

  it('with unknown answers, suggests the duties only when the class is settled', () => {
    // A medium manufacturer (size cap, NIS2 Art. 2(1)): unknown figures leave the class open.
    const unsure = {
      ...(examples.get('SC-013')!.input as ScopeInputWithUnknowns),
      employees: 'unknown',
      annual_turnover_eur: 'unknown',
      balance_sheet_total_eur: 'unknown',
    } as ScopeInputWithUnknowns;
    const facts = saved(unsure);
    expect(facts.result?.outcome).toBe('conditional');
    expect(ids(facts)).toEqual(['ncsc-basis']);
    // A DNS provider is in scope whatever its size (NIS2 Art. 2(2)(a)(iii)): settled although figures are unknown.
    const dns = {
      sector: 'Digital infrastructure',
      subsector: null,
      entity_type_ref: 'I.8.2',
      employees: 'unknown',
      annual_turnover_eur: 'unknown',
      balance_sheet_total_eur: 'unknown',
      flags: { dns_service_provider: true },
    } as ScopeInputWithUnknowns;
    expect(ids(saved(dns))).toEqual(
      expect.arrayContaining(['nis2-art21', 'governance-art20', 'ir-2024-2690', 'ncsc-basis']),
    );
  });

  it('suggests only guidance and sector norms before any scope assessment', () => {
    expect(ids({ input: { entity_type_ref: 'X.OTHER' }, result: null, organisationSector: 'Ziekenhuis' })).toEqual([
      'nen7510',
      'ncsc-basis',
    ]);
  });
});
