// Who supervises whom: the competent authority (bevoegde autoriteit) and the supervisor (toezichthouder)
// per sector, the defaults an authority installation starts from. An authority organisation may override
// any row (supervision_sector_authorities), because the supervisors are not in the law itself.
//
// Competent authority: Cbw art. 15(1) names the minister per sector (verified against the enacted text,
// Stb. 2026, 187; ../shared/domain/nis2-cer-reference.md §6.2); art. 15(2) domain name registration
// (EZ), 15(3) higher education (OCW), 15(4) research (the minister of the sector researched).
// Supervisor: Cbw art. 68(1) leaves it to the competent authority: "de bij besluit van de bevoegde autoriteit
// aangewezen ambtenaren", announced in the Staatscourant (art. 68(4)). The Cbw names no inspectorate, so the
// supervisor defaults below are the inspectorates the reference expects (§6.3: RDI and ILT from secondary
// sources, the rest not verified) — configurable data, not law. Change them per installation when the
// Staatscourant decisions are known.
import { SECTORS } from '../scope/sector-catalogue.ts';

export interface SectorAuthorityDefault {
  /** Sector name as in the scope catalogue (SECTORS). */
  sector: string;
  competentAuthority: string;
  competentAuthoritySource: string;
  supervisor: string;
  /** Whether a primary or secondary source confirms the supervisor (false: the default is an expectation). */
  supervisorConfirmed: boolean;
}

const BZK = 'Minister van Binnenlandse Zaken en Koninkrijksrelaties';
const EZ = 'Minister van Economische Zaken';
const FIN = 'Minister van Financiën';
const IENW = 'Minister van Infrastructuur en Waterstaat';
const KGG = 'Minister van Klimaat en Groene Groei';
const LVVN = 'Minister van Landbouw, Visserij, Voedselzekerheid en Natuur';
const VWS = 'Minister van Volksgezondheid, Welzijn en Sport';
const OCW = 'Minister van Onderwijs, Cultuur en Wetenschap';

const RDI = 'Rijksinspectie Digitale Infrastructuur (RDI)';
const ILT = 'Inspectie Leefomgeving en Transport (ILT)';
const IGJ = 'Inspectie Gezondheidszorg en Jeugd (IGJ)';
const NVWA = 'Nederlandse Voedsel- en Warenautoriteit (NVWA)';
const DNB = 'De Nederlandsche Bank (DNB)';

const ART15_1 = 'Cbw art. 15(1)';

const row = (
  sector: string,
  competentAuthority: string,
  supervisor: string,
  supervisorConfirmed = false,
  competentAuthoritySource = ART15_1,
): SectorAuthorityDefault => ({
  sector,
  competentAuthority,
  competentAuthoritySource,
  supervisor,
  supervisorConfirmed,
});

/** The defaults, by sector of the scope catalogue. */
export const SECTOR_AUTHORITY_DEFAULTS: readonly SectorAuthorityDefault[] = [
  row('Energy', KGG, RDI, true),
  row('Transport', IENW, ILT, true),
  row('Banking', FIN, DNB),
  row('Financial market infrastructures', FIN, DNB),
  row('Health', VWS, IGJ),
  row('Drinking water', IENW, ILT, true),
  row('Waste water', IENW, ILT, true),
  row('Digital infrastructure', EZ, RDI, true),
  row('ICT service management (business-to-business)', EZ, RDI, true),
  // Water boards: IenW (art. 15(1)); the rest of government: BZK. One row per sector: BZK, the common case.
  row('Public administration', BZK, RDI),
  row('Space', EZ, RDI, true),
  row('Postal and courier services', EZ, RDI),
  row('Waste management', IENW, ILT, true),
  row('Manufacture, production and distribution of chemicals', IENW, ILT, true),
  row('Production, processing and distribution of food', LVVN, NVWA),
  // Medical devices and IVD fall to VWS (art. 15(1)); the other manufacturing subsectors, the common case, to EZ.
  row('Manufacturing', EZ, RDI, true),
  row('Digital providers', EZ, RDI, true),
  row('Research', 'Minister van de sector waarin het onderzoek plaatsvindt', RDI, true, 'Cbw art. 15(4)'),
  row('Education (Member State option)', OCW, 'Inspectie van het Onderwijs', false, 'Cbw art. 15(3)'),
];

const DEFAULTS = new Map(SECTOR_AUTHORITY_DEFAULTS.map((d) => [d.sector, d]));

/** The default for a sector; null for a sector the table does not know (shown as unknown, never guessed). */
export function sectorAuthorityDefault(sector: string): SectorAuthorityDefault | null {
  return DEFAULTS.get(sector) ?? null;
}

/** Sectors whose authorities may be configured: every sector of the scope catalogue. */
export const CONFIGURABLE_SECTORS: readonly string[] = SECTORS.map((s) => s.sector);
