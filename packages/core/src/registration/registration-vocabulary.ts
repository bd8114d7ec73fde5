// Fixed value lists of the registration record, with their Dutch labels for the UI.

/** The twelve provinces of the Netherlands (Grondwet art. 123; Provinciewet). */
export const PROVINCES = [
  { id: 'groningen', nl: 'Groningen' },
  { id: 'fryslan', nl: 'Fryslân' },
  { id: 'drenthe', nl: 'Drenthe' },
  { id: 'overijssel', nl: 'Overijssel' },
  { id: 'flevoland', nl: 'Flevoland' },
  { id: 'gelderland', nl: 'Gelderland' },
  { id: 'utrecht', nl: 'Utrecht' },
  { id: 'noord-holland', nl: 'Noord-Holland' },
  { id: 'zuid-holland', nl: 'Zuid-Holland' },
  { id: 'zeeland', nl: 'Zeeland' },
  { id: 'noord-brabant', nl: 'Noord-Brabant' },
  { id: 'limburg', nl: 'Limburg' },
] as const;
export type Province = (typeof PROVINCES)[number]['id'];
export const PROVINCE_IDS = PROVINCES.map((p) => p.id) as [Province, ...Province[]];

/**
 * The 27 EU Member States as ISO 3166-1 alpha-2 codes (NIS2 Art. 3(4)(d), Art. 27(2)(e): the Member States
 * where the entity provides services). ISO 'GR' for Greece, not the EU's 'EL'.
 */
export const EU_MEMBER_STATES = [
  { code: 'AT', nl: 'Oostenrijk' },
  { code: 'BE', nl: 'België' },
  { code: 'BG', nl: 'Bulgarije' },
  { code: 'CY', nl: 'Cyprus' },
  { code: 'CZ', nl: 'Tsjechië' },
  { code: 'DE', nl: 'Duitsland' },
  { code: 'DK', nl: 'Denemarken' },
  { code: 'EE', nl: 'Estland' },
  { code: 'ES', nl: 'Spanje' },
  { code: 'FI', nl: 'Finland' },
  { code: 'FR', nl: 'Frankrijk' },
  { code: 'GR', nl: 'Griekenland' },
  { code: 'HR', nl: 'Kroatië' },
  { code: 'HU', nl: 'Hongarije' },
  { code: 'IE', nl: 'Ierland' },
  { code: 'IT', nl: 'Italië' },
  { code: 'LT', nl: 'Litouwen' },
  { code: 'LU', nl: 'Luxemburg' },
  { code: 'LV', nl: 'Letland' },
  { code: 'MT', nl: 'Malta' },
  { code: 'NL', nl: 'Nederland' },
  { code: 'PL', nl: 'Polen' },
  { code: 'PT', nl: 'Portugal' },
  { code: 'RO', nl: 'Roemenië' },
  { code: 'SE', nl: 'Zweden' },
  { code: 'SI', nl: 'Slovenië' },
  { code: 'SK', nl: 'Slowakije' },
] as const;
export type MemberState = (typeof EU_MEMBER_STATES)[number]['code'];
export const MEMBER_STATE_CODES = EU_MEMBER_STATES.map((m) => m.code) as [MemberState, ...MemberState[]];

/**
 * main: the (main) establishment (Art. 26(2)); establishment: another legal establishment in the EU
 * (Art. 27(2)(c)); representative: the EU representative of a non-EU provider (Art. 26(3)).
 */
export const ADDRESS_TYPES = ['main', 'establishment', 'representative'] as const;
export type AddressType = (typeof ADDRESS_TYPES)[number];

export const CONTACT_ROLES = ['general', 'security', 'representative'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
