// Demo data only: business impact analyses, suppliers and alternatives on the demo graphs (seed-demo-assets.ts),
// so the BIA warnings and the single points of failure show after `npm start` (issue 13 items 1 and 4). The
// water company's SCADA depends on one supplier's remote maintenance without an alternative; the hospital's
// patient-record system (EPD) has its hosting supplier, and a second network supplier as the alternative for
// the network. Fictional organisations and suppliers. Idempotent: an organisation with suppliers is left alone.
import type { BusinessImpactInput } from '@weerbaar/core/continuity';
import type { SupplierCreate } from '@weerbaar/core/suppliers';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { listOrgAssets } from '../assets/asset-queries.ts';
import { recordBusinessImpact } from '../continuity/record-business-impact.ts';
import { createSupplier } from '../suppliers/create-supplier.ts';
import { linkSuppliedService } from '../suppliers/link-supplied-service.ts';
import { recordAlternative } from '../suppliers/record-alternative.ts';
import { listOrgSuppliers } from '../suppliers/supplier-queries.ts';

interface DemoContinuity {
  /** Asset name → analysis (services) or recovery objectives (assets). */
  impacts: [string, BusinessImpactInput][];
  suppliers: (SupplierCreate & { supplies: [asset: string, recoveryTimeHours: number | null][] })[];
  /** [depends, on, alternative supplier, switch-over hours]. */
  alternatives: [string, string, string, number | null][];
}

const rto = (rtoHours: number, rpoHours: number | null = null): BusinessImpactInput => ({ rtoHours, rpoHours });

const WATER: DemoContinuity = {
  impacts: [
    [
      'Drinkwaterlevering',
      {
        maxTolerableDowntimeHours: 12,
        rtoHours: 8,
        rpoHours: 1,
        minimumServiceLevel: 'Druk van minstens 2 bar in het hele net; de pompstations desnoods met de hand bediend.',
        peakPeriods: ['Hittegolf in de zomer', 'Ochtendpiek 07.00–09.00 uur'],
        physicalEffects: {
          safety: 'serious',
          health: 'very_serious',
          environment: 'limited',
          description: 'Na 12 uur geen drinkwater en geen hygiëne in ziekenhuizen en verpleeghuizen; kookadvies.',
        },
      },
    ],
    [
      'Bluswatervoorziening',
      {
        maxTolerableDowntimeHours: 1,
        rtoHours: 1,
        rpoHours: null,
        minimumServiceLevel: 'Druk op de brandkranen in de binnenstad.',
        peakPeriods: ['Droge zomer (meer natuurbranden)'],
        physicalEffects: {
          safety: 'very_serious',
          health: 'serious',
          environment: 'serious',
          description: 'De brandweer heeft geen bluswater uit het net.',
        },
      },
    ],
    ['SCADA', rto(6, 1)],
    ['Pompstation De Hoeve', rto(4)],
    ['Pompstation Zuidwold', rto(4)],
    ['Telemetrie', rto(8)],
  ],
  suppliers: [
    {
      name: 'ProcesAutomatisering Noord bv',
      description: 'Leverancier en beheerder van het SCADA-systeem en de procesbesturing.',
      emergencyContact: '0800-1234567 (24/7 storingsdienst)',
      contractReference: 'WLL-OT-2022-004',
      contractEndsOn: '2027-03-31',
      exitStrategy: 'Broncode en configuratie in escrow; overdracht aan een andere integrator in zes maanden.',
      securityRequirements: 'Inloggen alleen via de beveiligde jumpserver met MFA; logging 12 maanden; IEC 62443-2-4.',
      lastAssessment: {
        date: '2026-05-12',
        result: 'partially_meets',
        notes: 'Patchbeleid voor de jumpserver ontbreekt.',
      },
      supplies: [['Onderhoud OT op afstand', 48]],
    },
    {
      name: 'Mobiel Netwerk Nederland',
      contractReference: 'WLL-TEL-2023-011',
      contractEndsOn: '2028-12-31',
      lastAssessment: { date: '2026-01-20', result: 'meets' },
      supplies: [['Mobiel datanetwerk (telemetrie)', 8]],
    },
    {
      name: 'Netbeheerder Noord',
      emergencyContact: '0800-9009 (storingen)',
      supplies: [['Stroomvoorziening (netbeheerder)', 4]],
    },
  ],
  alternatives: [],
};

