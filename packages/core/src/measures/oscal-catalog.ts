// OSCAL catalogs (NIST Open Security Controls Assessment Language, JSON): export any Catalogue as an OSCAL
// catalog, and import an OSCAL catalog as a custom Catalogue (issue 12 item 6, catalogue half).
//
// Export: groups = sections, controls = requirements; the `label` prop carries the ref as the source
// numbers it, a Weerbaar-namespaced `requirement-id` prop the requirement id (OSCAL ids are NCNames and
// cannot hold the colon), and the back-matter the catalogue's source. Written against OSCAL 1.0.6, the
// newest official JSON schema the project holds (../shared/standards/oscal/README.md); the tests validate
// every built-in catalogue's export against it (packages/core/test/fixtures/oscal/).
//
// Import: parsed with zod (this package stays zod-only at runtime); every control, nested ones included,
// becomes one requirement with id `<derived catalogue id>:<control id>`, its ref the labels of its parents
// and itself ("AC-2 > AC-2(1)"); nested groups become sections with the parent groups in their ref.
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { RequirementIdSchema, type Catalogue, type CatalogueSection, type Requirement } from './catalogue.contracts.ts';
import { CATALOGUES } from './catalogues.ts';

export const OSCAL_VERSION = '1.0.6';
/** Namespace of the props Weerbaar adds (OSCAL props outside the OSCAL namespace must name theirs). */
export const WEERBAAR_OSCAL_NS = 'https://weerbaar.nl/ns/oscal';

