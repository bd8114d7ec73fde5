// The risk register as CSV and XLSX (issue 11, item 5): one row per risk, Dutch column names, the same
// order as the register (highest risk first).
import {
  TREATMENT_STRATEGY_LABELS_NL,
  type Risk,
  type RiskMatrixConfig,
  type Scored,
  type TreatmentStrategy,
} from '@weerbaar/core/risk';
import ExcelJS from 'exceljs';
import { csvWriter } from '../../adapters/csv.ts';

export const strategyNl = (s: TreatmentStrategy | undefined) => (s ? TREATMENT_STRATEGY_LABELS_NL[s] : '');

const impactsText = (matrix: RiskMatrixConfig, s: Scored | null) =>
  s
    ? matrix.dimensions
        .filter((d) => s.impacts[d.key] !== undefined)
        .map((d) => `${d.label}: ${s.impacts[d.key]}`)
        .join('; ')
    : '';

/** Column header and value per risk, in the order of the export. */
export function registerColumns(matrix: RiskMatrixConfig): { header: string; value: (r: Risk) => string | number }[] {
  return [
    { header: 'Risico', value: (r) => r.title },
    { header: 'Scenario', value: (r) => r.scenario.title },
    { header: 'Dreiging', value: (r) => r.scenario.threat.name },
    { header: 'Raakt', value: (r) => r.scenario.assets.map((a) => a.name).join('; ') },
    { header: 'Eigenaar', value: (r) => r.owner ?? '' },
    { header: 'Kans (bruto)', value: (r) => r.inherent.likelihood },
    { header: 'Gevolgen (bruto)', value: (r) => r.inherent.impact },
    { header: 'Score (bruto)', value: (r) => r.inherent.score },
    { header: 'Niveau (bruto)', value: (r) => r.inherent.band.label },
    { header: 'Gevolgen per onderwerp (bruto)', value: (r) => impactsText(matrix, r.inherent) },
    { header: 'Bestaande maatregelen', value: (r) => r.existingMeasures.map((m) => `${m.ref}: ${m.title}`).join('; ') },
    { header: 'Kans (rest)', value: (r) => r.residual?.likelihood ?? '' },
    { header: 'Gevolgen (rest)', value: (r) => r.residual?.impact ?? '' },
    { header: 'Score (rest)', value: (r) => r.residual?.score ?? '' },
    { header: 'Niveau (rest)', value: (r) => r.residual?.band.label ?? '' },
    { header: 'Aanpak', value: (r) => strategyNl(r.treatment?.strategy) },
    { header: 'Uitvoerder', value: (r) => r.treatment?.owner ?? '' },
    { header: 'Klaar op', value: (r) => r.treatment?.dueOn ?? '' },
    { header: 'Toelichting', value: (r) => r.treatment?.justification ?? '' },
    { header: 'Geaccepteerd door', value: (r) => r.acceptance?.byName ?? '' },
    { header: 'Laatst beoordeeld', value: (r) => r.review.lastReviewedOn },
    { header: 'Volgende beoordeling', value: (r) => r.review.nextReviewOn },
  ];
}

/** The people form of the CSV exports (adapters/csv.ts): ';' and a byte order mark for Dutch spreadsheets. */
export async function* registerCsv(matrix: RiskMatrixConfig, risks: readonly Risk[]): AsyncGenerator<string> {
  const csv = csvWriter(
    'people',
    registerColumns(matrix).map((c) => ({ machine: c.header, people: c.header, value: c.value })),
  );
  yield csv.header;
  for (const r of risks) yield csv.row(r);
}

/** A workbook with the register and, on a second sheet, the matrix it was scored on. */
export async function registerXlsx(
  matrix: RiskMatrixConfig,
  risks: readonly Risk[],
  meta: { organisation: string; generatedAt: Date },
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Weerbaar';
  book.created = meta.generatedAt;
  const sheet = book.addWorksheet('Risicoregister', { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = registerColumns(matrix);
  sheet.columns = columns.map((c) => ({ header: c.header, width: Math.max(12, Math.min(50, c.header.length + 4)) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of risks) sheet.addRow(columns.map((c) => c.value(r)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const m = book.addWorksheet('Matrix');
  m.addRow([`Risicomatrix van ${meta.organisation}`]).font = { bold: true };
  m.addRow(['Kans', ...matrix.likelihood.map((l) => `${l.level}. ${l.label}`)]);
  m.addRow(['Gevolgen', ...matrix.impact.map((l) => `${l.level}. ${l.label}`)]);
  m.addRow(['Niveaus (vanaf score)', ...matrix.bands.map((b) => `${b.label} (${b.minScore})`)]);
  m.addRow(['Onderwerpen', ...matrix.dimensions.map((d) => d.label)]);
  m.addRow(['Score = kans × zwaarste gevolg over de onderwerpen']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
