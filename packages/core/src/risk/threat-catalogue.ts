// The all-hazards threat catalogue: what can disrupt the services an organisation provides, digital and
// physical alike. NIS2 Art. 21(2) asks for an "all-hazards approach" that protects network and information
// systems and their physical environment; CER Art. 12(2) asks a critical entity to cover "all the relevant
// natural and man-made risks" (accidents, natural disasters, public-health emergencies, hybrid and
// antagonistic threats including terrorist offences). Organisations add their own threats (table
// risk_threats); these entries are the shared starting point.
//
// Each threat is filed under one of the nine threat themes of the Rijksbrede Risicoanalyse Nationale
// Veiligheid (RbRA 2022, Analistennetwerk Nationale Veiligheid for the NCTV; ../shared/domain
// nis2-cer-reference.md §6.8). The RbRA files national scenarios, not the threats of one organisation,
// so which theme a threat falls under is this catalogue's choice (THEME_FILING below says why where it
// is not obvious).

/** The nine threat themes of the RbRA 2022, with the names the RbRA uses. */
export const THREAT_THEMES = [
  { id: 'climate-natural-disasters', nameNl: 'Klimaat- en natuurrampen', nameEn: 'Climate and natural disasters' },
  { id: 'infectious-diseases', nameNl: 'Infectieziekten', nameEn: 'Infectious diseases' },
  { id: 'major-accidents', nameNl: 'Zware ongevallen', nameEn: 'Major accidents' },
  {
    id: 'polarisation-extremism-terrorism',
    nameNl: 'Polarisatie, extremisme en terrorisme',
    nameEn: 'Polarisation, extremism and terrorism',
  },
  {
    id: 'undesirable-interference',
    nameNl: 'Ongewenste inmenging en beïnvloeding democratische rechtsstaat',
    nameEn: 'Undesirable interference and influence on the democratic rule of law',
  },
  {
    id: 'international-military-threats',
    nameNl: 'Internationale en militaire dreigingen',
    nameEn: 'International and military threats',
  },
  { id: 'economic-threats', nameNl: 'Economische dreigingen', nameEn: 'Economic threats' },
  { id: 'cyber-threats', nameNl: 'Cyberdreigingen', nameEn: 'Cyber threats' },
  {
    id: 'critical-infrastructure-threats',
    nameNl: 'Bedreiging vitale infrastructuur',
    nameEn: 'Threats to critical infrastructure',
  },
] as const;
export type ThreatThemeId = (typeof THREAT_THEMES)[number]['id'];
export const THREAT_THEME_IDS = THREAT_THEMES.map((t) => t.id) as [ThreatThemeId, ...ThreatThemeId[]];

/** Where the themes come from, shown next to the catalogue. */
export const THREAT_THEMES_SOURCE =
  'Rijksbrede Risicoanalyse Nationale Veiligheid 2022 (Analistennetwerk Nationale Veiligheid, voor de NCTV)';

/** Digital threats act through network and information systems; the others are physical, natural or human. */
export const THREAT_NATURES = ['digital', 'physical', 'natural', 'human'] as const;
export type ThreatNature = (typeof THREAT_NATURES)[number];

export interface CatalogueThreat {
  /** Stable id: scenarios keep it, so never rename one. */
  id: string;
  theme: ThreatThemeId;
  nature: ThreatNature;
  nameNl: string;
  nameEn: string;
  /** B1 Dutch: what happens. */
  descriptionNl: string;
  /** Typical scenarios, as a start for the organisation's own. */
  scenariosNl: readonly string[];
  /** The basis for listing it. */
  source: string;
}

const NIS2_ALL_HAZARDS = 'NIS2 Art. 21(2) (all-hazards); Weerbaar-catalogus';
const CER_ALL_HAZARDS = 'CER Art. 12(2) (natuurlijke en door de mens veroorzaakte risico’s); Weerbaar-catalogus';

