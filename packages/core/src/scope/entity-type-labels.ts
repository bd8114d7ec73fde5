// Short names of the entity types for people (wizard, registration, reports), in Dutch and English.
// The catalogue keeps the source's long English names (sector-catalogue.ts, checked against nis2-sectors.json);
// these follow the Dutch text of NIS2 Annexes I and II (Richtlijn (EU) 2022/2555, bijlagen I en II) in plain
// words. They are labels only: the engine decides on the id.
import type { LocalizedText } from './scope-result.schema.ts';

export const ENTITY_TYPE_LABELS: Readonly<Record<string, LocalizedText>> = {
  'I.1.a.1': { nl: "Elektriciteitsbedrijven met de functie 'levering'", en: 'Electricity undertakings (supply)' },
  'I.1.a.2': { nl: 'Distributiesysteembeheerders (elektriciteit)', en: 'Distribution system operators (electricity)' },
  'I.1.a.3': { nl: 'Transmissiesysteembeheerders (elektriciteit)', en: 'Transmission system operators (electricity)' },
  'I.1.a.4': { nl: 'Producenten van elektriciteit', en: 'Electricity producers' },
  'I.1.a.5': {
    nl: "Benoemde elektriciteitsmarktbeheerders (NEMO's)",
    en: 'Nominated electricity market operators (NEMOs)',
  },
  'I.1.a.6': {
    nl: 'Marktdeelnemers voor aggregatie, vraagrespons of energieopslag',
    en: 'Market participants in aggregation, demand response or energy storage',
  },
  'I.1.a.7': { nl: 'Exploitanten van laadpunten', en: 'Operators of recharging points' },
  'I.1.b.1': { nl: 'Exploitanten van stadsverwarming of stadskoeling', en: 'Operators of district heating or cooling' },
  'I.1.c.1': { nl: 'Exploitanten van oliepijpleidingen', en: 'Operators of oil transmission pipelines' },
  'I.1.c.2': {
    nl: 'Exploitanten van productie, raffinage, behandeling, opslag en transport van olie',
    en: 'Operators of oil production, refining, treatment, storage and transmission',
  },
  'I.1.c.3': { nl: 'Centrale entiteiten voor voorraadvorming (olie)', en: 'Central stockholding entities (oil)' },
  'I.1.d.1': { nl: 'Leveringsbedrijven (gas)', en: 'Supply undertakings (gas)' },
  'I.1.d.2': { nl: 'Distributiesysteembeheerders (gas)', en: 'Distribution system operators (gas)' },
  'I.1.d.3': { nl: 'Transmissiesysteembeheerders (gas)', en: 'Transmission system operators (gas)' },
  'I.1.d.4': { nl: 'Opslagsysteembeheerders (gas)', en: 'Storage system operators (gas)' },
  'I.1.d.5': { nl: 'LNG-systeembeheerders', en: 'LNG system operators' },
  'I.1.d.6': { nl: 'Aardgasbedrijven', en: 'Natural gas undertakings' },
  'I.1.d.7': {
    nl: 'Exploitanten van installaties voor raffinage en behandeling van aardgas',
    en: 'Operators of natural gas refining and treatment facilities',
  },
  'I.1.e.1': {
    nl: 'Exploitanten van productie, opslag en transport van waterstof',
    en: 'Operators of hydrogen production, storage and transmission',
  },
  'I.2.a.1': { nl: 'Luchtvaartmaatschappijen (commercieel)', en: 'Air carriers (commercial)' },
  'I.2.a.2': {
    nl: 'Luchthavenbeheerders, luchthavens en bedrijven met installaties op luchthavens',
    en: 'Airport managing bodies, airports and operators of ancillary installations',
  },
  'I.2.a.3': { nl: 'Luchtverkeersleiding', en: 'Air traffic control' },
  'I.2.b.1': { nl: 'Spoorweginfrastructuurbeheerders', en: 'Railway infrastructure managers' },
  'I.2.b.2': {
    nl: 'Spoorwegondernemingen, ook exploitanten van dienstvoorzieningen',
    en: 'Railway undertakings, including operators of service facilities',
  },
  'I.2.c.1': {
    nl: 'Bedrijven voor vervoer over water (binnenvaart, zee- en kustvaart)',
    en: 'Inland, sea and coastal water transport companies',
  },
  'I.2.c.2': {
    nl: 'Havenbeheerders en bedrijven met werken en uitrusting in havens',
    en: 'Port managing bodies and operators of works and equipment in ports',
  },
  'I.2.c.3': { nl: 'Verkeersbegeleiding voor schepen (VTS)', en: 'Vessel traffic services (VTS)' },
  'I.2.d.1': {
    nl: 'Wegbeheerders die verantwoordelijk zijn voor verkeersmanagement',
    en: 'Road authorities responsible for traffic management',
  },
  'I.2.d.2': { nl: 'Exploitanten van intelligente vervoerssystemen', en: 'Operators of intelligent transport systems' },
  'I.3.1': { nl: 'Kredietinstellingen (banken)', en: 'Credit institutions (banks)' },
  'I.4.1': { nl: 'Exploitanten van handelsplatformen', en: 'Operators of trading venues' },
  'I.4.2': { nl: "Centrale tegenpartijen (CTP's)", en: 'Central counterparties (CCPs)' },
  'I.5.1': { nl: 'Zorgaanbieders', en: 'Healthcare providers' },
  'I.5.2': { nl: 'EU-referentielaboratoria', en: 'EU reference laboratories' },
  'I.5.3': { nl: 'Onderzoek en ontwikkeling van geneesmiddelen', en: 'Research and development of medicinal products' },
  'I.5.4': {
    nl: 'Vervaardiging van farmaceutische grondstoffen en producten',
    en: 'Manufacture of basic pharmaceutical products and preparations',
  },
  'I.5.5': {
    nl: 'Vervaardiging van medische hulpmiddelen die kritiek zijn bij een noodsituatie voor de volksgezondheid',
    en: 'Manufacture of medical devices critical in a public health emergency',
  },
  'I.6.1': { nl: 'Leveranciers en distributeurs van drinkwater', en: 'Suppliers and distributors of drinking water' },
  'I.7.1': {
    nl: 'Bedrijven die afvalwater inzamelen, lozen of behandelen',
    en: 'Undertakings collecting, disposing of or treating waste water',
  },
  'I.8.1': { nl: 'Aanbieders van internetknooppunten (IXP)', en: 'Internet exchange point (IXP) providers' },
  'I.8.2': { nl: 'Aanbieders van DNS-diensten', en: 'DNS service providers' },
  'I.8.3': { nl: 'Registers voor topleveldomeinnamen (TLD)', en: 'Top-level domain (TLD) name registries' },
  'I.8.4': { nl: 'Aanbieders van cloudcomputingdiensten', en: 'Cloud computing service providers' },
  'I.8.5': { nl: 'Aanbieders van datacentrumdiensten', en: 'Data centre service providers' },
  'I.8.6': {
    nl: 'Aanbieders van netwerken voor contentlevering (CDN)',
    en: 'Content delivery network (CDN) providers',
  },
  'I.8.7': { nl: 'Verleners van vertrouwensdiensten', en: 'Trust service providers' },
  'I.8.8': {
    nl: 'Aanbieders van openbare elektronische-communicatienetwerken',
    en: 'Providers of public electronic communications networks',
  },
  'I.8.9': {
    nl: 'Aanbieders van openbare elektronische-communicatiediensten',
    en: 'Providers of publicly available electronic communications services',
  },
  'I.9.1': { nl: 'Aanbieders van beheerde ICT-diensten (MSP)', en: 'Managed service providers (MSP)' },
  'I.9.2': {
    nl: 'Aanbieders van beheerde beveiligingsdiensten (MSSP)',
    en: 'Managed security service providers (MSSP)',
  },
  'I.10.1': { nl: "Rijksoverheid: ministeries, rijksdiensten en zbo's", en: 'Central government' },
  'I.10.2': { nl: 'Provincies en waterschappen', en: 'Regional government' },
  'I.11.1': {
    nl: 'Exploitanten van grondinfrastructuur voor ruimtevaartdiensten',
    en: 'Operators of ground-based infrastructure for space-based services',
  },
  'II.1.1': { nl: 'Post- en koeriersdiensten', en: 'Postal and courier service providers' },
  'II.2.1': { nl: 'Bedrijven voor afvalbeheer', en: 'Waste management undertakings' },
  'II.3.1': {
    nl: 'Vervaardiging en distributie van chemische stoffen en mengsels',
    en: 'Manufacture and distribution of chemical substances and mixtures',
  },
  'II.4.1': {
    nl: 'Levensmiddelenbedrijven: groothandel en industriële productie en verwerking',
    en: 'Food businesses: wholesale and industrial production and processing',
  },
  'II.5.a.1': {
    nl: 'Vervaardiging van medische hulpmiddelen en hulpmiddelen voor in-vitrodiagnostiek',
    en: 'Manufacture of medical devices and in vitro diagnostic devices',
  },
  'II.5.b.1': {
    nl: 'Vervaardiging van computers en elektronische en optische producten (NACE C26)',
    en: 'Manufacture of computer, electronic and optical products (NACE C26)',
  },
  'II.5.c.1': {
    nl: 'Vervaardiging van elektrische apparatuur (NACE C27)',
    en: 'Manufacture of electrical equipment (NACE C27)',
  },
  'II.5.d.1': {
    nl: 'Vervaardiging van overige machines en apparaten (NACE C28)',
    en: 'Manufacture of machinery and equipment n.e.c. (NACE C28)',
  },
  'II.5.e.1': {
    nl: 'Vervaardiging van auto’s, aanhangers en opleggers (NACE C29)',
    en: 'Manufacture of motor vehicles, trailers and semi-trailers (NACE C29)',
  },
  'II.5.f.1': {
    nl: 'Vervaardiging van andere transportmiddelen (NACE C30)',
    en: 'Manufacture of other transport equipment (NACE C30)',
  },
  'II.6.1': { nl: 'Aanbieders van onlinemarktplaatsen', en: 'Providers of online marketplaces' },
  'II.6.2': { nl: 'Aanbieders van onlinezoekmachines', en: 'Providers of online search engines' },
  'II.6.3': { nl: 'Aanbieders van sociale netwerken', en: 'Providers of social networking platforms' },
  'II.7.1': {
    nl: 'Onderzoeksorganisaties (toegepast onderzoek voor commercieel gebruik)',
    en: 'Research organisations (applied research for commercial use)',
  },
  'X.DRS': {
    nl: 'Registrars en resellers van domeinnamen',
    en: 'Domain name registrars and resellers',
  },
  'X.CER': { nl: 'Kritieke entiteit (CER-richtlijn, Wwke)', en: 'Critical entity (CER Directive)' },
  'X.EDU': { nl: 'Instellingen voor hoger onderwijs', en: 'Higher education institutions' },
  'X.LOCAL': { nl: 'Gemeenten en gemeenschappelijke regelingen', en: 'Municipalities and joint arrangements' },
  'X.OTHER': { nl: 'Geen van deze', en: 'None of these' },
};

/** The short label of an entity type, or its id when it has none (never throws: labels are cosmetic). */
export function entityTypeLabel(id: string, locale: 'nl' | 'en'): string {
  return ENTITY_TYPE_LABELS[id]?.[locale] ?? id;
}
