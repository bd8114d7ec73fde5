// Exports of the measures module (issue 12 items 4 and 6): the organisation's implementation as an OSCAL
// component-definition, the gap analysis as CSV, and the Dutch PDF with the coverage per catalogue and
// section, the gaps and the Statement of Applicability (its CSV is measure-export.ts). Reading rights are those of the measures (org:read).
import {
  exportOscalComponentDefinition,
  type Measure,
  type OscalComponentDefinitionDocument,
} from '@weerbaar/core/measures';
import { notFound, type ExportFormat } from '@weerbaar/core/platform';
import { csvWriter, type CsvColumn } from '../../adapters/csv.ts';
import type { Db } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { listOrgEvidenceMeta } from '../../repositories/measure-export.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import { listMeasures, measureCoverage } from './measure-queries.ts';
import { dutchToday } from './measure.presenter.ts';
import { adoptedCatalogues } from './measure-state.ts';
import {
  renderMeasureReportPdf,
  STATUS_NL,
  type GapRow,
  type MeasureExportFacts,
  type SoaRow,
} from './measure-report-pdf.ts';

async function organisationName(db: Db, orgId: string): Promise<string> {
  const org = await findOrganisation(db, orgId);
  if (!org) throw notFound('Organisation');
  return org.name;
}

export async function oscalComponentDefinition(
  db: Db,
  ctx: OrgActor,
  now: Date,
): Promise<OscalComponentDefinitionDocument> {
  const measures = await listMeasures(db, ctx, {}, now); // authorises the read
  const [catalogues, evidence, organisation] = await Promise.all([
    adoptedCatalogues(db, ctx.orgId),
    listOrgEvidenceMeta(db, ctx.orgId),
    organisationName(db, ctx.orgId),
  ]);
  return exportOscalComponentDefinition({
    organisation,
    catalogues,
    measures,
    evidenceFiles: evidence.map((e) => ({
      requirementId: e.requirement_id,
      fileName: e.file_name,
      mediaType: e.media_type,
      sha256: e.sha256,
      href: `/api/v1/measures/${encodeURIComponent(e.requirement_id)}/evidence/${e.id}/content`,
    })),
    now,
  });
}

// ---- Gap analysis and Statement of Applicability

const dutchDay = (iso: string | null) => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
};

function soaRow(m: Measure, catalogueTitle: string): SoaRow {
  const applicable = m.status !== 'not-applicable';
  return {
    catalogue: catalogueTitle,
    ref: m.ref,
    title: m.title,
    applicable,
    // 2024/2690 Art. 2(2): a requirement not applied has its reasons documented; an applicable one
    // applies because the organisation adopted the catalogue.
    justification: applicable ? `Kader aangenomen: ${catalogueTitle}` : (m.justification ?? ''),
    status: m.status,
    howImplemented: m.howImplemented,
    owner: m.owner,
    maturity: m.maturity,
    evidence: [
      ...(m.evidenceCount > 0 ? [`${m.evidenceCount} bestand${m.evidenceCount === 1 ? '' : 'en'}`] : []),
      ...m.evidenceLinks.map((l) => `${l.label} (${l.url})`),
    ].join('; '),
    requirementId: m.requirementId,
  };
}

export async function measureExportFacts(db: Db, ctx: OrgActor, now: Date): Promise<MeasureExportFacts> {
  const [coverage, measures, organisation] = await Promise.all([
    measureCoverage(db, ctx, now), // authorises the read
    listMeasures(db, ctx, {}, now),
    organisationName(db, ctx.orgId),
  ]);
  const titles = new Map(coverage.catalogues.map((c) => [c.catalogueId, c.title]));
  const byId = new Map(measures.map((m) => [m.requirementId, m]));
  return {
    organisation,
    today: dutchToday(now),
    generatedAt: now,
    coverage: coverage.catalogues,
    // measureCoverage orders the gaps: highest residual risk of linked risks first, then catalogue order.
    gaps: coverage.gaps.map((g) => {
      const m = byId.get(g.requirementId);
      return {
        catalogue: titles.get(g.catalogueId) ?? g.catalogueId,
        ref: m?.ref ?? g.requirementId,
        title: g.title,
        status: g.status,
        residualRisk: g.residualRisk,
        owner: m?.owner ?? null,
        dueDate: m?.dueDate ?? null,
        requirementId: g.requirementId,
      };
    }),
    soa: measures.map((m) => soaRow(m, titles.get(m.catalogueId) ?? m.catalogueId)),
  };
}

const GAP_COLUMNS: readonly CsvColumn<GapRow>[] = [
  { machine: 'catalogue', people: 'Kader', value: (r) => r.catalogue },
  { machine: 'ref', people: 'Nummer', value: (r) => r.ref },
  { machine: 'title', people: 'Eis', value: (r) => r.title },
  { machine: 'status', people: 'Status', value: (r) => r.status, peopleValue: (r) => STATUS_NL[r.status] },
  { machine: 'residualRisk', people: 'Hoogste restrisico gekoppelde risico’s', value: (r) => r.residualRisk ?? '' },
  { machine: 'owner', people: 'Eigenaar', value: (r) => r.owner ?? '' },
  { machine: 'dueDate', people: 'Klaar op', value: (r) => r.dueDate ?? '', peopleValue: (r) => dutchDay(r.dueDate) },
  { machine: 'requirementId', people: 'Code', value: (r) => r.requirementId },
];

async function* csvRows<Row>(format: ExportFormat, columns: readonly CsvColumn<Row>[], rows: readonly Row[]) {
  const csv = csvWriter(format, columns);
  yield csv.header;
  for (const row of rows) yield csv.row(row);
}

export async function exportGapAnalysisCsv(db: Db, ctx: OrgActor, now: Date, format: ExportFormat) {
  const facts = await measureExportFacts(db, ctx, now);
  return { filename: `gap-analyse-${facts.today}.csv`, rows: csvRows(format, GAP_COLUMNS, facts.gaps) };
}

export async function measureReportPdf(db: Db, ctx: OrgActor, now: Date): Promise<{ filename: string; pdf: Buffer }> {
  const facts = await measureExportFacts(db, ctx, now);
  return { filename: `maatregelen-${facts.today}.pdf`, pdf: await renderMeasureReportPdf(facts) };
}
