// The offline pack as a printable PDF (pdfmake, fonts from node_modules, no network): the same content as
// the static HTML file.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../adapters/pdf.ts';
import {
  AUDIENCE_NL,
  dutchDateTime,
  dutchDay,
  EXTERNAL_NL,
  KIND_NL,
  PACK_TITLE,
  packContacts,
  type PackDocument,
  type PackPlan,
} from './continuity-pack-document.ts';

const orEmpty = (text: string): Content =>
  text === '' ? { text: 'Niet ingevuld.', italics: true, color: '#555555' } : { text, margin: [0, 0, 0, 4] };

function table(headers: string[], rows: string[][], widths?: (string | number)[]): Content {
  if (rows.length === 0) return orEmpty('');
  const body: TableCell[][] = [headers.map((h) => ({ text: h, bold: true, fillColor: '#e8eef5' })), ...rows];
  return { table: { headerRows: 1, body, ...(widths ? { widths } : {}) }, fontSize: 9, margin: [0, 2, 0, 8] };
}

function planContent(plan: PackPlan): Content[] {
  const c = plan.content;
  return [
    { text: `${KIND_NL[plan.kind]}: ${plan.title}`, style: 'h2', pageBreak: 'before' },
    {
      text: [
        plan.serviceName ? `Dienst: ${plan.serviceName}\n` : '',
        `Versie ${plan.version}, goedgekeurd ${dutchDateTime(plan.approvedAt)}${plan.approvedBy ? ` door ${plan.approvedBy}` : ''}\n`,
        plan.nextReviewOn ? `Herzien uiterlijk ${dutchDay(plan.nextReviewOn)}\n` : '',
        plan.incidentResponsePlan ? 'Dit is het incidentresponsplan.\n' : '',
      ].join(''),
      margin: [0, 0, 0, 8],
    },
    { text: 'Doel', style: 'h3' },
    orEmpty(c.purpose),
    { text: 'Wanneer zetten we dit plan in?', style: 'h3' },
    orEmpty(c.activationCriteria),
    { text: 'Waarschuwen en alarmeren', style: 'h3' },
    orEmpty(c.warningRoutine),
    { text: 'Rollen en vervangers', style: 'h3' },
    table(
      ['Rol', 'Wie', 'Vervanger', 'Taken'],
      c.roles.map((r) => [r.role, r.holder, r.deputy, r.tasks]),
    ),
    { text: 'Belboom', style: 'h3' },
    table(
      ['Niveau', 'Naam', 'Functie', 'Telefoon', 'Ander nummer', 'Belt daarna'],
      [...c.callTree]
        .sort((a, b) => a.level - b.level)
        .map((r) => [String(r.level), r.name, r.role, r.phone, r.alternativePhone, r.calls]),
    ),
    { text: 'Hulp van buiten', style: 'h3' },
    table(
      ['Soort', 'Naam', 'Telefoon', 'E-mail', 'Nummer'],
      c.externalHelp.map((x) => [EXTERNAL_NL[x.kind], x.name, x.phone, x.email, x.reference]),
    ),
    { text: 'Noodoplossing (werken zonder het systeem)', style: 'h3' },
    orEmpty(c.workarounds),
    { text: 'Handmatig werken', style: 'h3' },
    orEmpty(c.manualFallback),
    { text: 'Herstel, stap voor stap', style: 'h3' },
    c.recoverySteps.length === 0
      ? orEmpty('')
      : {
          ol: c.recoverySteps.map((s) => ({
            text: [
              { text: s.title, bold: true },
              s.owner ? ` — ${s.owner}` : '',
              s.targetHours !== null ? ` (binnen ${s.targetHours} uur)` : '',
              s.description ? `\n${s.description}` : '',
            ],
            margin: [0, 0, 0, 3],
          })),
        },
    { text: 'Berichten', style: 'h3' },
    ...(c.communication.length === 0
      ? [orEmpty('')]
      : c.communication.flatMap((t): Content[] => [
          { text: `${AUDIENCE_NL[t.audience]}: ${t.subject}`, bold: true, margin: [0, 4, 0, 2] },
          orEmpty(t.body),
        ])),
    { text: 'Wanneer stoppen we met dit plan?', style: 'h3' },
    orEmpty(c.deactivation),
  ];
}

export function packPdfDefinition(doc: PackDocument): TDocumentDefinitions {
  const made = dutchDateTime(doc.madeAt);
  const contacts = packContacts(doc);
  return {
    info: { title: `${PACK_TITLE} — ${doc.organisation} — pakket ${doc.packVersion}` },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    footer: (page, pages) => ({
      text: `${doc.organisation} · noodpakket versie ${doc.packVersion} · ${made} · pagina ${page} van ${pages}`,
      fontSize: 8,
      alignment: 'center',
      margin: [0, 20, 0, 0],
    }),
    content: [
      { text: PACK_TITLE, style: 'title' },
      { text: doc.organisation, style: 'subtitle' },
      {
        text: `Noodpakket versie ${doc.packVersion}, gemaakt op ${made}${doc.madeBy ? ` door ${doc.madeBy}` : ''}`,
        margin: [0, 0, 0, 8],
      },
      {
        text: 'Dit pakket werkt zonder internet en zonder Weerbaar. Bewaar het op een vaste plek. Gebruik alleen het nieuwste pakket: kijk naar de versie en de datum.',
        margin: [0, 0, 0, 12],
      },
      { text: 'Belboom en contacten', style: 'h2' },
      table(
        ['Naam', 'Wat', 'Telefoon', 'Ander nummer of e-mail', 'In plan'],
        contacts.map((c) => [c.name, c.what, c.phone, c.alternative, c.plans.join(', ')]),
      ),
      ...(doc.plans.length === 0
        ? [orEmpty('Er zijn nog geen goedgekeurde plannen.')]
        : doc.plans.flatMap(planContent)),
    ],
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 6] },
      h2: { fontSize: 14, bold: true, margin: [0, 10, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
    },
    defaultStyle: { fontSize: 10 },
  };
}

export const renderPackPdf = (doc: PackDocument): Promise<Buffer> => renderPdf(packPdfDefinition(doc));
