import type { Catalogue } from './catalogue.contracts.ts';

// CER Directive (EU) 2022/2557 Art. 13(1)(a)-(f): the resilience measures of a critical entity
// (../shared/domain/nis2-cer-reference.md §5.4; NL: Wwke, numbering [unverified]). Only for entities a
// Member State identified as critical entity (CER Art. 6). Titles: our own Dutch summary of each point.
// No crosswalk to NIS2 Art. 21: CER is about non-cyber resilience (CER Art. 1(2)) and no public source
// maps the points one to one.
export const CER_ART13: Catalogue = {
  id: 'cer-art13',
  title: 'Weerbaarheidsmaatregelen kritieke entiteit (CER artikel 13)',
  source: {
    citation: 'Richtlijn (EU) 2022/2557 (CER) art. 13(1)(a)-(f); in Nederland: Wet weerbaarheid kritieke entiteiten',
    url: 'https://eur-lex.europa.eu/eli/dir/2022/2557/oj',
    version: '2022-12-27',
    text: 'full',
    unverified: 'Artikelnummers en Nederlandse termen van de Wwke (referentie §5.6).',
  },
  sections: [
    {
      ref: 'Art. 13(1)',
      title: 'Technische, beveiligings- en organisatorische maatregelen',
      requirements: [
        ['a', 'Incidenten voorkomen, met aandacht voor rampenrisicovermindering en klimaatadaptatie'],
        ['b', 'Fysieke bescherming van locaties en kritieke infrastructuur (hekken, toegang, detectie)'],
        ['c', 'Reageren op, weerstaan en beperken van incidenten (risico- en crisisbeheer, alarmering)'],
        ['d', 'Herstellen na incidenten (bedrijfscontinuïteit, alternatieve toeleveringsketens)'],
        [
          'e',
          'Beveiligingsbeheer van personeel, ook van externe dienstverleners (kritieke functies, toegang, antecedentenonderzoek, opleiding)',
        ],
        ['f', 'Personeel bewust maken van de maatregelen (a) tot en met (e)'],
      ].map(([letter, title]) => ({ id: `cer-art13:${letter}`, ref: `Art. 13(1)(${letter})`, title: title! })),
    },
  ],
};