export const THREAT_CATALOGUE: readonly CatalogueThreat[] = [
  // Digital (NIS2 Art. 21(2): the systems themselves).
  {
    id: 'ransomware',
    theme: 'cyber-threats',
    nature: 'digital',
    nameNl: 'Ransomware',
    nameEn: 'Ransomware',
    descriptionNl:
      'Criminelen versleutelen systemen en gegevens en vragen losgeld. Vaak stelen ze eerst gegevens en dreigen ze die te publiceren.',
    scenariosNl: [
      'Het patiëntendossier of de klantadministratie is dagen niet beschikbaar',
      'Back-ups zijn ook versleuteld, herstel duurt weken',
      'Gestolen gegevens worden gepubliceerd',
    ],
    source: NIS2_ALL_HAZARDS,
  },
  {
    id: 'ddos',
    theme: 'cyber-threats',
    nature: 'digital',
    nameNl: 'DDoS-aanval',
    nameEn: 'DDoS attack',
    descriptionNl: 'Een aanvaller overspoelt websites of verbindingen met verkeer, zodat ze onbereikbaar worden.',
    scenariosNl: ['Het klantportaal is een dag onbereikbaar', 'De verbinding met een ketenpartner valt weg'],
    source: NIS2_ALL_HAZARDS,
  },
  {
    id: 'phishing',
    theme: 'cyber-threats',
    nature: 'digital',
    nameNl: 'Phishing en accountovername',
    nameEn: 'Phishing and account takeover',
    descriptionNl:
      'Medewerkers geven via een valse e-mail, website of telefoontje hun inloggegevens of codes weg. Een aanvaller logt daarna in als die medewerker.',
    scenariosNl: ['Een beheerdersaccount wordt overgenomen', 'Een valse betaalopdracht wordt uitgevoerd (CEO-fraude)'],
    source: NIS2_ALL_HAZARDS,
  },
  {
    id: 'exploited-vulnerability',
    theme: 'cyber-threats',
    nature: 'digital',
    nameNl: 'Misbruik van een kwetsbaarheid',
    nameEn: 'Exploited vulnerability',
    descriptionNl:
      'Een aanvaller misbruikt een bekend of onbekend lek in software of apparatuur die vanaf internet bereikbaar is.',
    scenariosNl: ['Een VPN- of firewall-lek geeft toegang tot het netwerk', 'Een webapplicatie lekt gegevens'],
    source: NIS2_ALL_HAZARDS,
  },
  {
    id: 'supply-chain-compromise',
    theme: 'cyber-threats',
    nature: 'digital',
    nameNl: 'Aanval via de toeleveringsketen',
    nameEn: 'Supply-chain compromise',
    descriptionNl:
      'Een aanvaller komt binnen via een leverancier: een besmette update, een gehackte dienstverlener of gedeelde inloggegevens (NIS2 Art. 21(2)(d)).',
    scenariosNl: [
      'Een besmette software-update van een leverancier',
      'De clouddienst of het IT-bedrijf dat ons beheert, wordt gehackt',
    ],
    source: 'NIS2 Art. 21(2)(d) en 21(3); Weerbaar-catalogus',
  },
  {
    id: 'insider',
    theme: 'cyber-threats',
    nature: 'human',
    nameNl: 'Kwaadwillende insider',
    nameEn: 'Malicious insider',
    descriptionNl:
      'Een medewerker of ingehuurde kracht misbruikt zijn toegang: hij steelt gegevens, wist ze of saboteert systemen.',
    scenariosNl: ['Een vertrekkende beheerder wist configuraties', 'Een medewerker verkoopt klantgegevens'],
    source: 'NIS2 Art. 21(2)(i); CER Art. 12(2) en 14; Weerbaar-catalogus',
  },
  {
    id: 'data-leak',
    theme: 'cyber-threats',
    nature: 'digital',
    nameNl: 'Datalek',
    nameEn: 'Data leak',
    descriptionNl:
      'Vertrouwelijke of persoonsgegevens komen bij mensen die ze niet mogen zien, door een aanval of door een fout.',
    scenariosNl: [
      'Een verkeerd ingestelde opslag staat open op internet',
      'Een e-mail met gegevens gaat naar de verkeerde',
    ],
    source: 'NIS2 Art. 21(2); AVG Art. 33; Weerbaar-catalogus',
  },
  {
    id: 'ot-manipulation',
    theme: 'cyber-threats',
    nature: 'digital',
    nameNl: 'Manipulatie van besturingssystemen (OT)',
    nameEn: 'Manipulation of control systems (OT)',
    descriptionNl:
      'Een aanvaller verandert de besturing van installaties: pompen, gemalen, sluizen, doseringen of productie. Dat kan schade aan mens, milieu of installatie geven.',
    scenariosNl: [
      'De dosering van chemicaliën in drinkwater wordt aangepast',
      'Gemalen of sluizen worden op afstand uitgezet',
      'Meetwaarden in SCADA worden vervalst, zodat storingen niet opvallen',
    ],
    source: NIS2_ALL_HAZARDS,
  },
  {
    id: 'remote-maintenance-compromise',
    theme: 'cyber-threats',
    nature: 'digital',
    nameNl: 'Misbruik van toegang voor onderhoud op afstand',
    nameEn: 'Compromised remote maintenance access',
    descriptionNl:
      'Een leverancier heeft een verbinding om op afstand onderhoud te doen. Een aanvaller gebruikt die verbinding om binnen te komen.',
    scenariosNl: [
      'Via de onderhoudsverbinding van de SCADA-leverancier komt een aanvaller in het OT-netwerk',
      'Een altijd open TeamViewer- of VPN-account wordt misbruikt',
    ],
    source: 'NIS2 Art. 21(2)(d) en (i); Weerbaar-catalogus',
  },
  // Physical, natural and human (CER Art. 12(2); NIS2 Art. 21(2): the physical environment).
  {
    id: 'power-outage',
    theme: 'critical-infrastructure-threats',
    nature: 'physical',
    nameNl: 'Stroomuitval',
    nameEn: 'Power outage',
    descriptionNl:
      'De stroom valt uit, in het gebouw, in de regio of landelijk. Noodstroom werkt niet altijd of niet lang genoeg.',
    scenariosNl: [
      'Regionale stroomstoring van 24 uur',
      'Noodstroomaggregaat start niet',
      'Netcongestie: er is geen extra vermogen beschikbaar',
    ],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'telecom-outage',
    theme: 'critical-infrastructure-threats',
    nature: 'physical',
    nameNl: 'Uitval van telecom en internet',
    nameEn: 'Telecom and internet outage',
    descriptionNl:
      'Telefonie, mobiel netwerk of internet valt uit. Daardoor werken ook telemetrie, onderhoud op afstand en clouddiensten niet.',
    scenariosNl: ['Landelijke storing van een mobiel netwerk', 'Een graafschade knipt de glasvezel door'],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'fire',
    theme: 'major-accidents',
    nature: 'physical',
    nameNl: 'Brand',
    nameEn: 'Fire',
    descriptionNl:
      'Brand in een gebouw, serverruimte of installatie, of in de buurt, waardoor een locatie niet bruikbaar is.',
    scenariosNl: ['Brand in de serverruimte', 'Ontruiming door brand in een naastgelegen pand'],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'hazardous-substances-accident',
    theme: 'major-accidents',
    nature: 'physical',
    nameNl: 'Ongeval met gevaarlijke stoffen',
    nameEn: 'Hazardous-substances accident',
    descriptionNl:
      'Een ongeval met gevaarlijke stoffen op of bij een locatie. Het gebied wordt afgezet of moet worden ontruimd.',
    scenariosNl: ['Lekkage van chloor bij een zuiveringsinstallatie', 'Een tankwagen verongelukt naast het terrein'],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'flood',
    theme: 'climate-natural-disasters',
    nature: 'natural',
    nameNl: 'Overstroming',
    nameEn: 'Flood',
    descriptionNl: 'Water uit rivier, zee of door hevige regen zet gebouwen, installaties of wegen onder water.',
    scenariosNl: ['Een kelder met technische installaties loopt onder', 'Een locatie is dagen onbereikbaar'],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'extreme-weather',
    theme: 'climate-natural-disasters',
    nature: 'natural',
    nameNl: 'Extreem weer',
    nameEn: 'Extreme weather',
    descriptionNl: 'Storm, hitte, droogte, sneeuw of ijzel die gebouwen, installaties, vervoer of personeel raakt.',
    scenariosNl: [
      'Hittegolf: koeling van de serverruimte schiet tekort',
      'Droogte: te weinig of slecht bronwater',
      'Storm: medewerkers kunnen niet naar het werk',
    ],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'pandemic',
    theme: 'infectious-diseases',
    nature: 'natural',
    nameNl: 'Pandemie of grote uitbraak',
    nameEn: 'Pandemic or major outbreak',
    descriptionNl: 'Een infectieziekte maakt veel medewerkers ziek of vraagt veel extra zorg, lange tijd.',
    scenariosNl: ['30% van het personeel is weken afwezig', 'Leveranciers kunnen niet leveren'],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'sabotage',
    theme: 'critical-infrastructure-threats',
    nature: 'human',
    nameNl: 'Fysieke sabotage',
    nameEn: 'Physical sabotage',
    descriptionNl: 'Iemand beschadigt met opzet installaties, kabels, leidingen of gebouwen.',
    scenariosNl: ['Kabels naar een pompstation worden doorgeknipt', 'Inbraak in een onbemand station'],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'terrorism',
    theme: 'polarisation-extremism-terrorism',
    nature: 'human',
    nameNl: 'Terroristische aanslag',
    nameEn: 'Terrorist attack',
    descriptionNl:
      'Een aanslag op of bij de organisatie, of een dreiging daarmee (CER Art. 12(2): terroristische misdrijven).',
    scenariosNl: ['Een bommelding ontruimt het hoofdgebouw', 'Een aanslag op een installatie met veel slachtoffers'],
    source: 'CER Art. 12(2) (terroristische misdrijven, Richtlijn (EU) 2017/541); Weerbaar-catalogus',
  },
  {
    id: 'strike',
    theme: 'economic-threats',
    nature: 'human',
    nameNl: 'Staking of arbeidsconflict',
    nameEn: 'Strike or industrial action',
    descriptionNl: 'Medewerkers, of die van een leverancier of vervoerder, leggen het werk neer.',
    scenariosNl: ['Staking bij het openbaar vervoer houdt personeel thuis', 'Staking bij een leverancier'],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'loss-of-key-staff',
    theme: 'economic-threats',
    nature: 'human',
    nameNl: 'Uitval van sleutelpersoneel',
    nameEn: 'Loss of key staff',
    descriptionNl:
      'Mensen met kennis of bevoegdheden die niemand anders heeft, zijn er niet (ziek, vertrokken, onbereikbaar).',
    scenariosNl: ['De enige beheerder van het SCADA-systeem vertrekt', 'Niemand anders kan een noodstop geven'],
    source: 'CER Art. 13(1)(e); Weerbaar-catalogus',
  },
  {
    id: 'supplier-failure',
    theme: 'economic-threats',
    nature: 'human',
    nameNl: 'Uitval van een leverancier',
    nameEn: 'Supplier failure',
    descriptionNl:
      'Een leverancier kan niet meer leveren: faillissement, eigen storing, sancties of tekorten. Er is niet snel een alternatief.',
    scenariosNl: ['De leverancier van chemicaliën gaat failliet', 'De clouddienst stopt met een product'],
    source: 'NIS2 Art. 21(2)(d); CER Art. 13(1)(d) (alternatieve toeleveringsketens); Weerbaar-catalogus',
  },
  {
    id: 'state-interference',
    theme: 'undesirable-interference',
    nature: 'human',
    nameNl: 'Ongewenste inmenging door een staat',
    nameEn: 'State interference',
    descriptionNl:
      'Een ander land probeert invloed te krijgen of kennis te stelen: via spionage, overnames, investeringen of het benaderen van medewerkers.',
    scenariosNl: ['Spionage op kennis van vitale processen', 'Een buitenlandse partij koopt een kritieke leverancier'],
    source: CER_ALL_HAZARDS,
  },
  {
    id: 'hybrid-conflict',
    theme: 'international-military-threats',
    nature: 'human',
    nameNl: 'Hybride dreiging en gewapend conflict',
    nameEn: 'Hybrid threats and armed conflict',
    descriptionNl:
      'Een conflict tussen staten raakt ons: digitale aanvallen, sabotage, desinformatie of tekorten als bijwerking.',
    scenariosNl: ['Sabotage van zeekabels of pijpleidingen', 'Tekort aan onderdelen door sancties'],
    source: 'CER Art. 12(2) (hybride dreigingen); Weerbaar-catalogus',
  },
];

/**
 * Why a threat sits under a theme when that is not obvious. The RbRA names scenarios under themes; these are
 * our filings of an organisation's threats.
 */
export const THEME_FILING: Readonly<Record<string, string>> = {
  insider: 'Misbruik van toegang tot systemen: ingedeeld bij cyberdreigingen (fysiek misbruik: zie sabotage).',
  'ot-manipulation':
    'Een digitale aanval op besturing: cyberdreigingen. Het gevolg raakt vitale infrastructuur; die staat in het scenario.',
  strike: 'Geen eigen RbRA-thema: ingedeeld bij economische dreigingen (verstoring van arbeid en levering).',
  'loss-of-key-staff': 'Geen eigen RbRA-thema: ingedeeld bij economische dreigingen.',
  'supplier-failure': 'Verstoring van toelevering: economische dreigingen.',
};

export function catalogueThreat(id: string): CatalogueThreat | undefined {
  return THREAT_CATALOGUE.find((t) => t.id === id);
}
