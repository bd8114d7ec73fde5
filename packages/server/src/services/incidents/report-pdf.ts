// A PDF copy of one submitted incident report (issue 4), rendered on the server from the stored,
// immutable report row (its payload is exactly what the authority received) plus its delivery status.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { notFound } from '@weerbaar/core/platform';
import {
  ANSWER_LABELS_NL,
  REPORT_CONTENT_SCHEMAS,
  REPORT_FIELD_LABELS_NL,
  SEVERITY_LABELS_NL,
  STAGE_DEFINITIONS,
  SUBMISSION_RECIPIENT_LABELS_NL,
  SUBMISSION_STATUS_LABELS_NL,
  VOLUNTARY_SUBJECT_LABELS_NL,
  type IncidentReportPayload,
  type ReportStage,
} from '@weerbaar/core/incidents';
import type { Db } from '../../db/database.ts';
import { findIncidentReport } from '../../repositories/incident-report.repository.ts';
import { renderPdf } from '../../adapters/pdf.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { formatDutchTime } from './dutch-time.ts';
import { readableIncident } from './incident-queries.ts';
import { loadIncidentReportView } from './incident-report-queries.ts';

// The legal terms' Dutch labels live in core (legal-labels.ts), shared with the web's nl.json.
const VALUE_LABELS_NL: Readonly<Record<string, string>> = {
  ...ANSWER_LABELS_NL,
  ...SEVERITY_LABELS_NL,
  ...VOLUNTARY_SUBJECT_LABELS_NL,
};

const NOT_KNOWN = ANSWER_LABELS_NL.unknown;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const bothTimes = (iso: string) => `${formatDutchTime(iso)}\n${new Date(iso).toISOString()} (UTC)`;

type ZodLike = { description?: string; shape?: Record<string, ZodLike>; unwrap?: () => ZodLike };

/** The article a field answers: the `.describe()` of the field in the content contract (or of its parent). */
function describedShape(stage: ReportStage): Record<string, ZodLike> {
  return (REPORT_CONTENT_SCHEMAS[stage] as unknown as ZodLike).shape ?? {};
}

function innerShape(field: ZodLike | undefined): Record<string, ZodLike> | undefined {
  let f = field;
  for (let i = 0; f && !f.shape && f.unwrap && i < 3; i++) f = f.unwrap();
  return f?.shape;
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return NOT_KNOWN;
  if (typeof value === 'boolean') return value ? ANSWER_LABELS_NL.yes : ANSWER_LABELS_NL.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return VALUE_LABELS_NL[value] ?? value;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'Geen';
    return value
      .map((v) => {
        if (v && typeof v === 'object' && 'type' in v && 'value' in v) {
          const i = v as { type: string; value: string; description?: string | null };
          return `${i.type}: ${i.value}${i.description ? ` (${i.description})` : ''}`;
        }
        return typeof v === 'string' ? v : JSON.stringify(v);
      })
      .join('\n');
  }
  return JSON.stringify(value);
}

interface FieldRow {
  label: string;
  article: string | null;
  value: string;
  depth: number;
}

function contentRows(
  content: Record<string, unknown>,
  shape: Record<string, ZodLike>,
  prefix = '',
  parentArticle: string | null = null,
  depth = 0,
): FieldRow[] {
  const rows: FieldRow[] = [];
  const keys = [...Object.keys(shape), ...Object.keys(content).filter((k) => !(k in shape))];
  for (const key of keys) {
    if (!(key in content)) continue;
    const pathKey = prefix + key;
    const value = content[key];
    const article = shape[key]?.description ?? parentArticle;
    const label = REPORT_FIELD_LABELS_NL[pathKey] ?? key;
    const nested = innerShape(shape[key]);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      rows.push({ label, article, value: '', depth });
      rows.push(...contentRows(value as Record<string, unknown>, nested ?? {}, `${pathKey}.`, article, depth + 1));
    } else {
      rows.push({
        label,
        article: depth > 0 && article === parentArticle ? null : article,
        // Cbw art. 29(2): the progress report's "not yet known" points, by their labels.
        value:
          key === 'notYetKnown' && Array.isArray(value)
            ? formatValue(value.map((p) => (typeof p === 'string' ? (REPORT_FIELD_LABELS_NL[p] ?? p) : p)))
            : formatValue(value),
        depth,
      });
    }
  }
  return rows;
}

const metaRow = (label: string, value: string): TableCell[] => [{ text: label, style: 'label' }, { text: value }];

export interface ReportPdf {
  filename: string;
  pdf: Buffer;
}

