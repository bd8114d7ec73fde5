import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  RequirementIdSchema,
  deriveCatalogueId,
  exportOscalCatalog,
  importOscalCatalog,
  type Catalogue,
} from '../../src/measures/index.ts';

const OSCAL_DIR = fileURLToPath(new URL('../fixtures/oscal/', import.meta.url));
const SHARED_OSCAL_DIR = fileURLToPath(new URL('../../../../../shared/standards/oscal/', import.meta.url));
const SCHEMA = 'oscal_catalog_schema.json';
const NIST_LOW = 'NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json';
const readJson = (name: string): unknown => JSON.parse(readFileSync(`${OSCAL_DIR}${name}`, 'utf8'));

// The schema is large: compile once for the file.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(readJson(SCHEMA) as object);
const errorsOf = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).slice(0, 5));

const controlsOf = (doc: ReturnType<typeof exportOscalCatalog>) =>
  (doc.catalog.groups ?? []).flatMap((g) => g.controls ?? []);

describe('OSCAL catalog export', () => {
  it.each(CATALOGUES.map((c) => [c.id, c] as const))('exports %s as a schema-valid OSCAL catalog', (_, catalogue) => {
    const doc = exportOscalCatalog(catalogue);
    expect(errorsOf(doc)).toEqual([]);
    const requirements = catalogue.sections.flatMap((s) => s.requirements);
    const controls = controlsOf(doc);
    expect(doc.catalog.groups).toHaveLength(catalogue.sections.length);
    expect(controls).toHaveLength(requirements.length);
    // Every requirement id and ref survives in the props; control ids are unique.
    expect(controls.map((c) => c.props?.find((p) => p.name === 'requirement-id')?.value)).toEqual(
      requirements.map((r) => r.id),
    );
    expect(new Set(controls.map((c) => c.id)).size).toBe(controls.length);
    expect(doc.catalog['back-matter']?.resources[0]?.citation?.text).toBe(catalogue.source.citation);
  });

  it('carries the ref as label and the description as statement', () => {
    const doc = exportOscalCatalog(
      CATALOGUES.find((c) => c.id === 'bio2')!,
      {
        now: new Date('2026-12-07T09:00:00Z'),
      },
    );
    const first = controlsOf(doc)[0]!;
    expect(first.props?.find((p) => p.name === 'label')?.value).toBe('5.01.01');
    expect(first.parts?.[0]?.prose).toMatch(/ISO\/IEC 27001:2022 A\.5\.1/);
    expect(doc.catalog.metadata['last-modified']).toBe('2026-12-07T09:00:00.000Z');
    expect(doc.catalog.metadata.remarks).toMatch(/^Niet geverifieerd/);
  });

  it('the schema check can fail: a control id with a colon is rejected', () => {
    const doc = exportOscalCatalog(CATALOGUES[0]!);
    controlsOf(doc)[0]!.id = 'nis2-art21:a';
    expect(errorsOf(doc)).not.toEqual([]);
  });
});

describe('OSCAL catalog import', () => {
  const nist = readJson(NIST_LOW);
  const imported = importOscalCatalog(nist);
  if (!imported.ok) throw new Error(imported.issues.join('\n'));
  const catalogue: Catalogue = imported.catalogue;
  const requirements = catalogue.sections.flatMap((s) => s.requirements);

  it('imports the NIST SP 800-53 rev. 5 LOW baseline: 18 families, 131 controls + 18 enhancements', () => {
    expect(catalogue.id).toBe('nist-special-publication-800-53-revision');
    expect(catalogue.sections).toHaveLength(18);
    expect(requirements).toHaveLength(149);
    expect(requirements.filter((r) => r.ref.includes(' > '))).toHaveLength(18);
    for (const r of requirements) {
      expect(RequirementIdSchema.safeParse(r.id).success, r.id).toBe(true);
      expect(r.id.startsWith(`${catalogue.id}:`)).toBe(true);
    }
    expect(new Set(requirements.map((r) => r.id)).size).toBe(149);
    expect(catalogue.source.version).toBe('5.1.1+u4');
  });

  it('flattens control enhancements and keeps their parent in the ref', () => {
    const ac2 = requirements.find((r) => r.id === `${catalogue.id}:ac-2`)!;
    expect(ac2.ref).toBe('AC-2');
    expect(ac2.title).toBe('Account Management');
    expect(ac2.description).toBeTruthy();
    const enhancement = requirements.find((r) => r.ref.startsWith('IA-2 > '))!;
    expect(enhancement.id).toMatch(/:ia-2\.\d+$/);
    expect(catalogue.sections.find((s) => s.requirements.includes(enhancement))?.ref).toBe('ia');
  });

  it('round-trips: its export is schema-valid and imports to the same requirements', () => {
    const doc = exportOscalCatalog(catalogue);
    expect(errorsOf(doc)).toEqual([]);
    expect(controlsOf(doc)).toHaveLength(149);
    const again = importOscalCatalog(doc, { catalogueId: catalogue.id });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const back = again.catalogue.sections.flatMap((s) => s.requirements);
    expect(back.map((r) => [r.ref, r.title])).toEqual(requirements.map((r) => [r.ref, r.title]));
  });

  it('imports a built-in catalogue’s export under a new id, never a built-in one', () => {
    const doc = exportOscalCatalog(CATALOGUES.find((c) => c.id === 'iso27001-2022')!);
    const result = importOscalCatalog(doc, { takenIds: ['iso-iec-27001-2022-bijlage-a'] });
    expect(result.ok && result.catalogue.id).toBe('iso-iec-27001-2022-bijlage-a-2');
    expect(result.ok && result.catalogue.sections.flatMap((s) => s.requirements)).toHaveLength(93);
    expect(deriveCatalogueId('NIS2 Art21', ['nis2-art21'])).toBe('nis2-art21-2');
  });

  it('rejects what is not an OSCAL catalog, and a catalog without controls', () => {
    const notCatalog = importOscalCatalog({ profile: {} });
    expect(notCatalog.ok).toBe(false);
    expect(!notCatalog.ok && notCatalog.issues[0]).toMatch(/^catalog/);
    const empty = importOscalCatalog({
      catalog: { uuid: 'x', metadata: { title: 'Leeg', version: '1', 'oscal-version': '1.1.2' }, groups: [] },
    });
    expect(empty).toEqual({ ok: false, issues: ['the catalog holds no controls'] });
  });

  it('vendored copies are identical to ../shared/standards/oscal (when present)', (ctx) => {
    const pairs = [
      [SCHEMA, `schema-1.0.6/${SCHEMA}`],
      [NIST_LOW, `nist-800-53-rev5/${NIST_LOW}`],
    ] as const;
    if (!existsSync(SHARED_OSCAL_DIR)) return ctx.skip('../shared/standards/oscal is absent');
    for (const [ours, theirs] of pairs)
      expect(readFileSync(`${OSCAL_DIR}${ours}`, 'utf8') === readFileSync(`${SHARED_OSCAL_DIR}${theirs}`, 'utf8')).toBe(
        true,
      );
  });
});
