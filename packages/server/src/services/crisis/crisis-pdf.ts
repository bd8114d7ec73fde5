// The crisis record and single sitreps as PDF (pdfmake, like the continuity pack). An exercise is marked
// OEFENING on every page.
import type { Crisis, CrisisSitrep, SitrepContent } from '@weerbaar/core/crisis';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../adapters/pdf.ts';
import { amsterdamOffsetMs } from '@weerbaar/core/platform';

const CERTAINTY_NL = { known: 'Bekend', unknown: 'Onbekend', assumed: 'Aanname' } as const;
const CHANGE_NL = {
  declared: 'Afgekondigd',
  escalated: 'Opgeschaald',
  'de-escalated': 'Afgeschaald',
  closed: 'Afgesloten',
} as const;
const EXERCISE_MARK = 'OEFENING — dit is geen echte crisis';
const two = (n: number) => String(n).padStart(2, '0');
/** dd-mm-jjjj uu:mm in Dutch time (the core calendar's summer-time rule). */
function at(iso: string): string {
  const ms = Date.parse(iso);
  const w = new Date(ms + amsterdamOffsetMs(ms));
  return `${two(w.getUTCDate())}-${two(w.getUTCMonth() + 1)}-${w.getUTCFullYear()} ${two(w.getUTCHours())}:${two(w.getUTCMinutes())}`;
}

function table(headers: string[], rows: string[][], widths?: (string | number)[]): Content {
  if (rows.length === 0) return { text: 'Geen.', italics: true, color: '#555555', margin: [0, 0, 0, 6] };
  const body: TableCell[][] = [headers.map((h) => ({ text: h, bold: true, fillColor: '#e8eef5' })), ...rows];
  return { table: { headerRows: 1, body, ...(widths ? { widths } : {}) }, fontSize: 9, margin: [0, 2, 0, 8] };
}

function pictureContent(c: Pick<SitrepContent, 'facts' | 'decisions' | 'actions'>): Content[] {
  return [
    { text: 'Beeld', style: 'h2' },
    table(
      ['Tijd', 'Feit', 'Zekerheid', 'Bron'],
      c.facts.map((f) => [at(f.observedAt), f.statement, CERTAINTY_NL[f.certainty], f.source]),
      [80, '*', 60, 100],
    ),
    { text: 'Besluiten', style: 'h2' },
    table(
      ['Nr.', 'Besluit', 'Door', 'Wanneer', 'Grondslag'],
      c.decisions.map((d) => [String(d.number), d.decision, d.decidedBy, at(d.decidedAt), d.basis]),
      [25, '*', 80, 80, 120],
    ),
    { text: 'Acties', style: 'h2' },
    table(
      ['Actie', 'Eigenaar', 'Uiterlijk', 'Status'],
      c.actions.map((a) => [
        a.title,
        a.owner ?? '',
        a.dueAt ? at(a.dueAt) : '',
        a.doneAt ? 'Klaar' : a.overdue ? 'Te laat' : 'Open',
      ]),
      ['*', 100, 80, 50],
    ),
  ];
}

function frame(title: string, isExercise: boolean, content: Content[]): TDocumentDefinitions {
  return {
    info: { title },
    pageSize: 'A4',
    pageMargins: [40, 60, 40, 50],
    header: isExercise
      ? { text: EXERCISE_MARK, bold: true, color: '#b00020', alignment: 'center', margin: [0, 20, 0, 0] }
      : undefined,
    footer: (page, pages) => ({
      text: `${title} · pagina ${page} van ${pages}`,
      fontSize: 8,
      alignment: 'center',
      margin: [0, 20, 0, 0],
    }),
    content,
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 5] },
    },
    defaultStyle: { fontSize: 10 },
  };
}

export function sitrepPdfDefinition(sitrep: CrisisSitrep): TDocumentDefinitions {
  const c = sitrep.content;
  const title = `Situatierapport ${sitrep.number} — ${c.reference}`;
  return frame(title, c.isExercise, [
    ...(c.isExercise ? [{ text: EXERCISE_MARK, bold: true, color: '#b00020', margin: [0, 0, 0, 6] } as Content] : []),
    { text: title, style: 'title' },
    { text: c.title, fontSize: 13, margin: [0, 0, 0, 4] },
    {
      text: `Niveau: ${c.levelLabel} · uitgegeven ${at(sitrep.issuedAt)} door ${sitrep.issuedBy}`,
      margin: [0, 0, 0, 8],
    },
    { text: 'Samenvatting', style: 'h2' },
    { text: sitrep.summary },
    ...pictureContent(c),
  ]);
}

export function crisisRecordPdfDefinition(crisis: Crisis, sitreps: readonly CrisisSitrep[]): TDocumentDefinitions {
  const title = `Crisisdossier ${crisis.reference}`;
  return frame(title, crisis.isExercise, [
    ...(crisis.isExercise
      ? [{ text: EXERCISE_MARK, bold: true, color: '#b00020', margin: [0, 0, 0, 6] } as Content]
      : []),
    { text: title, style: 'title' },
    { text: crisis.title, fontSize: 13, margin: [0, 0, 0, 4] },
    {
      text: `Afgekondigd ${at(crisis.declaredAt)} door ${crisis.declaredBy} · niveau nu: ${crisis.levelLabel}${crisis.closedAt ? ` · afgesloten ${at(crisis.closedAt)}` : ''}`,
      margin: [0, 0, 0, 8],
    },
    ...(crisis.description ? [{ text: crisis.description, margin: [0, 0, 0, 6] } as Content] : []),
    { text: 'Tijdlijn', style: 'h2' },
    table(
      ['Tijd', 'Stap', 'Niveau', 'Reden', 'Door'],
      crisis.levelChanges.map((c) => [
        at(c.changedAt),
        CHANGE_NL[c.kind],
        `${c.fromLevel ? `${c.fromLevel} → ` : ''}${c.toLevel}`,
        c.reason,
        c.changedBy,
      ]),
      [80, 65, 90, '*', 70],
    ),
    { text: 'Reikwijdte', style: 'h2' },
    {
      text: `Sectoren: ${crisis.sectors.join(', ') || '—'}\nRegio's: ${crisis.regions.join(', ') || '—'}\nBesluitvorming: ${crisis.structures.map((s) => s.label).join(', ') || '—'}\nDeelnemende organisaties: ${crisis.members.map((m) => (m.remote ? `${m.name} (andere installatie)` : m.name)).join(', ') || '—'}`,
    },
    ...pictureContent(crisis),
    { text: 'Situatierapporten', style: 'h2' },
    ...(sitreps.length === 0
      ? [{ text: 'Geen.', italics: true } as Content]
      : sitreps.map((s): Content => ({
          text: [{ text: `${s.number}. ${at(s.issuedAt)} (${s.issuedBy}): `, bold: true }, s.summary],
          margin: [0, 0, 0, 4],
        }))),
    { text: 'Evaluatie', style: 'h2' },
    { text: crisis.evaluation ?? 'Nog niet geëvalueerd.' },
    { text: 'Lessen', style: 'h2' },
    crisis.lessons.length === 0
      ? { text: 'Geen.', italics: true }
      : { ul: crisis.lessons.map((l) => `${l.lesson}${l.taskId ? ' (verbeteractie)' : ''}`) },
  ]);
}

export const renderSitrepPdf = (s: CrisisSitrep): Promise<Buffer> => renderPdf(sitrepPdfDefinition(s));
export const renderCrisisRecordPdf = (c: Crisis, s: readonly CrisisSitrep[]): Promise<Buffer> =>
  renderPdf(crisisRecordPdfDefinition(c, s));
