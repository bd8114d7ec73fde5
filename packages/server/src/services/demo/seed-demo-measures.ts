// Demo data only: how far each demo entity is with its measures (issue 12 item 9), so `npm start` shows
// a realistic overview: NIS2 Art. 21 for all three, the municipality on BIO2, the hospital on NEN 7510,
// and the water company with Impl. Reg. 2024/2690 recorded as not applicable (a drinking-water company is
// none of the 11 digital entity types of its Art. 1). A catalogue id this installation does not ship yet
// is skipped. Idempotent: a requirement that already has a record is left as it is. Through use cases,
// so every record is on the organisation's audit trail.
import {
  findCatalogue,
  MeasureImplementationInputSchema,
  type ImplementationStatus,
  type MeasureImplementationInput,
} from '@weerbaar/core/measures';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { adoptFramework } from '../measures/adopt-framework.ts';
import { bulkUpdateMeasures } from '../measures/bulk-update-measures.ts';
import { listMeasures } from '../measures/measure-queries.ts';
import { updateMeasure } from '../measures/update-measure.ts';

type Plan = Partial<MeasureImplementationInput> & { status: ImplementationStatus };

interface DemoMeasures {
  /** Per Art. 21(2) letter. */
  art21: Record<string, Plan>;
  /** A sector framework filled in by a pattern over its requirements (its data comes from core). */
  sector?: string;
  /** Catalogues adopted and recorded as not applicable, with the reasons. */
  notApplicable?: { catalogueId: string; justification: string };
}

const day = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

function plans(now: Date): Record<string, DemoMeasures> {
  return {
    'Ziekenhuis Noorderlicht': {
      sector: 'nen7510',
      art21: {
        a: {
          status: 'implemented',
          maturity: 3,
          owner: 'CISO',
          howImplemented:
            'Informatiebeveiligingsbeleid, door de raad van bestuur vastgesteld; jaarlijkse risicoanalyse per zorgproces.',
          reviewDate: day(now, 120),
        },
        b: {
          status: 'implemented',
          maturity: 3,
          owner: 'Security Officer',
          howImplemented: 'Incidentprocedure met 24/7 dienst; meldingen via Weerbaar.',
        },
        c: {
          status: 'partial',
          maturity: 2,
          owner: 'Manager bedrijfsvoering',
          dueDate: day(now, 90),
          howImplemented: 'Back-ups dagelijks; de uitwijktest van het EPD staat nog gepland.',
        },
        d: {
          status: 'partial',
          maturity: 2,
          owner: 'Inkoop',
          dueDate: day(now, -10),
          howImplemented: 'Beveiligingseisen in nieuwe contracten; bestaande leveranciers nog niet beoordeeld.',
        },
        e: { status: 'not-started', owner: 'IT-architect', dueDate: day(now, 180) },
        g: {
          status: 'implemented',
          maturity: 3,
          owner: 'HR',
          howImplemented: 'Jaarlijkse e-learning en phishingoefening voor alle medewerkers.',
        },
        j: {
          status: 'partial',
          maturity: 2,
          owner: 'IT-beheer',
          dueDate: day(now, 30),
          howImplemented: 'MFA voor beheerders en thuiswerken; nog niet op werkplekken in de kliniek.',
        },
      },
    },
    'Gemeente Weerdam': {
      sector: 'bio2',
      art21: {
        a: {
          status: 'implemented',
          maturity: 3,
          owner: 'CISO',
          howImplemented: 'Informatiebeveiligingsbeleid volgens de BIO2, vastgesteld door het college.',
          reviewDate: day(now, -5),
        },
        b: {
          status: 'partial',
          maturity: 2,
          owner: 'Informatiebeveiligingsadviseur',
          dueDate: day(now, 60),
          howImplemented: 'Aangesloten bij de IBD; eigen draaiboek in concept.',
        },
        c: { status: 'partial', maturity: 2, owner: 'Teamleider ICT', dueDate: day(now, 120) },
        g: {
          status: 'implemented',
          maturity: 3,
          owner: 'HR',
          howImplemented: 'Bewustwordingscampagne en verplichte training voor nieuwe medewerkers.',
        },
        i: {
          status: 'implemented',
          maturity: 3,
          owner: 'Teamleider ICT',
          howImplemented: 'Autorisatiematrix per applicatie; in- en uitdienstproces gekoppeld aan HR.',
        },
      },
    },
    'Waterbedrijf Lage Landen': {
      notApplicable: {
        catalogueId: 'ir-2024-2690',
        justification:
          'Uitvoeringsverordening (EU) 2024/2690 geldt alleen voor de 11 digitale soorten entiteiten uit artikel 1 (zoals cloud, datacentra en DNS). Een drinkwaterbedrijf hoort daar niet bij.',
      },
      art21: {
        a: {
          status: 'implemented',
          maturity: 4,
          owner: 'CISO',
          howImplemented: 'ISMS voor IT en OT; risicoanalyse per zuiveringsstation.',
        },
        b: {
          status: 'implemented',
          maturity: 3,
          owner: 'SOC-teamleider',
          howImplemented: 'SOC met OT-monitoring; oefening met de waterschappen twee keer per jaar.',
        },
        c: {
          status: 'implemented',
          maturity: 3,
          owner: 'Crisiscoördinator',
          howImplemented: 'Noodwatervoorziening en handbediening van pompstations geoefend.',
        },
        d: { status: 'partial', maturity: 2, owner: 'Inkoop', dueDate: day(now, 45) },
        h: {
          status: 'not-applicable',
          justification:
            'Demo: wordt meegenomen onder (a) en (i); geen eigen cryptografiebeleid nodig volgens de risicoanalyse.',
        },
      },
    },
  };
}

