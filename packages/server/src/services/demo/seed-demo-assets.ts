// Demo data only: a realistic dependency graph of services and assets for each demo entity, so the blast
// radius of a supplier or utility and the chain behind a service show after `npm start` (issue 11 item 7).
// Fictional organisations; the names of kinds of systems and suppliers are generic.
import type { AssetCreate, ExternalDependantCreate } from '@weerbaar/core/assets';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { addAssetDependency } from '../assets/add-asset-dependency.ts';
import { addExternalDependant } from '../assets/add-external-dependant.ts';
import { listAssetDependencies, listAssetExternalDependants, listOrgAssets } from '../assets/asset-queries.ts';
import { createAsset } from '../assets/create-asset.ts';

type DemoAsset = Omit<AssetCreate, 'crownJewel'> & { crownJewel?: boolean; dependants?: ExternalDependantCreate[] };

interface DemoGraph {
  assets: DemoAsset[];
  /** [depends, on]: names from `assets`. */
  dependencies: [string, string][];
}

const service = (
  name: string,
  maxTolerableDowntimeHours: number,
  peopleServed: number | null,
  dependants: ExternalDependantCreate[] = [],
  extra: Partial<DemoAsset> = {},
): DemoAsset => ({ name, kind: 'service', maxTolerableDowntimeHours, peopleServed, dependants, ...extra });

const asset = (
  name: string,
  assetType: NonNullable<AssetCreate['assetType']>,
  cia: [number, number, number] | null,
  extra: Partial<DemoAsset> = {},
): DemoAsset => ({
  name,
  kind: 'asset',
  assetType,
  ...(cia ? { confidentiality: cia[0], integrity: cia[1], availability: cia[2] } : {}),
  ...extra,
});

const HOSPITAL: DemoGraph = {
  assets: [
    service('Spoedeisende hulp', 1, 350_000, [
      { name: 'Patiënten regio Noord', kind: 'recipient_group', count: 350_000 },
      { name: 'Ambulancedienst Regio Noord', kind: 'organisation' },
      { name: 'GGD Noord', kind: 'government' },
    ]),
    service('Operaties', 4, 18_000),
    service('Poliklinische zorg', 48, 200_000, [{ name: 'Huisartsen in de regio', kind: 'organisation', count: 180 }]),
    service('Laboratoriumdiagnostiek', 8, null, [
      { name: 'Verpleeghuizen regio Noord', kind: 'organisation', count: 24 },
    ]),
    asset('Triage en opname', 'process', null),
    asset('Aanvraag en uitslag lab', 'process', null),
    asset('Elektronisch patiëntendossier (EPD)', 'it_system', [5, 5, 5], {
      crownJewel: true,
      owner: 'CIO',
      description: 'Het dossier van elke patiënt: medicatie, uitslagen, verslagen en afspraken.',
    }),
    asset('Patiëntgegevens', 'information', [5, 5, 4], { crownJewel: true, owner: 'Functionaris gegevensbescherming' }),
    asset('Laboratoriuminformatiesysteem (LIS)', 'it_system', [4, 5, 4]),
    asset('Ziekenhuisnetwerk', 'it_system', [3, 4, 5]),
    asset('Datacenter locatie Noord', 'location', [3, 3, 5]),
    asset('Medische apparatuur OK', 'ot_system', [2, 5, 5], {
      controlFunction: 'Beademing en bewaking van de patiënt tijdens een operatie',
    }),
    asset('Gebouwbeheersysteem', 'ot_system', [2, 4, 4], {
      controlFunction: 'Klimaat, luchtbehandeling en drukzones van de OK’s en het datacenter',
    }),
    asset('Dienstdoend arts-microbioloog', 'person', null),
    asset('EPD-leverancier (hosting)', 'supplier_service', null),
    asset('Netwerkleverancier NoordNet', 'supplier_service', null),
    asset('Stroomnet (netbeheerder)', 'utility', null),
    asset('Telefonie (vast en mobiel)', 'utility', null),
  ],
  dependencies: [
    ['Spoedeisende hulp', 'Triage en opname'],
    ['Spoedeisende hulp', 'Laboratoriumdiagnostiek'],
    ['Spoedeisende hulp', 'Telefonie (vast en mobiel)'],
    ['Triage en opname', 'Elektronisch patiëntendossier (EPD)'],
    ['Operaties', 'Elektronisch patiëntendossier (EPD)'],
    ['Operaties', 'Medische apparatuur OK'],
    ['Operaties', 'Gebouwbeheersysteem'],
    ['Poliklinische zorg', 'Elektronisch patiëntendossier (EPD)'],
    ['Laboratoriumdiagnostiek', 'Aanvraag en uitslag lab'],
    ['Laboratoriumdiagnostiek', 'Dienstdoend arts-microbioloog'],
    ['Aanvraag en uitslag lab', 'Laboratoriuminformatiesysteem (LIS)'],
    ['Aanvraag en uitslag lab', 'Elektronisch patiëntendossier (EPD)'],
    ['Patiëntgegevens', 'Elektronisch patiëntendossier (EPD)'],
    ['Elektronisch patiëntendossier (EPD)', 'EPD-leverancier (hosting)'],
    ['Elektronisch patiëntendossier (EPD)', 'Ziekenhuisnetwerk'],
    ['Laboratoriuminformatiesysteem (LIS)', 'Ziekenhuisnetwerk'],
    ['Laboratoriuminformatiesysteem (LIS)', 'Datacenter locatie Noord'],
    ['EPD-leverancier (hosting)', 'Netwerkleverancier NoordNet'],
    ['Ziekenhuisnetwerk', 'Netwerkleverancier NoordNet'],
    ['Ziekenhuisnetwerk', 'Datacenter locatie Noord'],
    // A cycle: the datacenter is cooled by the building system, which runs over the hospital network.
    ['Datacenter locatie Noord', 'Gebouwbeheersysteem'],
    ['Gebouwbeheersysteem', 'Ziekenhuisnetwerk'],
    ['Datacenter locatie Noord', 'Stroomnet (netbeheerder)'],
    ['Gebouwbeheersysteem', 'Stroomnet (netbeheerder)'],
    ['Medische apparatuur OK', 'Stroomnet (netbeheerder)'],
  ],
};

