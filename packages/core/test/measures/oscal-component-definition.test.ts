import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  exportOscalCatalog,
  exportOscalComponentDefinition,
  type Catalogue,
  type Measure,
} from '../../src/measures/index.ts';

const OSCAL_DIR = fileURLToPath(new URL('../fixtures/oscal/', import.meta.url));
const SHARED_OSCAL_DIR = fileURLToPath(new URL('../../../../../shared/standards/oscal/', import.meta.url));
const SCHEMA = 'oscal_component_schema.json';

// The schema is large: compile once for the file.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(`${OSCAL_DIR}${SCHEMA}`, 'utf8')) as object);
const errorsOf = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).slice(0, 5));

const measuresOf = (catalogue: Catalogue): Measure[] =>
  catalogue.sections.flatMap((s) =>
    s.requirements.map((r) => ({
      requirementId: r.id,
      catalogueId: catalogue.id,
      sectionRef: s.ref,
      ref: r.ref,
      title: r.title,
      status: 'not-started',
      maturity: null,
      owner: null,
      dueDate: null,
      howImplemented: null,
      justification: null,
      reviewDate: null,
      evidenceLinks: [],
      evidenceCount: 0,
      overdue: false,
      creditedBy: [],
      countsFor: [],
      risks: [],
      updatedAt: null,
      updatedBy: null,
    })),
  );

const art21 = CATALOGUES.find((c) => c.id === 'nis2-art21')!;

function sample() {
  const measures = measuresOf(art21);
  measures[0] = {
    ...measures[0]!,
    status: 'implemented',
    howImplemented: 'Risicoanalyse per jaar, vastgesteld door het bestuur.',
    owner: 'CISO',
    maturity: 3,
    evidenceLinks: [{ label: 'Beleid op intranet', url: 'https://intranet.example.nl/beleid' }],
  };
  measures[1] = { ...measures[1]!, status: 'not-applicable', justification: 'Geen eigen incidentdesk; uitbesteed.' };
  measures[2] = { ...measures[2]!, status: 'partial' };
  return exportOscalComponentDefinition({
    organisation: 'Gemeente Voorbeeld',
    catalogues: [art21],
    measures,
    evidenceFiles: [
      {
        requirementId: measures[0].requirementId,
        fileName: 'beleid.pdf',
        mediaType: 'application/pdf',
        sha256: 'a'.repeat(64),
        href: `/api/v1/measures/${measures[0].requirementId}/evidence/5b0e8f7e-6a8b-4c4e-9d7e-1f2a3b4c5d6e/content`,
      },
    ],
    now: new Date('2026-12-07T09:00:00Z'),
  });
}

