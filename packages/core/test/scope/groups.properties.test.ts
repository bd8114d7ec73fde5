// Properties of the group, two-period and jurisdiction rules (fast-check; issue 17 item 9).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ScopeInputSchema,
  ScopeInputWithUnknownsSchema,
  classifyScope,
  possibleSizeClassesOf,
  rankSizeClass,
  type RelatedEnterpriseInput,
  type ScopeInput,
} from '../../src/scope/index.ts';

const M = 1_000_000;
const employeesArb = fc.oneof(fc.constantFrom(0, 9, 10, 49, 50, 249, 250), fc.nat({ max: 5_000 }));
const moneyArb = fc.oneof(
  fc.constantFrom(0, 2 * M, 2 * M + 1, 10 * M, 10 * M + 1, 43 * M, 43 * M + 1, 50 * M, 50 * M + 1),
  fc.nat({ max: 2_000_000_000 }),
);
const figuresArb = fc.record({
  employees: employeesArb,
  annual_turnover_eur: moneyArb,
  balance_sheet_total_eur: moneyArb,
});
const relatedArb: fc.Arbitrary<RelatedEnterpriseInput> = fc.oneof(
  figuresArb.map((f) => ({ relation: 'linked' as const, share_pct: null, ...f })),
  fc
    .record({
      share: fc.oneof(fc.constantFrom(0, 24.99, 25, 50), fc.double({ min: 0, max: 100, noNaN: true })),
      f: figuresArb,
    })
    .map(({ share, f }) => ({ relation: 'partner' as const, share_pct: share, ...f })),
);
// Size-cap types of both annexes and a size-independent one.
const typeArb = fc.constantFrom(
  { sector: 'Energy', entity_type_ref: 'I.1.a.2' },
  { sector: 'Digital infrastructure', entity_type_ref: 'I.8.4' },
  { sector: 'Manufacturing', entity_type_ref: 'II.5.e.1' },
  { sector: 'Digital infrastructure', entity_type_ref: 'I.8.8' },
);
const inputArb = fc
  .record({
    type: typeArb,
    own: figuresArb,
    related: fc.array(relatedArb, { maxLength: 3 }),
    previous: fc.option(figuresArb, { nil: undefined }),
  })
  .map(({ type, own, related, previous }) =>
    ScopeInputSchema.parse({ ...type, ...own, linked_enterprises: related, previous_period: previous }),
  );
const withRelated = (input: ScopeInput, extra: RelatedEnterpriseInput): ScopeInput => ({
  ...input,
  linked_enterprises: [...(input.linked_enterprises ?? []), extra],
});
const decision = (input: ScopeInput) => {
  const r = classifyScope(input);
  return { eu: r.eu, nl: r.nl, size_class: r.size_class, obligations: r.obligations, aggregated: r.size?.aggregated };
};

describe('groups and periods (Rec. 2003/361/EC Annex Arts. 4(2), 6(2))', () => {
  it('adding a linked enterprise never lowers the size class', () => {
    fc.assert(
      fc.property(inputArb, figuresArb, (input, f) => {
        const before = classifyScope(input).size?.size_class ?? 'micro';
        const after =
          classifyScope(withRelated(input, { relation: 'linked', share_pct: null, ...f })).size?.size_class ?? 'micro';
        expect(rankSizeClass(after)).toBeGreaterThanOrEqual(rankSizeClass(before));
      }),
    );
  });

  it('adding any partner or linked enterprise never lowers the classification', () => {
    const rank = { out_of_scope: 0, important: 1, essential: 2 } as const;
    fc.assert(
      fc.property(inputArb, relatedArb, (input, extra) => {
        const before = classifyScope(input);
        const after = classifyScope(withRelated(input, extra));
        for (const regime of ['eu', 'nl'] as const)
          expect(rank[after[regime].classification]).toBeGreaterThanOrEqual(rank[before[regime].classification]);
      }),
    );
  });

  it('a partner at 0 % (or anything below 25 %) changes nothing', () => {
    fc.assert(
      fc.property(
        inputArb,
        figuresArb,
        fc.oneof(fc.constant(0), fc.double({ min: 0, max: 24.999, noNaN: true })),
        (input, f, share) => {
          expect(decision(withRelated(input, { relation: 'partner', share_pct: share, ...f }))).toEqual(
            decision(input),
          );
        },
      ),
    );
  });

  it("the class held is the current or the previous period's, and the current one when there is no previous period", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const size = classifyScope(input).size;
        if (!size) return;
        const allowed = [size.current_period_size_class, size.previous_period?.size_class];
        expect(allowed).toContain(size.size_class);
        if (!size.previous_period) expect(size.size_class).toBe(size.current_period_size_class);
      }),
    );
  });

  it('the class the full answers give is always among the classes the unknown answers allow', () => {
    fc.assert(
      fc.property(inputArb, fc.boolean(), fc.boolean(), (input, hideGroup, hidePrevious) => {
        const size = classifyScope(input).size;
        if (!size) return;
        const partial = ScopeInputWithUnknownsSchema.parse({
          ...input,
          ...(hideGroup ? { linked_enterprises: 'unknown' } : {}),
          ...(hidePrevious && input.previous_period ? { previous_period: 'unknown' } : {}),
        });
        expect(possibleSizeClassesOf(partial)).toContain(size.size_class);
      }),
    );
  });
});

describe('jurisdiction (NIS2 Art. 26)', () => {
  const statesArb = fc.subarray(['BE', 'DE', 'FR', 'IE', 'NL'] as const);
  it('the EU classification never depends on where the organisation is established or serves', () => {
    fc.assert(
      fc.property(inputArb, statesArb, statesArb, (input, established, served) => {
        const located = ScopeInputSchema.parse({
          ...input,
          member_states_established: established,
          member_states_served: served,
          main_establishment_member_state: established[0] ?? null,
        });
        expect(classifyScope(located).eu).toEqual(classifyScope(input).eu);
        // The Cbw either gives its usual answer or stays out by its art. 4; it never stays in without NL.
        const r = classifyScope(located);
        if (r.nl.decided_by.startsWith('Cbw art. 4(')) expect(r.nl.classification).toBe('out_of_scope');
        else expect(r.nl).toEqual(classifyScope(input).nl);
        if (!r.jurisdiction?.member_states.includes('NL')) expect(r.nl.classification).toBe('out_of_scope');
      }),
    );
  });
});
