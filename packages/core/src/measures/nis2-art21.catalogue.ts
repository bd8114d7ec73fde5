import type { Catalogue } from './catalogue.contracts.ts';

// NIS2 Art. 21(2)(a)-(j), the minimum cybersecurity risk-management measures, with the Dutch labels of
// Cbw art. 21(3) (../shared/domain/nis2-cer-reference.md §3.2). Every essential and important entity.
export const NIS2_ART21: Catalogue = {
  id: 'nis2-art21',
  title: 'Zorgplicht: maatregelen uit artikel 21 NIS2 (Cbw artikel 21)',
  source: {
    citation: 'Richtlijn (EU) 2022/2555 (NIS2) art. 21(2); Cyberbeveiligingswet art. 21(3)',
    url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    version: '2022-12-27',
    text: 'full',
  },
  sections: [
    {
      ref: 'Art. 21(2)',
      title: 'Minimale maatregelen',
      requirements: [
        ['a', 'Beleid inzake risicoanalyse en beveiliging van informatiesystemen'],
        ['b', 'Incidentenbehandeling'],
        ['c', 'Bedrijfscontinuïteit, zoals back-upbeheer en herstelplannen, en crisisbeheer'],
        ['d', 'Beveiliging van de toeleveringsketen'],
        [
          'e',
          'Beveiliging bij het verwerven, ontwikkelen en onderhouden van netwerk- en informatiesystemen, met respons op en bekendmaking van kwetsbaarheden',
        ],
        ['f', 'Beleid en procedures om de effectiviteit van de maatregelen te beoordelen'],
        ['g', 'Basispraktijken op het gebied van cyberhygiëne en opleiding'],
        ['h', 'Beleid en procedures inzake cryptografie en, waar passend, encryptie'],
        ['i', 'Beveiligingsaspecten ten aanzien van personeel, toegangsbeleid en beheer van assets'],
        [
          'j',
          'Waar passend: multifactor- of continue authenticatie, beveiligde spraak-, video- en tekstcommunicatie en beveiligde noodcommunicatie',
        ],
      ].map(([letter, title]) => ({ id: `nis2-art21:${letter}`, ref: `Art. 21(2)(${letter})`, title: title! })),
    },
  ],
};