const MUNICIPALITY: DemoGraph = {
  assets: [
    service('Burgerzaken (paspoorten, rijbewijzen, aktes)', 72, 85_000, [
      { name: 'Inwoners van Weerdam', kind: 'recipient_group', count: 85_000 },
    ]),
    service('Uitkeringen (Participatiewet)', 120, 2_100, [
      { name: 'Mensen met een bijstandsuitkering', kind: 'recipient_group', count: 2_100 },
    ]),
    service('Crisisbeheersing en bevolkingszorg', 2, 85_000, [{ name: 'Veiligheidsregio Noord', kind: 'government' }]),
    service('Digitaal loket', 24, 85_000),
    service('Bruggen en gemalen', 2, null, [
      { name: 'Weggebruikers en scheepvaart', kind: 'recipient_group' },
      { name: 'Waterschap Lage Landen', kind: 'government' },
    ]),
    asset('Basisregistratie Personen (BRP)', 'information', [5, 5, 4], {
      crownJewel: true,
      owner: 'Teamleider Burgerzaken',
    }),
    asset('Zaaksysteem', 'it_system', [4, 4, 3]),
    asset('Financieel systeem', 'it_system', [4, 5, 3]),
    asset('Kantoorautomatisering en netwerk', 'it_system', [3, 3, 4]),
    asset('Bediening bruggen en gemalen', 'ot_system', [2, 5, 5], {
      crownJewel: true,
      controlFunction: 'Opent en sluit twee beweegbare bruggen en stuurt drie gemalen op afstand',
    }),
    asset('Gemeentehuis', 'location', null),
    asset('Crisiscoördinator', 'person', null),
    asset('Inloggen met DigiD', 'supplier_service', null),
    asset('Hostingpartij (cloud)', 'supplier_service', null),
    asset('Stroomnet (netbeheerder)', 'utility', null),
    asset('Internetverbinding', 'utility', null),
  ],
  dependencies: [
    ['Burgerzaken (paspoorten, rijbewijzen, aktes)', 'Basisregistratie Personen (BRP)'],
    ['Burgerzaken (paspoorten, rijbewijzen, aktes)', 'Zaaksysteem'],
    ['Burgerzaken (paspoorten, rijbewijzen, aktes)', 'Gemeentehuis'],
    ['Uitkeringen (Participatiewet)', 'Zaaksysteem'],
    ['Uitkeringen (Participatiewet)', 'Financieel systeem'],
    ['Uitkeringen (Participatiewet)', 'Basisregistratie Personen (BRP)'],
    ['Crisisbeheersing en bevolkingszorg', 'Crisiscoördinator'],
    ['Crisisbeheersing en bevolkingszorg', 'Internetverbinding'],
    ['Crisisbeheersing en bevolkingszorg', 'Gemeentehuis'],
    ['Digitaal loket', 'Inloggen met DigiD'],
    ['Digitaal loket', 'Hostingpartij (cloud)'],
    ['Digitaal loket', 'Zaaksysteem'],
    ['Bruggen en gemalen', 'Bediening bruggen en gemalen'],
    ['Basisregistratie Personen (BRP)', 'Hostingpartij (cloud)'],
    ['Zaaksysteem', 'Hostingpartij (cloud)'],
    ['Zaaksysteem', 'Basisregistratie Personen (BRP)'],
    ['Zaaksysteem', 'Kantoorautomatisering en netwerk'],
    ['Financieel systeem', 'Kantoorautomatisering en netwerk'],
    ['Kantoorautomatisering en netwerk', 'Internetverbinding'],
    ['Kantoorautomatisering en netwerk', 'Gemeentehuis'],
    ['Hostingpartij (cloud)', 'Internetverbinding'],
    ['Bediening bruggen en gemalen', 'Internetverbinding'],
    ['Bediening bruggen en gemalen', 'Stroomnet (netbeheerder)'],
    ['Gemeentehuis', 'Stroomnet (netbeheerder)'],
  ],
};

