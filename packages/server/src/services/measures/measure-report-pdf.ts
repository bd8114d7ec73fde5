// The measures as a Dutch PDF for the management body and the supervisor (issue 12 item 4): coverage per
// catalogue and section, what is missing ordered by the residual risk of linked risks, and the Statement
// of Applicability (per requirement: applicable or not with the reasons, and the status).
// NIS2 Art. 20(1): the management body approves the cybersecurity risk-management measures and oversees
// their implementation; Impl. Reg. (EU) 2024/2690 Art. 2(2): where a requirement is not applied, the
// reasons are documented.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../adapters/pdf.ts';
import type { ImplementationStatus, MeasureCoverage } from '@weerbaar/core/measures';

/** The Dutch status labels of the screens (web i18n measures.statuses). */
export const STATUS_NL: Record<ImplementationStatus, string> = {
  'not-started': 'Nog niet begonnen',
  partial: 'Deels klaar',
  implemented: 'Klaar',
  'not-applicable': 'Geldt niet',
};

export interface GapRow {
  catalogue: string;
  ref: string;
  title: string;
  status: ImplementationStatus;
  residualRisk: number | null;
  owner: string | null;
  dueDate: string | null;
  requirementId: string;
}

export interface SoaRow {
  catalogue: string;
  ref: string;
  title: string;
  applicable: boolean;
  justification: string;
  status: ImplementationStatus;
  howImplemented: string | null;
  owner: string | null;
  maturity: number | null;
  evidence: string;
  requirementId: string;
}

export interface MeasureExportFacts {
  organisation: string;
  today: string;
  generatedAt: Date;
  coverage: MeasureCoverage['catalogues'];
  gaps: GapRow[];
  soa: SoaRow[];
}

export const MEASURE_REPORT_TITLE = 'Maatregelen: gap-analyse en verklaring van toepasselijkheid';

const dutchDay = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
};
const pct = (share: number) => `${Math.round(share * 100)}%`;
const head = (text: string): TableCell => ({ text, bold: true });
const table = (widths: (string | number)[], header: string[], rows: TableCell[][]): Content => ({
  table: { headerRows: 1, widths, body: [header.map(head), ...rows] },
  fontSize: 8,
  margin: [0, 4, 0, 10],
});

export function measureReportDefinition(f: MeasureExportFacts): TDocumentDefinitions {
  const coverage: Content[] = f.coverage.flatMap((c) => [
    { text: `${c.title}: ${pct(c.share)} geregeld`, style: 'h3' },
    {
      text: `${c.credit} van ${c.applicable} eisen die gelden (deels klaar telt voor de helft); ${c.notApplicable} gelden niet.`,
      fontSize: 9,
    },
    table(
      ['auto', '*', 'auto', 'auto', 'auto'],
      ['Nummer', 'Onderdeel', 'Geregeld', 'Gelden', 'Gelden niet'],
      c.sections.map((s) => [s.ref, s.title, pct(s.share), String(s.applicable), String(s.notApplicable)]),
    ),
  ]);
  const gaps: Content =
    f.gaps.length === 0
      ? { text: 'Er ontbreekt niets: elke eis die geldt is geregeld.' }
      : table(
          ['auto', 'auto', '*', 'auto', 'auto', 'auto'],
          ['Kader', 'Nummer', 'Eis', 'Status', 'Restrisico', 'Eigenaar'],
          f.gaps.map((g) => [
            g.catalogue,
            g.ref,
            g.title,
            STATUS_NL[g.status],
            g.residualRisk === null ? '–' : String(g.residualRisk),
            g.owner ?? '',
          ]),
        );
  const soa = table(
    ['auto', 'auto', '*', 'auto', '*', 'auto'],
    ['Kader', 'Nummer', 'Eis', 'Geldt', 'Onderbouwing', 'Status'],
    f.soa.map((r) => [r.catalogue, r.ref, r.title, r.applicable ? 'Ja' : 'Nee', r.justification, STATUS_NL[r.status]]),
  );
  return {
    info: { title: MEASURE_REPORT_TITLE, author: 'Weerbaar', subject: f.organisation },
    pageOrientation: 'landscape',
    pageSize: 'A4',
    content: [
      { text: MEASURE_REPORT_TITLE, style: 'title' },
      { text: f.organisation, style: 'subtitle' },
      { text: `Datum: ${dutchDay(f.today)}`, margin: [0, 0, 0, 12] },
      { text: '1. Dekking per kader en onderdeel', style: 'h2' },
      {
        text: 'Eén maatregel telt voor elk kader waar hij bij hoort (de kruistabellen tussen de kaders). Klaar telt 1, deels klaar ½. Eisen die niet gelden tellen niet mee.',
        fontSize: 9,
        margin: [0, 0, 0, 6],
      },
      ...coverage,
      { text: '2. Wat ontbreekt', style: 'h2', pageBreak: 'before' },
      {
        text: 'Eisen die gelden en nog niet (helemaal) geregeld zijn. Eerst die met het hoogste restrisico van de gekoppelde risico’s.',
        fontSize: 9,
        margin: [0, 0, 0, 6],
      },
      gaps,
      { text: '3. Verklaring van toepasselijkheid', style: 'h2', pageBreak: 'before' },
      {
        text: 'Per eis: geldt hij, waarom (of waarom niet), en hoe ver de uitvoering is. Een eis die niet geldt heeft een onderbouwing (Uitvoeringsverordening (EU) 2024/2690, artikel 2 lid 2).',
        fontSize: 9,
        margin: [0, 0, 0, 6],
      },
      soa,
    ],
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
  };
}

export function renderMeasureReportPdf(facts: MeasureExportFacts): Promise<Buffer> {
  return renderPdf(measureReportDefinition(facts));
}
