// The quarterly trend report as a Dutch PDF (issue 15 item 1), through the one pdfmake setup
// (adapters/pdf.ts). Every figure comes from the frozen, suppressed figures (quarterly-report-figures.ts):
// a suppressed cell prints "< 3", exactly as the dashboard and the CSV show it. The TLP label, when one is
// chosen, is printed on every page in the header and footer (TLP 2.0: "the label must be visible").
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  amsterdamIsoDate,
  quarterlyReportTitle,
  shownText,
  type QuarterlyReportFigures,
  type QuarterlyReportTlp,
  type ShownCount,
  type TrendTable,
} from '@weerbaar/core/trends';
import { renderPdf } from '../../adapters/pdf.ts';

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "1 oktober 2026". */
export const dutchDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS_NL[m! - 1]} ${y}`;
};

/**
 * "1 oktober 2026 tot en met 31 december 2026", and while the quarter still runs, up to which day the
 * figures go: a report made on 7 December is not the whole quarter.
 */
export function periodText(f: Pick<QuarterlyReportFigures, 'from' | 'to' | 'generatedAt'>): string {
  const period = `${dutchDate(f.from)} tot en met ${dutchDate(f.to)}`;
  const madeOn = amsterdamIsoDate(new Date(f.generatedAt));
  return madeOn <= f.to ? `${period} (het kwartaal loopt nog: cijfers tot ${dutchDate(madeOn)})` : period;
}

/** TLP 2.0 colours: the label in its colour on black. */
const TLP_COLOURS: Record<QuarterlyReportTlp, string> = {
  CLEAR: '#FFFFFF',
  GREEN: '#33FF00',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
};

/** The share of the deadlines with this outcome, or why it cannot be given. */
export function deadlineShare(table: TrendTable, outcome: string): string {
  const row = table.rows.find((r) => r.key === outcome);
  const total = table.total.value;
  if (!row || total === null) return `niet te tonen (${shownText(table.total, table.minEntities)})`;
  if (row.total.value === null) return `niet te tonen (${shownText(row.total, table.minEntities)})`;
  if (total === 0) return '–';
  return `${Math.round((row.total.value / total) * 100)}% (${row.total.value} van ${total})`;
}

const count = (c: ShownCount, k: number) => shownText(c, k);
const head = (text: string): TableCell => ({ text, bold: true });

/** A trend table as a PDF table: one row per value, one column per bucket, and the totals. */
function trendTable(table: TrendTable, firstColumn: string): Content {
  const k = table.minEntities;
  if (table.rows.length === 0) return { text: 'Geen meldingen in dit kwartaal.', italics: true, margin: [0, 0, 0, 10] };
  const onlyOneBucket = table.buckets.length === 1;
  const header = [firstColumn, ...(onlyOneBucket ? [] : table.buckets.map((b) => b.label)), 'Totaal'];
  const body: TableCell[][] = [
    header.map(head),
    ...table.rows.map((r) => [r.label, ...(onlyOneBucket ? [] : r.cells.map((c) => count(c, k))), count(r.total, k)]),
    [
      head('Totaal'),
      ...(onlyOneBucket ? [] : table.bucketTotals.map((c) => head(count(c, k)))),
      head(count(table.total, k)),
    ],
  ];
  return {
    table: { headerRows: 1, widths: ['*', ...header.slice(1).map(() => 'auto')], body },
    fontSize: 9,
    margin: [0, 4, 0, 12],
  };
}

export function quarterlyReportDefinition(
  f: QuarterlyReportFigures,
  opts: { tlp?: QuarterlyReportTlp | undefined; title?: string | undefined; organisation: string },
): TDocumentDefinitions {
  const title = opts.title ?? quarterlyReportTitle(f.year, f.quarter);
  const k = f.minEntities;
  const tlp = opts.tlp;
  const label = (): Content =>
    tlp
      ? { text: ` TLP:${tlp} `, color: TLP_COLOURS[tlp], background: '#000000', bold: true, alignment: 'right' }
      : { text: '' };
  const section = (text: string): Content => ({ text, style: 'h2' });
  const note = (text: string): Content => ({ text, fontSize: 9, margin: [0, 0, 0, 4] });
  return {
    info: { title, author: opts.organisation, subject: `Trends ${dutchDate(f.from)} tot en met ${dutchDate(f.to)}` },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    header: () => ({ columns: [{ text: title, fontSize: 8 }, label()], margin: [40, 20, 40, 0] }),
    footer: (page: number, pages: number) => ({
      columns: [{ text: `Pagina ${page} van ${pages}`, fontSize: 8 }, label()],
      margin: [40, 10, 40, 0],
    }),
    content: [
      { text: title, style: 'title' },
      { text: opts.organisation, style: 'subtitle' },
      { text: `Periode: ${periodText(f)}`, margin: [0, 0, 0, 2] },
      {
        text: `Cijfers van ${dutchDate(amsterdamIsoDate(new Date(f.generatedAt)))}`,
        fontSize: 9,
        margin: [0, 0, 0, 12],
      },
      section('Samenvatting'),
      {
        ul: [
          `Ontvangen verplichte meldingen: ${count(f.summary.reportsReceived, k)}`,
          `Incidenten: ${count(f.summary.incidents, k)}`,
          `Organisaties die meldden: ${count(f.summary.entitiesReporting, k)}`,
          `Meldtermijnen op tijd: ${deadlineShare(f.deadlines, 'on_time')}`,
          `Meldtermijnen te laat: ${deadlineShare(f.deadlines, 'late')}`,
          `Meldingen die ontbreken: ${deadlineShare(f.deadlines, 'missing')}`,
        ],
        margin: [0, 0, 0, 10],
      },
      section('Incidenten per sector en maand'),
      note('Een incident telt één keer, in de maand van de eerste melding.'),
      trendTable(f.bySectorPerMonth, 'Sector'),
      section('Incidenten per soort'),
      trendTable(f.byCategory, 'Soort incident'),
      section('Incidenten per oorzaak'),
      note('De oorzaak uit het eindverslag (NIS2 art. 23 lid 4 onder d). Zonder eindverslag: onbekend.'),
      trendTable(f.byRootCause, 'Oorzaak'),
      section('Gevolgen in andere landen'),
      note('Of een melding zegt dat het incident ook gevolgen heeft in andere EU-landen (NIS2 art. 23 lid 1 en 6).'),
      trendTable(f.byCrossBorder, 'Ook in andere landen'),
      section('Meldtermijnen'),
      note('De termijnen van de vroege waarschuwing, de incidentmelding en het eindverslag (NIS2 art. 23 lid 4).'),
      trendTable(f.deadlines, 'Uitkomst'),
      section('Over de cijfers'),
      {
        text: [
          `Een cijfer dat op minder dan ${k} organisaties rust, staat er niet: dan staat er „< ${k}”. `,
          'Zo is in een cijfer nooit één organisatie te herkennen. Bij twee organisaties kan de ene haar eigen aantal ',
          'aftrekken en weet ze precies wat de andere meldde; vanaf drie kan dat niet meer. ',
          'Waar één verborgen cijfer uit een totaal terug te rekenen is, verbergen we ook een tweede cijfer. ',
          'Dit is de gangbare drempel voor tabellen met aantallen (Eurostat, Handbook on Statistical Disclosure ',
          'Control). Een hogere drempel, zoals 5, zou de meeste cijfers van een kwartaal verbergen.',
        ],
        fontSize: 9,
      },
    ],
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 12, margin: [0, 0, 0, 6] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
  };
}

export function renderQuarterlyReportPdf(
  f: QuarterlyReportFigures,
  opts: { tlp?: QuarterlyReportTlp | undefined; title?: string | undefined; organisation: string },
): Promise<Buffer> {
  return renderPdf(quarterlyReportDefinition(f, opts));
}

/** "trendrapport-2026-q4.pdf". */
export const quarterlyReportFilename = (f: { year: number; quarter: number }): string =>
  `trendrapport-${f.year}-q${f.quarter}.pdf`;
