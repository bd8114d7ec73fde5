// The text of a published quarterly report (a knowledge article's summary and body, Markdown shown as
// text): the summary figures of the quarter, suppressed as in the PDF ("< 3"), and where the PDF is.
import { amsterdamIsoDate, quarterlyReportTitle, shownText, type QuarterlyReportFigures } from '@weerbaar/core/trends';
import { deadlineShare, dutchDate, periodText } from './quarterly-report-pdf.ts';

export function quarterlyReportSummary(f: QuarterlyReportFigures): string {
  const k = f.minEntities;
  return (
    `${quarterlyReportTitle(f.year, f.quarter)}: ${shownText(f.summary.incidents, k)} incidenten gemeld door ` +
    `${shownText(f.summary.entitiesReporting, k)} organisaties, ${periodText(f)}.`
  );
}

export function quarterlyReportBody(f: QuarterlyReportFigures): string {
  const k = f.minEntities;
  const rows = (t: QuarterlyReportFigures['byCategory']) =>
    t.rows.map((r) => `- ${r.label}: ${shownText(r.total, k)}`).join('\n') || '- Geen meldingen';
  return [
    `Periode: ${periodText(f)}.`,
    '',
    '## Samenvatting',
    '',
    `- Ontvangen verplichte meldingen: ${shownText(f.summary.reportsReceived, k)}`,
    `- Incidenten: ${shownText(f.summary.incidents, k)}`,
    `- Organisaties die meldden: ${shownText(f.summary.entitiesReporting, k)}`,
    `- Meldtermijnen op tijd: ${deadlineShare(f.deadlines, 'on_time')}`,
    `- Meldtermijnen te laat: ${deadlineShare(f.deadlines, 'late')}`,
    `- Meldingen die ontbreken: ${deadlineShare(f.deadlines, 'missing')}`,
    '',
    '## Incidenten per sector',
    '',
    rows(f.bySectorPerMonth),
    '',
    '## Incidenten per soort',
    '',
    rows(f.byCategory),
    '',
    '## Over de cijfers',
    '',
    `Een cijfer dat op minder dan ${k} organisaties rust, staat er niet: dan staat er "< ${k}". ` +
      'Zo is in een cijfer nooit één organisatie te herkennen. Alle tabellen staan in de PDF bij dit artikel. ' +
      `De cijfers zijn vastgelegd op ${dutchDate(amsterdamIsoDate(new Date(f.generatedAt)))} en veranderen niet meer.`,
  ].join('\n');
}
