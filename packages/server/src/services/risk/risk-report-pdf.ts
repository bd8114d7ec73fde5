// The risk analysis as a Dutch PDF report for the management body. NIS2 Art. 20(1): the management body
// approves the cybersecurity risk-management measures and oversees their implementation; CER Art. 12(1)-(2)
// and 13: the critical entity's risk assessment and the measures that follow from it. The report holds
// what the board needs to decide: date, scope, method, the matrix, the top risks, the treatment plan and
// lines to sign.
import { textColourOn, type Risk, type RiskMatrixConfig } from '@weerbaar/core/risk';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../adapters/pdf.ts';
import { strategyNl } from './risk-register-export.ts';

export const RISK_REPORT_TITLE = 'Risicoanalyse: rapport voor het bestuur';
const TOP = 10;

export interface RiskReportFacts {
  organisation: string;
  generatedAt: Date;
  /** The calendar day in the Netherlands, YYYY-MM-DD. */
  today: string;
  scope: { services: number; assets: number; crownJewels: number; scenarios: number };
  matrix: RiskMatrixConfig;
  risks: readonly Risk[];
}

const dutchDay = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
};
const cell = (text: string, bold = false): TableCell => ({ text, bold });
const current = (r: Risk) => r.residual ?? r.inherent;

function matrixTable(matrix: RiskMatrixConfig): Content {
  const header: TableCell[] = [
    cell('Kans \\ gevolgen', true),
    ...matrix.impact.map((i) => cell(`${i.level}. ${i.label}`, true)),
  ];
  const rows: TableCell[][] = [...matrix.likelihood].reverse().map((l) => [
    cell(`${l.level}. ${l.label}`, true),
    ...matrix.impact.map((i) => {
      const score = l.level * i.level;
      const band = [...matrix.bands].reverse().find((b) => score >= b.minScore) ?? matrix.bands[0]!;
      return {
        text: `${score}\n${band.label}`,
        fillColor: band.colour,
        color: textColourOn(band.colour),
        alignment: 'center',
      } as TableCell;
    }),
  ]);
  return { table: { headerRows: 1, body: [header, ...rows] }, fontSize: 8, margin: [0, 4, 0, 8] };
}

