// A legal citation as people read it. The rules cite their source in one compact, English-style form
// ('NIS2 Art. 2(5)(a) (Member State option)', 'Cbw arts. 25-29', 'Impl. Reg. 2024/2690 Arts. 3, 4 and 10'),
// which the API, the audit trail and the tests keep as it is. A Dutch screen shows the same citation in
// Dutch: 'NIS2 art. 2(5)(a) (keuze van de lidstaat)', 'Cbw art. 25-29',
// 'Uitvoeringsverordening 2024/2690 art. 3, 4 en 10'. The article numbers stay untouched, so the
// citation is still the one the rule gives.
import type { Locale } from './auth.contracts.ts';

/**
 * The explanatory notes the rules add in brackets, and their Dutch. A new note in a rule needs its Dutch
 * here: the citation test fails on any English word left in a Dutch citation.
 */
const NOTES_NL: readonly (readonly [en: string, nl: string])[] = [
  ['(Member State option)', '(keuze van de lidstaat)'],
  ['(below size cap)', '(onder de omvangsgrens)'],
  ['(not in Annex I or II)', '(niet in bijlage I of II)'],
  ['(not in bijlage 1 or 2)', '(niet in bijlage 1 of 2)'],
  ['(no positive risk-based assessment)', '(geen positieve risicobeoordeling)'],
  [
    '(registration-data regime only; Art. 3(3), 27 apply)',
    '(alleen de regels voor registratiegegevens; art. 3(3) en 27 gelden)',
  ],
  ['(registration-data regime only)', '(alleen de regels voor registratiegegevens)'],
  ['(designation is always as essential)', '(aanwijzing altijd als essentiële entiteit)'],
  ['(no designation by the Minister of OCW)', '(geen aanwijzing door de minister van OCW)'],
  ['(root name servers excluded)', '(rootnaamservers vallen erbuiten)'],
  ['(assumed: established in the Netherlands)', '(aangenomen: gevestigd in Nederland)'],
  ['(Chapter III does not apply in this sector)', '(hoofdstuk III geldt niet in deze sector)'],
  ['(risk assessment art. 14, notification art. 17)', '(risicobeoordeling art. 14, melding art. 17)'],
  ['(scope: ', '(toepassingsgebied: '],
];

/** Words of the citation form itself, in the order they must be replaced (longer phrases first). */
const WORDS_NL: readonly (readonly [RegExp, string])[] = [
  [/\bImpl\. Reg\./g, 'Uitvoeringsverordening'],
  [/\bReg\. (?=\(EU\)|\d)/g, 'Verordening '],
  [/\bRec\. 2003\/361\/EC\b/g, 'Aanbeveling 2003/361/EG'],
  [/\bDirective\b/g, 'Richtlijn'],
  [/\bAnnex\b/g, 'bijlage'],
  [/\bChapter\b/g, 'hoofdstuk'],
  [/\brecital\b/g, 'overweging'],
  [/\bpoint\b/g, 'punt'],
  [/\b(?:2nd|second) subpara(?:graph|\.)/g, 'tweede alinea'],
  [/\b(?:1st|first) subpara(?:graph|\.)/g, 'eerste alinea'],
  [/\blast subpara(?:graph|\.)/g, 'laatste alinea'],
  [/\bArts?\.|\barts\./g, 'art.'],
  [/ and /g, ' en '],
  [/ or /g, ' of '],
  [/ with /g, ' met '],
];

/** `citation` in the reader's language; English is the form the rules use. */
export function formatCitation(citation: string, locale: Locale): string {
  if (locale === 'en') return citation;
  let out = citation;
  for (const [en, nl] of NOTES_NL) out = out.split(en).join(nl);
  for (const [pattern, nl] of WORDS_NL) out = out.replace(pattern, nl);
  return out;
}

/** The Dutch notes, for the test that checks no English is left (they may contain any Dutch word). */
export const CITATION_NOTES_NL: readonly string[] = NOTES_NL.map(([, nl]) => nl);