interface OscalProp {
  name: string;
  value: string;
  ns?: string;
  class?: string;
}
interface OscalPart {
  id?: string;
  name: string;
  prose?: string;
  parts?: OscalPart[];
}
interface OscalControl {
  id: string;
  title: string;
  props?: OscalProp[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}
interface OscalGroup {
  id?: string;
  title: string;
  props?: OscalProp[];
  controls?: OscalControl[];
  groups?: OscalGroup[];
}
export interface OscalCatalogDocument {
  catalog: {
    uuid: string;
    metadata: {
      title: string;
      'last-modified': string;
      version: string;
      'oscal-version': string;
      props?: OscalProp[];
      links?: { href: string; rel?: string }[];
      remarks?: string;
    };
    groups?: OscalGroup[];
    controls?: OscalControl[];
    'back-matter'?: {
      resources: { uuid: string; title?: string; citation?: { text: string }; rlinks?: { href: string }[] }[];
    };
  };
}

// --- export -------------------------------------------------------------------------------------------

/** An OSCAL token (XML NCName): letters, digits, '.', '-', '_', not starting with a digit, '.' or '-'. */
function token(raw: string): string {
  const cleaned = raw.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^(\p{L}|_)/u.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** OSCAL strings may not be empty nor start or end with whitespace. */
function text(raw: string): string | undefined {
  const t = raw.trim();
  return t === '' ? undefined : t;
}

function uniqueToken(raw: string, used: Set<string>): string {
  const base = token(raw);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

// Web Crypto exists in browsers and in Node >= 19; core's tsconfig has neither DOM nor Node types.
const webCryptoUuid = (): string => (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();

export interface OscalExportOptions {
  now?: Date;
  /** A UUID v4 generator; the Web Crypto one by default (this package also runs in the browser). */
  uuid?: () => string;
}

export function exportOscalCatalog(catalogue: Catalogue, options: OscalExportOptions = {}): OscalCatalogDocument {
  const uuid = options.uuid ?? webCryptoUuid;
  const now = options.now ?? new Date();
  const used = new Set<string>();
  const sourceUuid = uuid();
  const control = (r: Requirement): OscalControl => {
    const id = uniqueToken(`${catalogue.id}-${r.id.slice(r.id.indexOf(':') + 1)}`, used);
    const label = text(r.ref);
    const prose = r.description ? text(r.description) : undefined;
    return {
      id,
      title: text(r.title) ?? r.id,
      props: [
        ...(label ? [{ name: 'label', value: label }] : []),
        { name: 'requirement-id', ns: WEERBAAR_OSCAL_NS, value: r.id },
      ],
      ...(prose ? { parts: [{ id: `${id}_smt`, name: 'statement', prose }] } : {}),
    };
  };
  const group = (s: CatalogueSection): OscalGroup => {
    const label = text(s.ref);
    return {
      id: uniqueToken(`${catalogue.id}-g-${s.ref || 'x'}`, used),
      title: text(s.title) ?? label ?? catalogue.id,
      ...(label ? { props: [{ name: 'label', value: label }] } : {}),
      ...(s.requirements.length > 0 ? { controls: s.requirements.map(control) } : {}),
    };
  };
  const remarks = catalogue.source.unverified ? text(`Niet geverifieerd: ${catalogue.source.unverified}`) : undefined;
  const sourceUrl = catalogue.source.url ? text(catalogue.source.url) : undefined;
  return {
    catalog: {
      uuid: uuid(),
      metadata: {
        title: text(catalogue.title) ?? catalogue.id,
        'last-modified': now.toISOString(),
        version: text(catalogue.source.version) ?? 'onbekend',
        'oscal-version': OSCAL_VERSION,
        props: [
          { name: 'catalogue-id', ns: WEERBAAR_OSCAL_NS, value: catalogue.id },
          { name: 'text', ns: WEERBAAR_OSCAL_NS, value: catalogue.source.text },
        ],
        links: [{ href: `#${sourceUuid}`, rel: 'source' }],
        ...(remarks ? { remarks } : {}),
      },
      ...(catalogue.sections.length > 0 ? { groups: catalogue.sections.map(group) } : {}),
      'back-matter': {
        resources: [
          {
            uuid: sourceUuid,
            title: 'Bron',
            citation: { text: text(catalogue.source.citation) ?? catalogue.id },
            ...(sourceUrl ? { rlinks: [{ href: sourceUrl }] } : {}),
          },
        ],
      },
    },
  };
}

// --- import -------------------------------------------------------------------------------------------

// Every text is TextSchema: the catalogue is stored as jsonb, which cannot hold U+0000 (a 400, not a 500).

const PropSchema = z.object({
  name: TextSchema,
  value: TextSchema,
  ns: TextSchema.optional(),
  class: TextSchema.optional(),
});

const PartSchema: z.ZodType<OscalPart> = z.lazy(() =>
  z.object({
    id: TextSchema.optional(),
    name: TextSchema,
    prose: TextSchema.optional(),
    parts: z.array(PartSchema).optional(),
  }),
);

const ControlSchema: z.ZodType<OscalControl> = z.lazy(() =>
  z.object({
    id: TextSchema.min(1),
    title: TextSchema,
    props: z.array(PropSchema).optional(),
    parts: z.array(PartSchema).optional(),
    controls: z.array(ControlSchema).optional(),
  }),
);

const GroupSchema: z.ZodType<OscalGroup> = z.lazy(() =>
  z.object({
    id: TextSchema.optional(),
    title: TextSchema,
    props: z.array(PropSchema).optional(),
    controls: z.array(ControlSchema).optional(),
    groups: z.array(GroupSchema).optional(),
  }),
);

/** The part of an OSCAL catalog document the importer reads (zod drops the rest). */
export const OscalCatalogImportSchema = z.object({
  catalog: z.object({
    uuid: TextSchema,
    metadata: z.object({
      title: TextSchema.min(1),
      version: TextSchema.min(1),
      'oscal-version': TextSchema.min(1),
    }),
    controls: z.array(ControlSchema).optional(),
    groups: z.array(GroupSchema).optional(),
  }),
});

export interface OscalImportOptions {
  /** The catalogue id to use; derived from the catalog's title when absent. */
  catalogueId?: string;
  /** Catalogue ids already taken (the built-in ones by default); a derived id never equals one. */
  takenIds?: readonly string[];
}

export type OscalImportResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: string[] };

/** A catalogue id from a title: lower-case kebab, at most 40 characters, never one already taken. */
export function deriveCatalogueId(title: string, taken: readonly string[] = CATALOGUES.map((c) => c.id)): string {
  const slug =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-+|-+$/g, '') || 'oscal-import';
  let id = slug;
  for (let n = 2; taken.includes(id); n++) id = `${slug}-${n}`;
  return id;
}

const labelOf = (c: { id?: string; props?: OscalProp[] }, fallback: string): string => {
  const labels = (c.props ?? []).filter((p) => p.name === 'label' && (p.ns === undefined || p.ns.includes('oscal')));
  return (labels.find((p) => p.class === undefined) ?? labels[0])?.value.trim() || fallback;
};

function statementProse(parts: readonly OscalPart[] | undefined): string[] {
  return (parts ?? []).flatMap((p) => [...(p.prose ? [p.prose.trim()] : []), ...statementProse(p.parts)]);
}

export function importOscalCatalog(document: unknown, options: OscalImportOptions = {}): OscalImportResult {
  const parsed = OscalCatalogImportSchema.safeParse(document);
  if (!parsed.success)
    return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`) };
  const { catalog } = parsed.data;
  const catalogueId = options.catalogueId ?? deriveCatalogueId(catalog.metadata.title, options.takenIds);
  if (!/^[a-z0-9-]+$/.test(catalogueId))
    return { ok: false, issues: [`catalogue id '${catalogueId}' is not lower-case kebab`] };

  const issues: string[] = [];
  const seen = new Set<string>();
  const requirementsOf = (controls: readonly OscalControl[] | undefined, parents: readonly string[]): Requirement[] =>
    (controls ?? []).flatMap((c) => {
      const local = c.id.replace(/[^A-Za-z0-9.()_-]/g, '_');
      const id = `${catalogueId}:${local}`;
      if (!RequirementIdSchema.safeParse(id).success) issues.push(`control '${c.id}': id '${id}' is too long`);
      else if (seen.has(id)) issues.push(`control '${c.id}': id '${id}' occurs twice`);
      seen.add(id);
      const path = [...parents, labelOf(c, c.id)];
      const description = statementProse(c.parts?.filter((p) => p.name === 'statement')).join('\n');
      const requirement: Requirement = {
        id,
        ref: path.join(' > '),
        title: c.title.trim() || c.id,
        ...(description ? { description } : {}),
      };
      return [requirement, ...requirementsOf(c.controls, path)];
    });

  const sections: CatalogueSection[] = [];
  if (catalog.controls?.length)
    sections.push({
      ref: '',
      title: 'Maatregelen buiten een groep',
      requirements: requirementsOf(catalog.controls, []),
    });
  const walk = (groups: readonly OscalGroup[] | undefined, parents: readonly string[], titles: readonly string[]) => {
    for (const g of groups ?? []) {
      const path = [...parents, labelOf(g, g.id ?? g.title)];
      const title = [...titles, g.title.trim()].join(' — ');
      const requirements = requirementsOf(g.controls, []);
      if (requirements.length > 0) sections.push({ ref: path.join(' > '), title, requirements });
      walk(g.groups, path, [...titles, g.title.trim()]);
    }
  };
  walk(catalog.groups, [], []);
  if (sections.length === 0) issues.push('the catalog holds no controls');
  if (issues.length > 0) return { ok: false, issues };

  const { title, version } = catalog.metadata;
  return {
    ok: true,
    catalogue: {
      id: catalogueId,
      title: title.trim(),
      source: {
        citation: `${title.trim()}, versie ${version} (OSCAL-catalogus ${catalog.metadata['oscal-version']}, uuid ${catalog.uuid})`,
        version,
        text: 'full',
      },
      sections,
    },
  };
}
