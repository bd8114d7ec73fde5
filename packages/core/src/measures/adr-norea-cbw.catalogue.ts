import type { Catalogue } from './catalogue.contracts.ts';

// ADR (Auditdienst Rijk) & NOREA, "Cbw (NIS2) Control Framework" v1.2 (CC BY 4.0): the Dutch audit
// profession's control framework for the Cbw and Cbb (../shared/domain/nis2-cer-reference.md §3.4).
// Identifiers and section names as in the framework, packaged in CISO Assistant's library
// `cbw_nis2.yaml` (intuitem/ciso-assistant-community, backend/library/libraries/cbw_nis2.yaml,
// publication 2026-08-07). Attribution (required by CC BY 4.0): "ADR & NOREA, Cbw (NIS2) Control
// Framework (2025), CC-BY 4.0 licensed". We ship identifiers and our own short titles; the licence would
// allow the full text, which an organisation can add. `POINTS` links each duty-of-care section to the
// Cbw art. 21(3) point its heading names (crosswalk adr-norea-cbw-nis2-art21.crosswalk.ts).
interface Section {
  ref: string;
  title: string;
  /** Cbw art. 21(3) / NIS2 Art. 21(2) point(s) the section heading names; governance-art20 ids for art. 24. */
  counts: readonly string[];
  controls: readonly (readonly [ref: string, title: string])[];
}

export const ADR_NOREA_SECTIONS: readonly Section[] = [
  {
    ref: '1',
    title: 'Zorgplicht — beleid over netwerk- en informatiesystemen',
    counts: ['nis2-art21:a'],
    controls: [['1.1', 'Beveiligingsbeleid vastgesteld door het bestuur, met rollen en bevoegdheden']],
  },
  {
    ref: '2',
    title: 'Zorgplicht — beleid over risicomanagement',
    counts: ['nis2-art21:a'],
    controls: [['2.1', 'Risicomanagementbeleid, risico-overzicht en beveiligingseisen']],
  },
  {
    ref: '3',
    title: 'Zorgplicht — evaluatie',
    counts: ['nis2-art21:f'],
    controls: [['3.1', 'Doeltreffendheid van de maatregelen periodiek geëvalueerd en vastgelegd']],
  },
  {
    ref: '4',
    title: 'Zorgplicht — incidentenbehandeling',
    counts: ['nis2-art21:b'],
    controls: [
      ['4.1', 'Beleid voor incidentmanagement met rollen en bevoegdheden'],
      ['4.2', 'Monitoring en logging om incidenten te ontdekken'],
    ],
  },
  {
    ref: '5',
    title: 'Zorgplicht — bedrijfscontinuïteit en crisisbeheer',
    counts: ['nis2-art21:c'],
    controls: [
      ['5.1', 'Beleid voor bedrijfscontinuïteit, met back-ups en herstel'],
      ['5.2', 'Continuïteitsplan en herstelplan, periodiek getest'],
      ['5.3', 'Crisisbeheersingsplan, periodiek getest en geoefend'],
    ],
  },
  {
    ref: '6',
    title: 'Zorgplicht — beveiliging van de toeleveringsketen',
    counts: ['nis2-art21:d'],
    controls: [
      ['6.1', 'Beleid voor de toeleveringsketen'],
      ['6.2', 'Leveranciers periodiek getoetst'],
      ['6.3', 'Actuele inventaris van leveranciers en afspraken'],
    ],
  },
  {
    ref: '7',
    title: 'Zorgplicht — verwerven, ontwikkelen en onderhouden van informatiesystemen',
    counts: ['nis2-art21:e'],
    controls: [
      ['7.1', 'Beleid voor risico’s bij het verwerven van software, hardware en diensten'],
      ['7.2', 'Veilig ontwikkelen in alle fasen'],
      ['7.3', 'Onderhoud en beheer met configuratie- en wijzigingsbeheer'],
    ],
  },
  {
    ref: '8',
    title: 'Zorgplicht — cyberhygiëne en opleidingen',
    counts: ['nis2-art21:g'],
    controls: [
      ['8.1', 'Personeel is zich bewust van risico’s en past cyberhygiëne toe'],
      ['8.2', 'Regelmatige opleiding voor wie beveiligingstaken heeft'],
    ],
  },
  {
    ref: '9',
    title: 'Zorgplicht — beleid over cryptografie',
    counts: ['nis2-art21:h'],
    controls: [['9.1', 'Beleid, processen en procedures voor cryptografie']],
  },
  {
    ref: '10',
    title: 'Zorgplicht — beveiligingsaspecten ten aanzien van personeel',
    counts: ['nis2-art21:i'],
    controls: [['10.1', 'Beveiligingsrollen aangewezen en betrouwbaarheidseisen gesteld']],
  },
  {
    ref: '11',
    title: 'Zorgplicht — beveiligingsaspecten ten aanzien van toegangsbeleid',
    counts: ['nis2-art21:i'],
    controls: [['11.1', 'Logisch en fysiek toegangsbeleid, periodiek gecontroleerd']],
  },
  {
    ref: '12',
    title: 'Zorgplicht — beveiligingsaspecten ten aanzien van beheer van assets',
    counts: ['nis2-art21:i'],
    controls: [
      ['12.1', 'Beleid voor assetbeheer met classificatie en gebruiksregels'],
      ['12.2', 'Volledige en actuele inventaris van assets'],
    ],
  },
  {
    ref: '13',
    title: 'Zorgplicht — attenderingen, adviezen en informatie',
    // Cbb duty to assess targeted alerts and advice; no Art. 21(2) point of its own.
    counts: [],
    controls: [['13.1', 'Adviezen over kwetsbaarheden en dreigingen beoordeeld en vastgelegd']],
  },
  {
    ref: '14',
    title: 'Governance (art. 24) — training van het bestuur',
    counts: ['governance-art20:board-training'],
    controls: [
      ['14.1', 'Bestuur kan na training risico’s en maatregelen beoordelen'],
      ['14.2', 'Elk bestuurslid binnen twee jaar getraind en kennis actueel'],
    ],
  },
  {
    ref: '15',
    title: 'Meldplicht (art. 25) — significante incidenten',
    counts: [],
    controls: [['15.1', 'Significante incidenten gemeld aan CSIRT en bevoegde autoriteit']],
  },
  {
    ref: '16',
    title: 'Meldplicht (art. 25) — vroegtijdige waarschuwing',
    counts: [],
    controls: [['16.1', 'Melden in drie fasen: 24 uur, 72 uur, eindverslag']],
  },
  {
    ref: '17',
    title: 'Meldplicht (art. 25) — nadere regels over meldingen',
    counts: [],
    controls: [['17.1', 'Afnemers van de dienst snel geïnformeerd']],
  },
];

export const ADR_NOREA_CBW: Catalogue = {
  id: 'adr-norea-cbw',
  title: 'Cbw (NIS2) Control Framework van ADR en NOREA',
  source: {
    citation: 'ADR & NOREA, Cbw (NIS2) Control Framework (2025), v1.2, CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    version: '1.2',
    text: 'identifiers-only',
    unverified:
      'Nummers en koppen overgenomen uit een kopie van derden (CISO Assistant, cbw_nis2.yaml), niet uit de publicatie van ADR/NOREA zelf.',
  },
  sections: ADR_NOREA_SECTIONS.map((s) => ({
    ref: s.ref,
    title: s.title,
    requirements: s.controls.map(([ref, title]) => ({ id: `adr-norea-cbw:${ref}`, ref, title })),
  })),
};
