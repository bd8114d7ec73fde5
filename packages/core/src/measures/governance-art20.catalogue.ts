import type { Catalogue } from './catalogue.contracts.ts';

// Governance duties of the management body: NIS2 Art. 20 and Cbw art. 24
// (../shared/domain/nis2-cer-reference.md §2). Every essential and important entity; Cbw art. 24 does not
// apply where art. 21 does not (art. 24(13)). Who "het bestuur" is for public bodies: Cbw art. 24(12).
export const GOVERNANCE_ART20: Catalogue = {
  id: 'governance-art20',
  title: 'Bestuur: goedkeuring, toezicht en opleiding (artikel 20 NIS2, Cbw artikel 24)',
  source: {
    citation: 'Richtlijn (EU) 2022/2555 (NIS2) art. 20; Cyberbeveiligingswet art. 24',
    url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    version: 'NIS2 2022-12-27; Cbw tekst geldend vanaf 2026-08-15',
    text: 'full',
    unverified: 'Cbw-tekst alleen uit een kopie van derden gecontroleerd (referentie §0).',
  },
  sections: [
    {
      ref: 'Art. 20(1)',
      title: 'Goedkeuring en toezicht',
      requirements: [
        {
          id: 'governance-art20:approval',
          ref: 'Art. 20(1); Cbw art. 24(1)',
          title: 'Het bestuur keurt de maatregelen voor cyberbeveiliging goed',
        },
        {
          id: 'governance-art20:oversight',
          ref: 'Art. 20(1)',
          title: 'Het bestuur houdt toezicht op de uitvoering van de maatregelen',
        },
      ],
    },
    {
      ref: 'Art. 20(2)',
      title: 'Opleiding',
      requirements: [
        {
          id: 'governance-art20:board-training',
          ref: 'Art. 20(2); Cbw art. 24(2)-(5)',
          title:
            'Elk bestuurslid volgt een opleiding, heeft binnen twee jaar een certificaat en houdt de kennis aantoonbaar bij',
        },
        {
          id: 'governance-art20:staff-training',
          ref: 'Art. 20(2), tweede zin',
          title: 'Medewerkers krijgen regelmatig een vergelijkbare opleiding (aangemoedigd)',
        },
      ],
    },
  ],
};