/** The PDF copy of report `reportId` of incident `incidentId`; 404 when either is not the organisation's. */
export async function renderIncidentReportPdf(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  reportId: string,
  /** When the copy is made (printed on it), from the caller's clock. */
  now: Date,
  opts: { compress?: boolean } = {},
): Promise<ReportPdf> {
  await readableIncident(db, ctx, incidentId);
  const row = await findIncidentReport(db, ctx.orgId, reportId);
  if (!row || row.incident_id !== incidentId) throw notFound('Report');
  const view = await loadIncidentReportView(db, ctx, row);
  const payload = row.payload as unknown as IncidentReportPayload;
  const stage = row.stage as ReportStage;
  const definition = STAGE_DEFINITIONS[stage];
  const title = capitalise(definition.labelNl);

  const meta: TableCell[][] = [
    metaRow(
      'Organisatie',
      payload.sender.organisationName + (payload.sender.kvkNumber ? ` (KvK ${payload.sender.kvkNumber})` : ''),
    ),
    metaRow('Incident', `${payload.incident.reference} — ${payload.incident.title}`),
    metaRow('Versie', String(row.version)),
    metaRow(
      'Vervangt',
      row.supersedes_id
        ? // A correction is always the next version of the report it supersedes (submit-incident-report.ts).
          `versie ${row.version - 1} (melding ${row.supersedes_id})`
        : 'niets (eerste versie van deze melding)',
    ),
    metaRow('Verstuurd op', bothTimes(payload.submittedAt)),
    metaRow('Verstuurd door', row.submitted_by),
    metaRow('Kenmerk melding', row.id),
  ];

  const fields = contentRows(payload.content as Record<string, unknown>, describedShape(stage));
  const contentBody: TableCell[][] = [
    [
      { text: 'Onderdeel', style: 'tableHeader' },
      { text: 'Inhoud', style: 'tableHeader' },
    ],
    ...fields.map((f): TableCell[] => [
      {
        stack: [
          { text: f.label, style: f.value === '' ? 'groupLabel' : 'label' },
          ...(f.article ? [{ text: f.article, style: 'article' }] : []),
        ],
        margin: [f.depth * 10, 0, 0, 0],
      },
      { text: f.value },
    ]),
  ];

  // One delivery per recipient, each with its own receipt (Cbw arts. 26(1), 27(1), 29(1)).
  const deliveries = view.deliveries.length > 0 ? view.deliveries : [null];
  const deliveryRows: TableCell[][] = deliveries.flatMap((delivery) => {
    const receipt = delivery?.receipt;
    return [
      ...(delivery ? [metaRow('Ontvanger', SUBMISSION_RECIPIENT_LABELS_NL[delivery.recipient])] : []),
      metaRow('Status', SUBMISSION_STATUS_LABELS_NL[delivery?.status ?? 'pending']),
      ...(delivery?.lastError ? [metaRow('Laatste fout', delivery.lastError)] : []),
      ...(receipt
        ? [
            metaRow('Kenmerk autoriteit', receipt.authorityReference),
            metaRow('Ontvangen op', bothTimes(receipt.receivedAt)),
            metaRow(
              'Handtekening',
              receipt.verified
                ? `gecontroleerd en juist (sleutel ${receipt.keyId})`
                : `niet gecontroleerd (sleutel ${receipt.keyId})`,
            ),
          ]
        : []),
    ];
  });

  const table = (body: TableCell[][], headerRows = 0): Content => ({
    table: { widths: [150, '*'], body, headerRows, dontBreakRows: true },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 12],
  });

  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    compress: opts.compress ?? true,
    info: {
      title: `${title} ${payload.incident.reference} versie ${row.version}`,
      subject: `${payload.incident.reference} — ${payload.incident.title}`,
      author: payload.sender.organisationName,
      creator: 'Weerbaar',
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 2] },
      source: { fontSize: 10, color: '#555555', margin: [0, 0, 0, 14] },
      heading: { fontSize: 13, bold: true, margin: [0, 8, 0, 6] },
      label: { bold: true },
      groupLabel: { bold: true, italics: true },
      article: { fontSize: 8, color: '#555555' },
      tableHeader: { bold: true, color: '#333333' },
      mono: { fontSize: 8 },
      small: { fontSize: 8, color: '#555555' },
    },
    footer: (page, pages) => ({
      columns: [
        { text: `${payload.incident.reference} · ${title} · versie ${row.version}`, style: 'small' },
        { text: `pagina ${page} van ${pages}`, style: 'small', alignment: 'right' },
      ],
      margin: [56, 20, 56, 0],
    }),
    content: [
      { text: title, style: 'title' },
      { text: `Kopie van de verstuurde melding · ${definition.source}`, style: 'source' },
      table(meta),
      { text: 'Inhoud van de melding', style: 'heading' },
      table(contentBody, 1),
      { text: 'Verantwoording', style: 'heading' },
      table([
        [
          { text: 'Audit-hash', style: 'label' },
          { text: row.audit_hash, style: 'mono' },
        ],
        [
          { text: 'Digest van de inhoud', style: 'label' },
          { text: row.payload_digest, style: 'mono' },
        ],
      ]),
      // A heading stays with its short table on one page.
      { stack: [{ text: 'Bezorging bij de autoriteit', style: 'heading' }, table(deliveryRows)], unbreakable: true },
      {
        text:
          'Deze kopie is gemaakt uit de opgeslagen melding, die na verzending niet meer kan worden gewijzigd. ' +
          `Gemaakt op ${formatDutchTime(now)}.`,
        style: 'small',
        margin: [0, 12, 0, 0],
      },
    ],
  };

  const pdf = await renderPdf(doc);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  return { filename: `${safe(payload.incident.reference)}-${stage}-v${row.version}.pdf`, pdf };
}