describe('OSCAL component-definition export', () => {
  it('validates against the official OSCAL 1.0.6 component schema, for every built-in catalogue at once', () => {
    const doc = exportOscalComponentDefinition({
      organisation: 'Ziekenhuis',
      catalogues: CATALOGUES,
      measures: CATALOGUES.flatMap(measuresOf),
    });
    expect(errorsOf(doc)).toEqual([]);
    const impls = doc['component-definition'].components[0]!['control-implementations']!;
    expect(impls).toHaveLength(CATALOGUES.length);
  });

  it('maps status, how, justification, evidence; schema-valid', () => {
    const doc = sample();
    expect(errorsOf(doc)).toEqual([]);
    const [first, second, third] =
      doc['component-definition'].components[0]!['control-implementations']![0]!['implemented-requirements'];
    const prop = (r: typeof first, name: string) => r!.props.find((p) => p.name === name)?.value;
    expect(prop(first, 'implementation-status')).toBe('implemented');
    expect(first!.description).toBe('Risicoanalyse per jaar, vastgesteld door het bestuur.');
    expect(prop(first, 'owner')).toBe('CISO');
    expect(prop(first, 'maturity')).toBe('3');
    expect(first!.links).toHaveLength(2);
    const resources = doc['component-definition']['back-matter']!.resources;
    const file = resources.find((r) => `#${r.uuid}` === first!.links![1]!.href)!;
    expect(file.rlinks?.[0]?.hashes?.[0]).toEqual({ algorithm: 'SHA-256', value: 'a'.repeat(64) });
    const link = resources.find((r) => `#${r.uuid}` === first!.links![0]!.href)!;
    expect(link.rlinks?.[0]?.href).toBe('https://intranet.example.nl/beleid');
    expect(prop(second, 'implementation-status')).toBe('not-applicable');
    expect(second!.remarks).toBe('Geen eigen incidentdesk; uitbesteed.');
    expect(prop(third, 'implementation-status')).toBe('partial');
  });

  it('links every requirement to the risks it mitigates, one resource per risk; schema-valid', () => {
    const ransomware = {
      id: '0b9c7a8e-1d2f-4e3a-8b5c-6d7e8f901234',
      title: 'Ransomware op het EPD',
      score: 16,
      band: 'hoog',
    };
    const outage = { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', title: 'Uitval stroom', score: 6, band: 'midden' };
    const measures = measuresOf(art21);
    measures[0] = { ...measures[0]!, status: 'implemented', risks: [ransomware, outage] };
    measures[9] = { ...measures[9]!, status: 'partial', risks: [ransomware] };
    const doc = exportOscalComponentDefinition({ organisation: 'Ziekenhuis', catalogues: [art21], measures });
    expect(errorsOf(doc)).toEqual([]);
    const reqs = doc['component-definition'].components[0]!['control-implementations']![0]!['implemented-requirements'];
    const resources = doc['component-definition']['back-matter']!.resources;
    const risksOf = (r: (typeof reqs)[number]) =>
      (r.links ?? [])
        .filter((l) => l.rel === 'mitigates')
        .map((l) => resources.find((x) => `#${x.uuid}` === l.href)!.props!.find((p) => p.name === 'risk-id')!.value);
    expect(risksOf(reqs[0]!)).toEqual([ransomware.id, outage.id]);
    expect(risksOf(reqs[9]!)).toEqual([ransomware.id]);
    expect(reqs[0]!.props.filter((p) => p.name === 'mitigates-risk').map((p) => p.value)).toEqual([
      ransomware.id,
      outage.id,
    ]);
    // One resource per risk, with its score and where to read it.
    const riskResources = resources.filter((r) => r.props?.some((p) => p.name === 'risk-id'));
    expect(riskResources).toHaveLength(2);
    expect(riskResources[0]!.props!.find((p) => p.name === 'risk-score')!.value).toBe('16');
    expect(riskResources[0]!.rlinks![0]!.href).toBe(`/api/v1/risks/${ransomware.id}`);
    expect(risksOf(reqs[1]!)).toEqual([]);
  });

  it('control ids are those of the OSCAL catalog export, and the source names the catalogue', () => {
    const doc = sample();
    const impl = doc['component-definition'].components[0]!['control-implementations']![0]!;
    const catalogIds = (exportOscalCatalog(art21).catalog.groups ?? []).flatMap((g) =>
      (g.controls ?? []).map((c) => c.id),
    );
    expect(impl['implemented-requirements'].map((r) => r['control-id'])).toEqual(catalogIds);
    const source = doc['component-definition']['back-matter']!.resources.find((r) => `#${r.uuid}` === impl.source)!;
    expect(source.citation?.text).toBe(art21.source.citation);
  });

  it('the schema check can fail: an unknown implemented-requirement field is rejected', () => {
    const doc = sample();
    const req =
      doc['component-definition'].components[0]!['control-implementations']![0]!['implemented-requirements'][0]!;
    (req as unknown as Record<string, unknown>).status = 'implemented';
    expect(errorsOf(doc)).not.toEqual([]);
  });

  it('vendored schema is identical to ../shared/standards/oscal (when present)', (ctx) => {
    if (!existsSync(SHARED_OSCAL_DIR)) return ctx.skip('../shared/standards/oscal is absent');
    expect(
      readFileSync(`${OSCAL_DIR}${SCHEMA}`, 'utf8') ===
        readFileSync(`${SHARED_OSCAL_DIR}schema-1.0.6/${SCHEMA}`, 'utf8'),
    ).toBe(true);
  });
});
