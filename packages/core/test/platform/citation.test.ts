// Citations on a Dutch screen are Dutch: the words of the citation form and the notes the rules add in
// brackets are translated, the article numbers stay as the rule gives them (issue 9 item 4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GENERAL_CRITERIA,
  NIS2_BASELINE_CRITERIA,
  REPORT_RECIPIENTS,
  SIGNIFICANCE_ENTITY_TYPE_CATALOGUE,
  STAGE_DEADLINE_WORDS_NL,
  STAGE_DEFINITIONS,
  TRUST_SERVICE_NOTIFICATION_SOURCE,
  FINAL_AFTER_PROGRESS_SOURCE,
} from '../../src/incidents/index.ts';
import { CITATION_NOTES_NL, formatCitation } from '../../src/platform/index.ts';
import { registrationUpdateDeadlines } from '../../src/registration/update-deadlines.ts';
import { classifyScope, type ScopeResult } from '../../src/scope/index.ts';
import { inputArb } from '../scope/scope-arbitraries.ts';

// The words a Dutch citation may contain outside its bracketed notes: the names of the acts and the Dutch
// words of the citation form. Anything else (an English note, "Annex", "subpara.") fails the test below.
const CITATION_WORDS_NL = new Set([
  'art',
  'artikel',
  'lid',
  'eerste',
  'tweede',
  'laatste',
  'alinea',
  'bijlage',
  'punt',
  'hoofdstuk',
  'overweging',
  'ontheffing',
  'zorgplicht',
  'meldplicht',
  'en',
  'of',
  'met',
  'NIS2',
  'Cbw',
  'CER',
  'Wwke',
  'DORA',
  'EU',
  'EG',
  'Verordening',
  'Uitvoeringsverordening',
  'Aanbeveling',
  'Richtlijn',
  'Cyberbeveiligingswet',
  'CER-richtlijn',
  'Algemene',
  'termijnenwet',
  'I',
  'II',
  'III',
  'VII',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'h',
  'i',
  'ii',
  'iii',
]);

/** The words of a Dutch citation that are neither a known Dutch note nor a word of the citation form. */
function strayWords(dutch: string): string[] {
  let rest = dutch;
  for (const note of CITATION_NOTES_NL) rest = rest.split(note).join(' ');
  const words = rest.match(/[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9-]*/g) ?? [];
  return words.filter((w) => !CITATION_WORDS_NL.has(w));
}

function citationsOf(r: ScopeResult): string[] {
  return [
    r.eu.decided_by,
    r.nl.decided_by,
    ...r.reasons.map((x) => x.article),
    ...r.obligations.flatMap((o) => [o.article, o.replaced_by ?? '', o.exempted_by ?? '']),
    r.size?.aggregation_article ?? '',
    r.size?.period_article ?? '',
    r.jurisdiction?.decided_by ?? '',
  ].filter((c) => c !== '');
}

describe('formatCitation', () => {
  it.each([
    ['NIS2 Art. 2(5)(a) (Member State option)', 'NIS2 art. 2(5)(a) (keuze van de lidstaat)'],
    ['Cbw arts. 25-29', 'Cbw art. 25-29'],
    ['Impl. Reg. 2024/2690 Arts. 3, 4 and 10', 'Uitvoeringsverordening 2024/2690 art. 3, 4 en 10'],
    ['NIS2 Annex I point 8 (root name servers excluded)', 'NIS2 bijlage I punt 8 (rootnaamservers vallen erbuiten)'],
    ['NIS2 Art. 23(4), second subparagraph; Cbw art. 27(2)', 'NIS2 art. 23(4), tweede alinea; Cbw art. 27(2)'],
    ['NIS2 Art. 23(4) last subpara.', 'NIS2 art. 23(4) laatste alinea'],
    [
      'DORA (Reg. (EU) 2022/2554) — NIS2 Art. 4(1) (Chapter VII)',
      'DORA (Verordening (EU) 2022/2554) — NIS2 art. 4(1) (hoofdstuk VII)',
    ],
    ['Rec. 2003/361/EC Annex Art. 6(1)', 'Aanbeveling 2003/361/EG bijlage art. 6(1)'],
    ['NIS2 Art. 3(1)(b) (scope: Art. 2(2)(a)(ii))', 'NIS2 art. 3(1)(b) (toepassingsgebied: art. 2(2)(a)(ii))'],
    ['Cbw art. 28 with art. 27(1)', 'Cbw art. 28 met art. 27(1)'],
  ])('%s → %s', (en, nl) => {
    expect(formatCitation(en, 'nl')).toBe(nl);
    expect(formatCitation(en, 'en')).toBe(en);
  });

  it('leaves no English in the Dutch form of any citation the scope rules give', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const c of citationsOf(classifyScope(input))) expect(strayWords(formatCitation(c, 'nl')), c).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no English in the Dutch form of the reporting, significance and registration sources', () => {
    const sources = [
      ...Object.values(STAGE_DEFINITIONS).map((d) => d.source),
      ...Object.values(REPORT_RECIPIENTS).map((r) => r.source),
      ...Object.values(STAGE_DEADLINE_WORDS_NL).map((w) => w.source),
      ...Object.values(SIGNIFICANCE_ENTITY_TYPE_CATALOGUE).map((e) => e.criteriaSource),
      ...[...GENERAL_CRITERIA, ...NIS2_BASELINE_CRITERIA].map((c) => c.article),
      ...registrationUpdateDeadlines(new Date('2026-12-07T08:00:00Z'), ['I.8.4']).map((d) => d.source),
      TRUST_SERVICE_NOTIFICATION_SOURCE,
      FINAL_AFTER_PROGRESS_SOURCE,
    ];
    for (const s of sources) expect(strayWords(formatCitation(s, 'nl')), s).toEqual([]);
  });

  it('the test itself notices an English note that has no Dutch', () => {
    expect(strayWords(formatCitation('NIS2 Art. 2(1) (below the size cap)', 'nl'))).toEqual([
      'below',
      'the',
      'size',
      'cap',
    ]);
  });
});