const WATER: DemoGraph = {
  assets: [
    service('Drinkwaterlevering', 12, 1_200_000, [
      { name: 'Huishoudens in het voorzieningsgebied', kind: 'recipient_group', count: 540_000 },
      { name: 'Ziekenhuis Noorderlicht', kind: 'organisation' },
      { name: 'Voedingsmiddelenindustrie', kind: 'organisation', count: 35 },
      { name: 'Waterschap Lage Landen', kind: 'government' },
    ]),
    service('Bluswatervoorziening', 1, null, [{ name: 'Brandweer Veiligheidsregio Noord', kind: 'government' }]),
    service('Klantenservice en storingsmeldingen', 24, 540_000),
    asset('Waterproductie', 'process', null),
    asset('Distributie en drukregeling', 'process', null),
    asset('SCADA', 'ot_system', [3, 5, 5], {
      crownJewel: true,
      owner: 'Manager OT',
      controlFunction: 'Bewaakt en bedient de pompstations en de zuivering op afstand',
    }),
    asset('Procesbesturing zuivering (PLC’s)', 'ot_system', [2, 5, 5], {
      controlFunction: 'Doseert chemicaliën en stuurt de filters van de zuivering',
    }),
    asset('Pompstation De Hoeve', 'ot_system', [2, 5, 5], {
      controlFunction: 'Pompt grondwater op en houdt de druk in het net op peil',
    }),
    asset('Pompstation Zuidwold', 'ot_system', [2, 5, 5], {
      controlFunction: 'Houdt de druk in het zuidelijke net op peil',
    }),
    asset('Telemetrie', 'ot_system', [3, 5, 4], {
      controlFunction: 'Brengt meetwaarden en stuuropdrachten tussen de stations en SCADA',
    }),
    asset('Zuivering Oost', 'location', null),
    asset('Operator van dienst', 'person', null),
    asset('Klantsysteem', 'it_system', [4, 4, 3]),
    asset('Kantoornetwerk', 'it_system', [3, 3, 3]),
    asset('Mobiel datanetwerk (telemetrie)', 'supplier_service', null),
    asset('Onderhoud OT op afstand', 'supplier_service', null, {
      description: 'De leverancier van de procesbesturing logt via een beveiligde verbinding in.',
    }),
    asset('Stroomvoorziening (netbeheerder)', 'utility', null),
  ],
  dependencies: [
    ['Drinkwaterlevering', 'Waterproductie'],
    ['Drinkwaterlevering', 'Distributie en drukregeling'],
    ['Bluswatervoorziening', 'Distributie en drukregeling'],
    ['Klantenservice en storingsmeldingen', 'Klantsysteem'],
    ['Waterproductie', 'Procesbesturing zuivering (PLC’s)'],
    ['Waterproductie', 'Zuivering Oost'],
    ['Waterproductie', 'Pompstation De Hoeve'],
    ['Distributie en drukregeling', 'Pompstation De Hoeve'],
    ['Distributie en drukregeling', 'Pompstation Zuidwold'],
    ['Distributie en drukregeling', 'SCADA'],
    ['Pompstation De Hoeve', 'Telemetrie'],
    ['Pompstation De Hoeve', 'Stroomvoorziening (netbeheerder)'],
    ['Pompstation Zuidwold', 'Telemetrie'],
    ['Pompstation Zuidwold', 'Stroomvoorziening (netbeheerder)'],
    ['Procesbesturing zuivering (PLC’s)', 'SCADA'],
    ['Procesbesturing zuivering (PLC’s)', 'Stroomvoorziening (netbeheerder)'],
    ['SCADA', 'Telemetrie'],
    // A cycle: the telemetry network is configured and watched from SCADA.
    ['Telemetrie', 'SCADA'],
    ['SCADA', 'Operator van dienst'],
    ['SCADA', 'Onderhoud OT op afstand'],
    ['Telemetrie', 'Mobiel datanetwerk (telemetrie)'],
    ['Zuivering Oost', 'Stroomvoorziening (netbeheerder)'],
    ['Klantsysteem', 'Kantoornetwerk'],
    ['Kantoornetwerk', 'Stroomvoorziening (netbeheerder)'],
  ],
};