export function riskReportDefinition(f: RiskReportFacts): TDocumentDefinitions {
  const ranked = [...f.risks].sort(
    (a, b) => current(b).score - current(a).score || b.inherent.score - a.inherent.score,
  );
  const top = ranked.slice(0, TOP);
  const treated = ranked.filter((r) => r.treatment);
  const untreated = ranked.filter((r) => !r.treatment);
  const content: Content[] = [
    { text: RISK_REPORT_TITLE, style: 'title' },
    { text: f.organisation, style: 'subtitle' },
    { text: `Datum: ${dutchDay(f.today)}`, margin: [0, 0, 0, 12] },

    { text: '1. Reikwijdte', style: 'h2' },
    {
      ul: [
        `${f.scope.services} diensten en ${f.scope.assets} bedrijfsmiddelen vastgelegd, waarvan ${f.scope.crownJewels} kroonjuwelen.`,
        `${f.scope.scenarios} scenario’s en ${f.risks.length} risico’s beoordeeld.`,
        'Alle soorten dreigingen: digitaal, fysiek, natuurlijk en menselijk (NIS2 artikel 21 lid 2; CER artikel 12 lid 2).',
      ],
    },

    { text: '2. Werkwijze', style: 'h2' },
    {
      text: [
        'Elk scenario is een dreiging tegen de bedrijfsmiddelen die zij raakt. De dreigingen komen uit een catalogus ',
        'ingedeeld naar de negen dreigingsthema’s van de Rijksbrede Risicoanalyse Nationale Veiligheid, aangevuld met eigen dreigingen. ',
        'Per risico is de kans bepaald en de gevolgen per onderwerp (',
        f.matrix.dimensions.map((d) => d.label.toLowerCase()).join(', '),
        '). Het zwaarste gevolg telt. Score = kans × gevolgen. Het bruto risico is zonder maatregelen, het restrisico met de maatregelen van nu. ',
        `Elk risico wordt minstens elke ${f.matrix.reviewIntervalMonths} maanden opnieuw beoordeeld, en eerder als er iets verandert `,
        '(NIS2 artikel 21; CER artikel 12 lid 1: minstens elke vier jaar).',
      ],
    },

    { text: '3. Risicomatrix', style: 'h2' },
    matrixTable(f.matrix),
    {
      text: `Niveaus: ${f.matrix.bands.map((b) => `${b.label} vanaf score ${b.minScore}`).join('; ')}.`,
      fontSize: 9,
    },

    { text: `4. De ${top.length} grootste risico’s`, style: 'h2' },
    top.length === 0
      ? { text: 'Er zijn nog geen risico’s beoordeeld.' }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 'auto', 'auto', 'auto'],
            body: [
              [cell('Risico', true), cell('Dreiging', true), cell('Bruto', true), cell('Rest', true)],
              ...top.map((r) => [
                cell(r.title),
                cell(r.scenario.threat.name),
                cell(`${r.inherent.score} ${r.inherent.band.label}`),
                cell(r.residual ? `${r.residual.score} ${r.residual.band.label}` : 'niet gescoord'),
              ]),
            ],
          },
          fontSize: 9,
        },

    { text: '5. Behandelplan', style: 'h2' },
    treated.length === 0
      ? { text: 'Voor geen enkel risico is al een aanpak gekozen.' }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 'auto', 'auto', 'auto', '*'],
            body: [
              [
                cell('Risico', true),
                cell('Aanpak', true),
                cell('Uitvoerder', true),
                cell('Klaar op', true),
                cell('Toelichting', true),
              ],
              ...treated.map((r) => [
                cell(r.title),
                cell(
                  `${strategyNl(r.treatment!.strategy)}${r.acceptance ? ` (geaccepteerd door ${r.acceptance.byName})` : ''}`,
                ),
                cell(r.treatment!.owner),
                cell(r.treatment!.dueOn ? dutchDay(r.treatment!.dueOn) : '–'),
                cell(r.treatment!.justification || '–'),
              ]),
            ],
          },
          fontSize: 9,
        },
    ...(untreated.length > 0
      ? [
          {
            text: `Nog zonder aanpak: ${untreated.map((r) => r.title).join('; ')}.`,
            fontSize: 9,
            margin: [0, 4, 0, 0],
          } as Content,
        ]
      : []),

    { text: '6. Vaststelling door het bestuur', style: 'h2', pageBreak: 'before' },
    {
      text: 'Het bestuur keurt de maatregelen voor het beheer van de risico’s goed en ziet toe op de uitvoering (NIS2 artikel 20 lid 1). Met ondertekening stelt het bestuur deze risicoanalyse en het behandelplan vast.',
      margin: [0, 0, 0, 16],
    },
    ...[1, 2].map((): Content => ({
      table: {
        widths: [90, '*'],
        body: [
          [cell('Naam'), cell(' ')],
          [cell('Functie'), cell(' ')],
          [cell('Datum'), cell(' ')],
          [cell('Handtekening'), { text: ' ', margin: [0, 18, 0, 18] }],
        ],
      },
      margin: [0, 0, 0, 16],
    })),
  ];
  return {
    info: { title: `${RISK_REPORT_TITLE} – ${f.organisation}`, creator: 'Weerbaar', creationDate: f.generatedAt },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
    },
    footer: (page: number, pages: number) => ({
      text: `${RISK_REPORT_TITLE} – ${f.organisation} – ${dutchDay(f.today)} – pagina ${page} van ${pages}`,
      fontSize: 8,
      margin: [40, 10, 40, 0],
    }),
    content,
  };
}

export const renderRiskReportPdf = (f: RiskReportFacts): Promise<Buffer> => renderPdf(riskReportDefinition(f));
