// The Statement of Applicability as CSV (issue 12 item 4): one row per requirement of the adopted
// catalogues (or one catalogue), with its status, the reasons when it does not apply (Impl. Reg.
// 2024/2690 Art. 2(2)), how it is done, owner, dates, evidence and crosswalk credit. People's form in
// Dutch (labels, ';', BOM); machine form with the API's codes (adapters/csv.ts).
import { findCatalogue, type ImplementationStatus, type Measure, type MeasureQuery } from '@weerbaar/core/measures';
import type { ExportFormat } from '@weerbaar/core/platform';
import { csvWriter, type CsvColumn } from '../../adapters/csv.ts';
import type { Db } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { listMeasures } from './measure-queries.ts';

const STATUS_NL: Record<ImplementationStatus, string> = {
  'not-started': 'Nog niet begonnen',
  partial: 'Deels klaar',
  implemented: 'Klaar',
  'not-applicable': 'Geldt niet',
};

const yesNo = (b: boolean) => (b ? 'ja' : 'nee');

const COLUMNS: readonly CsvColumn<Measure>[] = [
  {
    machine: 'catalogueId',
    people: 'Kader',
    value: (m) => m.catalogueId,
    peopleValue: (m) => findCatalogue(m.catalogueId)?.title ?? m.catalogueId,
  },
  { machine: 'sectionRef', people: 'Onderdeel', value: (m) => m.sectionRef },
  { machine: 'requirementId', people: 'Code', value: (m) => m.requirementId },
  { machine: 'ref', people: 'Nummer', value: (m) => m.ref },
  { machine: 'title', people: 'Eis', value: (m) => m.title },
  { machine: 'status', people: 'Stand', value: (m) => m.status, peopleValue: (m) => STATUS_NL[m.status] },
  { machine: 'justification', people: 'Waarom het niet geldt', value: (m) => m.justification },
  { machine: 'howImplemented', people: 'Hoe het is geregeld', value: (m) => m.howImplemented },
  { machine: 'maturity', people: 'Volwassenheid (0-5)', value: (m) => m.maturity },
  { machine: 'owner', people: 'Eigenaar', value: (m) => m.owner },
  { machine: 'dueDate', people: 'Klaar op', value: (m) => m.dueDate },
  { machine: 'reviewDate', people: 'Opnieuw bekijken op', value: (m) => m.reviewDate },
  { machine: 'overdue', people: 'Te laat', value: (m) => m.overdue, peopleValue: (m) => yesNo(m.overdue) },
  { machine: 'evidenceFiles', people: 'Bewijsbestanden', value: (m) => m.evidenceCount },
  {
    machine: 'evidenceLinks',
    people: 'Links naar bewijs',
    value: (m) => m.evidenceLinks.map((l) => l.url).join(' '),
    peopleValue: (m) => m.evidenceLinks.map((l) => `${l.label}: ${l.url}`).join('; '),
  },
  { machine: 'creditedBy', people: 'Telt mee via', value: (m) => m.creditedBy.join(' ') },
  { machine: 'risks', people: 'Vermindert risico', value: (m) => m.risks.map((r) => r.title).join('; ') },
];

/** Authorises before the first byte (the rows stream after the status is sent). */
export function exportStatementOfApplicability(
  db: Db,
  ctx: OrgActor,
  { format, ...query }: MeasureQuery & { format: ExportFormat },
  now: Date,
): AsyncGenerator<string> {
  authorize(ctx, 'read', { type: 'measure', orgId: ctx.orgId }, 'Measure');
  return rows(db, ctx, query, format, now);
}

async function* rows(
  db: Db,
  ctx: OrgActor,
  query: MeasureQuery,
  format: ExportFormat,
  now: Date,
): AsyncGenerator<string> {
  const measures = await listMeasures(db, ctx, query, now);
  const csv = csvWriter(format, COLUMNS);
  yield csv.header;
  for (const m of measures) yield csv.row(m);
}