const HOSPITAL: DemoContinuity = {
  impacts: [
    [
      'Spoedeisende hulp',
      {
        maxTolerableDowntimeHours: 1,
        rtoHours: 1,
        rpoHours: 0,
        minimumServiceLevel:
          'Levensbedreigende zorg gaat door op papier; andere patiënten naar ziekenhuizen in de regio.',
        peakPeriods: ['Griepseizoen (december–maart)', 'Weekendnachten'],
        physicalEffects: {
          safety: 'serious',
          health: 'very_serious',
          environment: 'none',
          description: 'Patiënten krijgen te laat zorg of moeten naar een ander ziekenhuis.',
        },
      },
    ],
    [
      'Poliklinische zorg',
      {
        maxTolerableDowntimeHours: 48,
        rtoHours: 24,
        rpoHours: 4,
        minimumServiceLevel: 'Afspraken met spoed gaan door; andere afspraken worden verzet.',
        peakPeriods: [],
        physicalEffects: { safety: 'none', health: 'limited', environment: 'none', description: null },
      },
    ],
    ['Elektronisch patiëntendossier (EPD)', rto(4, 0)],
    ['Ziekenhuisnetwerk', rto(2)],
  ],
  suppliers: [
    {
      name: 'ZorgDossier Hosting bv',
      description: 'Levert en host het elektronisch patiëntendossier.',
      emergencyContact: '088-5550100 (24/7)',
      contractReference: 'ZN-EPD-2021-001',
      contractEndsOn: '2026-12-31',
      exitStrategy: 'Export van alle dossiers in een open formaat; zes maanden parallel draaien met de opvolger.',
      securityRequirements: 'ISO 27001 en NEN 7510; datacenter in de EU; melding van incidenten binnen 4 uur.',
      lastAssessment: { date: '2026-09-01', result: 'meets', notes: 'Certificaten en pentestrapport gezien.' },
      supplies: [['EPD-leverancier (hosting)', 8]],
    },
    {
      name: 'NoordNet Netwerken',
      contractReference: 'ZN-NET-2024-007',
      contractEndsOn: '2029-06-30',
      lastAssessment: { date: '2025-11-15', result: 'does_not_meet', notes: 'Geen tweede glasvezelroute.' },
      supplies: [['Netwerkleverancier NoordNet', 12]],
    },
    {
      name: 'Tweede Lijn Glasvezel',
      description: 'Tweede verbinding via een andere route; staat klaar als NoordNet uitvalt.',
      contractReference: 'ZN-NET-2025-002',
      supplies: [],
    },
  ],
  alternatives: [
    ['Ziekenhuisnetwerk', 'Netwerkleverancier NoordNet', 'Tweede Lijn Glasvezel', 1],
    ['EPD-leverancier (hosting)', 'Netwerkleverancier NoordNet', 'Tweede Lijn Glasvezel', 2],
  ],
};

export const DEMO_CONTINUITY: Record<string, DemoContinuity> = {
  'Waterbedrijf Lage Landen': WATER,
  'Ziekenhuis Noorderlicht': HOSPITAL,
};

export async function seedDemoContinuityBia(deps: Deps): Promise<void> {
  for (const [orgName, demo] of Object.entries(DEMO_CONTINUITY)) {
    const org = await findOrganisationByName(deps.db, orgName);
    if (!org) continue;
    const ctx: OrgActor = { actor: SYSTEM_ACTOR, orgId: org.id, role: 'owner', orgKind: org.kind };
    if ((await listOrgSuppliers(deps.db, ctx, {})).length > 0) continue;
    const assetId = new Map((await listOrgAssets(deps.db, ctx, {})).map((a) => [a.name, a.id]));
    for (const [name, input] of demo.impacts) {
      const id = assetId.get(name);
      if (id) await recordBusinessImpact(deps, ctx, { ...input, assetId: id });
    }
    const supplierId = new Map<string, string>();
    for (const { supplies, ...input } of demo.suppliers) {
      const supplier = await createSupplier(deps, ctx, input);
      supplierId.set(supplier.name, supplier.id);
      for (const [asset, recoveryTimeHours] of supplies) {
        const id = assetId.get(asset);
        if (id) await linkSuppliedService(deps, ctx, { supplierId: supplier.id, assetId: id, recoveryTimeHours });
      }
    }
    for (const [from, to, alternative, switchOverHours] of demo.alternatives) {
      const fromAssetId = assetId.get(from);
      const toAssetId = assetId.get(to);
      if (!fromAssetId || !toAssetId) continue;
      await recordAlternative(deps, ctx, {
        fromAssetId,
        toAssetId,
        alternativeSupplierId: supplierId.get(alternative)!,
        switchOverHours,
      });
    }
  }
}
