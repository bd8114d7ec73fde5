// What an offline pack holds, independent of its form (PDF or static HTML): the plans in force as they
// were when the pack was made, the call trees and a list of every contact, with the pack's version and date.
import type { PlanContent, PlanKind } from '@weerbaar/core/continuity';

export interface PackPlan {
  title: string;
  kind: PlanKind;
  serviceName: string | null;
  incidentResponsePlan: boolean;
  version: number;
  approvedAt: Date;
  approvedBy: string | null;
  nextReviewOn: string | null;
  content: PlanContent;
}

export interface PackDocument {
  organisation: string;
  packVersion: number;
  madeAt: Date;
  madeBy: string | null;
  plans: PackPlan[];
}

export interface PackContact {
  name: string;
  what: string;
  phone: string;
  alternative: string;
  plans: string[];
}

export const PACK_TITLE = 'Noodpakket: continuïteitsplannen en crisisprotocollen';

export const KIND_NL: Record<PlanKind, string> = { continuity: 'Continuïteitsplan', crisis: 'Crisisprotocol' };
export const AUDIENCE_NL = {
  staff: 'Medewerkers',
  recipients: 'Afnemers van de dienst',
  authority: 'Toezichthouder en CSIRT',
  press: 'Pers',
} as const;
export const EXTERNAL_NL = {
  csirt: 'CSIRT',
  'incident-response': 'Incidentrespons-bedrijf',
  insurer: 'Verzekeraar',
  supplier: 'Leverancier (noodnummer)',
  authority: 'Overheid of toezichthouder',
  other: 'Overig',
} as const;

/** Date and time in the Netherlands, as printed on paper (dd-mm-jjjj uu:mm). */
export function dutchDateTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')} ${get('hour')}:${get('minute')}`;
}
export const dutchDay = (iso: string) => iso.split('-').reverse().join('-');

/** Every person and organisation to call, over all plans, once each (by name and phone). */
export function packContacts(doc: PackDocument): PackContact[] {
  const byKey = new Map<string, PackContact>();
  const add = (c: Omit<PackContact, 'plans'>, plan: string) => {
    const key = `${c.name.toLowerCase()}|${c.phone}`;
    const found = byKey.get(key);
    if (found) {
      if (!found.plans.includes(plan)) found.plans.push(plan);
    } else byKey.set(key, { ...c, plans: [plan] });
  };
  for (const plan of doc.plans) {
    for (const row of plan.content.callTree) {
      add({ name: row.name, what: row.role, phone: row.phone, alternative: row.alternativePhone }, plan.title);
    }
    for (const ext of plan.content.externalHelp) {
      const what = [EXTERNAL_NL[ext.kind], ext.reference].filter(Boolean).join(' · ');
      add({ name: ext.name, what, phone: ext.phone, alternative: ext.email }, plan.title);
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