export const DEMO_ASSET_GRAPHS: Record<string, DemoGraph> = {
  'Ziekenhuis Noorderlicht': HOSPITAL,
  'Gemeente Weerdam': MUNICIPALITY,
  'Waterbedrijf Lage Landen': WATER,
};

/**
 * Each demo entity's services, assets, dependencies and external dependants, through the asset use cases
 * (so each is audited). Idempotent and repairing: only what is missing, by name, is added; what a user
 * changed or added is left alone.
 */
export async function seedDemoAssets(deps: Deps): Promise<void> {
  for (const [orgName, graph] of Object.entries(DEMO_ASSET_GRAPHS)) {
    const org = await findOrganisationByName(deps.db, orgName);
    if (!org) continue;
    const ctx: OrgActor = { actor: SYSTEM_ACTOR, orgId: org.id, role: 'owner', orgKind: org.kind };
    const existing = await listOrgAssets(deps.db, ctx, {});
    const idOf = new Map(existing.map((a) => [`${a.kind}/${a.name}`, a.id]));
    const byName = new Map<string, string>();
    for (const { dependants = [], ...input } of graph.assets) {
      let id = idOf.get(`${input.kind}/${input.name}`);
      if (!id) id = (await createAsset(deps, ctx, { crownJewel: false, ...input })).id;
      byName.set(input.name, id);
      if (dependants.length === 0) continue;
      const present = new Set((await listAssetExternalDependants(deps.db, ctx, id)).map((d) => d.name));
      for (const dependant of dependants.filter((d) => !present.has(d.name))) {
        await addExternalDependant(deps, ctx, { ...dependant, assetId: id });
      }
    }
    const recorded = new Set<string>();
    for (const id of byName.values()) {
      for (const d of await listAssetDependencies(deps.db, ctx, id)) recorded.add(`${d.from.id}>${d.to.id}`);
    }
    for (const [from, to] of graph.dependencies) {
      const fromAssetId = byName.get(from)!;
      const toAssetId = byName.get(to)!;
      if (recorded.has(`${fromAssetId}>${toAssetId}`)) continue;
      await addAssetDependency(deps, ctx, { fromAssetId, toAssetId });
    }
  }
}
