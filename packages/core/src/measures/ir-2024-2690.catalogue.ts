import type { Catalogue, CatalogueSection } from './catalogue.contracts.ts';

// Commission Implementing Regulation (EU) 2024/2690, Annex: the technical and methodological requirements
// of the measures of NIS2 Art. 21(2) (Art. 2(1) of the Regulation) for the 11 digital entity types of its
// Art. 1 (DNS, TLD registries, cloud, data centres, CDN, MSP, MSSP, online marketplaces, search engines,
// social networks, trust services). All 13 sections and their subsections, numbered as in the Annex,
// with our own short Dutch titles (../shared/domain/nis2-cer-reference.md §3.4, verified against the
// Annex as packaged in CISO Assistant's `annex-nis2-regulation--2024-2690-...-by-enisa.yaml`).
// Each section's Art. 21(2) point(s), from the Annex's own headings, are in `ART21_POINTS` and drive the
// crosswalk (ir-2024-2690-nis2-art21.crosswalk.ts).
// Art. 2(2) 2nd subpara.: where a requirement says "where appropriate / applicable / to the extent
// feasible" and the entity does not apply it, it documents its reasons — the "not applicable with
// justification" status of an implementation.

type Sub = readonly [ref: string, title: string];
interface Section {
  ref: string;
  title: string;
  /** The Art. 21(2) point(s) the Annex heading of this section names. */
  points: readonly string[];
  subs: readonly Sub[];
}