/** Status by position, so a sector framework shows a spread of progress whatever its size. */
const PATTERN: ImplementationStatus[] = [
  'implemented',
  'partial',
  'implemented',
  'not-started',
  'implemented',
  'partial',
];

export async function seedDemoMeasures(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  for (const [orgName, plan] of Object.entries(plans(now))) {
    const org = await findOrganisationByName(deps.db, orgName);
    if (!org) continue;
    const ctx: OrgActor = { actor: SYSTEM_ACTOR, orgId: org.id, role: 'owner', orgKind: org.kind };
    const adopt = [plan.sector, plan.notApplicable?.catalogueId, 'nis2-art21'].filter(
      (id): id is string => id !== undefined && findCatalogue(id) !== undefined,
    );
    for (const catalogueId of adopt) await adoptFramework(deps, ctx, { catalogueId });
    const existing = await listMeasures(deps.db, ctx, {}, now);
    const fresh = new Set(existing.filter((m) => m.updatedAt === null).map((m) => m.requirementId));
    const put = async (requirementId: string, input: Plan) => {
      if (!fresh.has(requirementId)) return;
      await updateMeasure(deps, ctx, { ...MeasureImplementationInputSchema.parse(input), requirementId });
    };
    for (const [letter, input] of Object.entries(plan.art21)) await put(`nis2-art21:${letter}`, input);
    const sector = plan.sector ? findCatalogue(plan.sector) : undefined;
    if (sector) {
      const ids = sector.sections.flatMap((s) => s.requirements.map((r) => r.id));
      for (const [i, id] of ids.entries()) await put(id, { status: PATTERN[i % PATTERN.length]! });
    }
    const na = plan.notApplicable && findCatalogue(plan.notApplicable.catalogueId);
    if (na && plan.notApplicable) {
      const ids = na.sections.flatMap((s) => s.requirements.map((r) => r.id)).filter((id) => fresh.has(id));
      for (let i = 0; i < ids.length; i += 500) {
        await bulkUpdateMeasures(deps, ctx, {
          requirementIds: ids.slice(i, i + 500),
          status: 'not-applicable',
          justification: plan.notApplicable.justification,
        });
      }
    }
  }
}