export const IR_2024_2690_SECTIONS: readonly Section[] = [
  {
    ref: '1',
    title: 'Beleid voor de beveiliging van netwerk- en informatiesystemen',
    points: ['a'],
    subs: [
      ['1.1', 'Beveiligingsbeleid voor netwerk- en informatiesystemen'],
      ['1.2', 'Rollen, verantwoordelijkheden en bevoegdheden'],
    ],
  },
  {
    ref: '2',
    title: 'Beleid voor risicobeheer',
    points: ['a'],
    subs: [
      ['2.1', 'Kader voor risicobeheer'],
      ['2.2', 'Toezicht op naleving'],
      ['2.3', 'Onafhankelijke beoordeling van informatie- en netwerkbeveiliging'],
    ],
  },
  {
    ref: '3',
    title: 'Incidentenbehandeling',
    points: ['b'],
    subs: [
      ['3.1', 'Beleid voor incidentenbehandeling'],
      ['3.2', 'Monitoring en logging'],
      ['3.3', 'Melden van gebeurtenissen'],
      ['3.4', 'Beoordelen en classificeren van gebeurtenissen'],
      ['3.5', 'Reageren op incidenten'],
      ['3.6', 'Evaluatie na een incident'],
    ],
  },
  {
    ref: '4',
    title: 'Bedrijfscontinuïteit en crisisbeheer',
    points: ['c'],
    subs: [
      ['4.1', 'Plan voor bedrijfscontinuïteit en herstel na een ramp'],
      ['4.2', 'Beheer van back-ups en redundantie'],
      ['4.3', 'Crisisbeheer'],
    ],
  },
  {
    ref: '5',
    title: 'Beveiliging van de toeleveringsketen',
    points: ['d'],
    subs: [
      ['5.1', 'Beleid voor de beveiliging van de toeleveringsketen'],
      ['5.2', 'Overzicht van leveranciers en dienstverleners'],
    ],
  },
  {
    ref: '6',
    title: 'Beveiliging bij verwerven, ontwikkelen en onderhouden van netwerk- en informatiesystemen',
    points: ['e'],
    subs: [
      ['6.1', 'Beveiliging bij het verwerven van ICT-diensten en ICT-producten'],
      ['6.2', 'Veilige ontwikkelcyclus'],
      ['6.3', 'Configuratiebeheer'],
      ['6.4', 'Wijzigingsbeheer, reparaties en onderhoud'],
      ['6.5', 'Beveiligingstesten'],
      ['6.6', 'Beheer van beveiligingspatches'],
      ['6.7', 'Netwerkbeveiliging'],
      ['6.8', 'Netwerksegmentatie'],
      ['6.9', 'Bescherming tegen schadelijke en niet-toegestane software'],
      ['6.10', 'Behandelen en bekendmaken van kwetsbaarheden'],
    ],
  },
  {
    ref: '7',
    title: 'Beleid en procedures om de doeltreffendheid van de maatregelen te beoordelen',
    points: ['f'],
    // The Annex's points 7.1-7.3 have no titles of their own; these are ours.
    subs: [
      ['7.1', 'Beleid en procedures voor het beoordelen van de doeltreffendheid'],
      ['7.2', 'Wat, hoe, wanneer en door wie gemeten en beoordeeld wordt'],
      ['7.3', 'Periodieke herziening'],
    ],
  },
  {
    ref: '8',
    title: 'Basispraktijken cyberhygiëne en beveiligingsopleiding',
    points: ['g'],
    subs: [
      ['8.1', 'Bewustwording en basispraktijken cyberhygiëne'],
      ['8.2', 'Beveiligingsopleiding'],
    ],
  },
  {
    ref: '9',
    title: 'Cryptografie',
    points: ['h'],
    // The Annex's points 9.1-9.3 have no titles of their own; these are ours.
    subs: [
      ['9.1', 'Beleid en procedures voor cryptografie'],
      ['9.2', 'Soort en sterkte van cryptografie, protocollen, algoritmen en sleutelbeheer'],
      ['9.3', 'Periodieke herziening'],
    ],
  },
  {
    ref: '10',
    title: 'Beveiliging van personeel',
    points: ['i'],
    subs: [
      ['10.1', 'Beveiligingsaspecten van personeel'],
      // Title [unverified] in the reference (§8 item 10); content verified: background checks.
      ['10.2', 'Antecedentenonderzoek'],
      ['10.3', 'Procedures bij einde of wijziging van het dienstverband'],
      ['10.4', 'Disciplinaire procedure'],
    ],
  },
  {
    ref: '11',
    title: 'Toegangsbeheer',
    points: ['i', 'j'],
    subs: [
      ['11.1', 'Toegangsbeleid'],
      ['11.2', 'Beheer van toegangsrechten'],
      ['11.3', 'Geprivilegieerde accounts en beheeraccounts'],
      ['11.4', 'Beheersystemen'],
      ['11.5', 'Identificatie'],
      ['11.6', 'Authenticatie'],
      ['11.7', 'Multifactorauthenticatie'],
    ],
  },
  {
    ref: '12',
    title: 'Beheer van assets',
    points: ['i'],
    subs: [
      ['12.1', 'Classificatie van assets'],
      ['12.2', 'Omgaan met assets'],
      ['12.3', 'Beleid voor verwijderbare media'],
      ['12.4', 'Inventaris van assets'],
      ['12.5', 'Inleveren, teruggeven of wissen van assets bij uitdiensttreding'],
    ],
  },
  {
    ref: '13',
    title: 'Fysieke beveiliging en beveiliging van de omgeving',
    points: ['c', 'e', 'i'],
    subs: [
      ['13.1', 'Ondersteunende voorzieningen'],
      ['13.2', 'Bescherming tegen fysieke en omgevingsdreigingen'],
      ['13.3', 'Perimeter en fysieke toegangscontrole'],
    ],
  },
];

export const IR_2024_2690: Catalogue = {
  id: 'ir-2024-2690',
  title: 'Uitvoeringsverordening (EU) 2024/2690, bijlage: technische en methodologische eisen',
  source: {
    citation:
      'Uitvoeringsverordening (EU) 2024/2690 van de Commissie van 17 oktober 2024, bijlage (art. 2(1)); geldt voor de 11 digitale entiteiten van art. 1',
    url: 'https://eur-lex.europa.eu/eli/reg_impl/2024/2690/oj',
    version: '2024-10-18',
    text: 'full',
    unverified:
      'Titel van punt 10.2 ("Verification of background"): niet tegen het Publicatieblad gecontroleerd (referentie §8 punt 10); de inhoud (antecedentenonderzoek) wel. De titels zijn onze eigen korte Nederlandse titels.',
  },
  sections: IR_2024_2690_SECTIONS.map((s): CatalogueSection => ({
    ref: s.ref,
    title: `${s.ref}. ${s.title}`,
    requirements: s.subs.map(([ref, title]) => ({ id: `ir-2024-2690:${ref}`, ref, title })),
  })),
};
