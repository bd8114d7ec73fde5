// The organisation's implementation as an OSCAL component-definition (issue 12 item 6, second half).
//
// Why a component-definition and not an SSP: an OSCAL SSP requires system characteristics Weerbaar does
// not hold (system ids, information types with their confidentiality/integrity/availability impact, the
// authorisation boundary, users and an inventory of components). What we hold is, per requirement of
// each adopted catalogue, how the organisation implements it, its status and its evidence: that is what
// a component-definition carries (one component, "this-system": the organisation's network and
// information systems as a whole; one control-implementation per catalogue). See docs/MEASURES-EXPORTS.md.
//
// Mapping:
// - control-implementation.source → a back-matter resource naming the catalogue (its source and version);
//   control-id → the control id exportOscalCatalog gives the requirement (so the two exports fit together);
// - status → prop `implementation-status` (the OSCAL values: implemented, partial, planned, not-applicable;
//   not-started is "planned") and a Weerbaar prop with our own code;
// - how it is done → description; a justification (not applicable, 2024/2690 Art. 2(2)) → remarks;
// - owner, maturity, due and review dates → Weerbaar props;
// - evidence links and files → back-matter resources (files with their SHA-256), linked with rel "evidence";
// - the risks the requirement mitigates (risks that name it as an existing measure) → one back-matter
//   resource per risk (its id, title, score and band as Weerbaar props, its API path as rlink), linked from
//   every requirement that mitigates it with rel "mitigates" (OSCAL's rel is an open token), and a Weerbaar
//   prop `mitigates-risk` per risk on the requirement so a reader that ignores links still has the ids.
import type { Catalogue } from './catalogue.contracts.ts';
import type { ImplementationStatus, Measure } from './implementation.contracts.ts';
import { exportOscalCatalog, OSCAL_VERSION, WEERBAAR_OSCAL_NS } from './oscal-catalog.ts';

interface Prop {
  name: string;
  value: string;
  ns?: string;
}
interface Link {
  href: string;
  rel?: string;
  text?: string;
}
interface Resource {
  uuid: string;
  title?: string;
  description?: string;
  props?: Prop[];
  citation?: { text: string };
  rlinks?: { href: string; 'media-type'?: string; hashes?: { algorithm: string; value: string }[] }[];
}
export interface OscalImplementedRequirement {
  uuid: string;
  'control-id': string;
  description: string;
  props: Prop[];
  links?: Link[];
  remarks?: string;
}
export interface OscalComponentDefinitionDocument {
  'component-definition': {
    uuid: string;
    metadata: {
      title: string;
      'last-modified': string;
      version: string;
      'oscal-version': string;
      props?: Prop[];
      remarks?: string;
    };
    components: {
      uuid: string;
      type: string;
      title: string;
      description: string;
      props?: Prop[];
      'control-implementations'?: {
        uuid: string;
        source: string;
        description: string;
        'implemented-requirements': OscalImplementedRequirement[];
      }[];
    }[];
    'back-matter'?: { resources: Resource[] };
  };
}

/** OSCAL's implementation-status values (SSP `implementation-status` state, used here as a prop). */
export const OSCAL_IMPLEMENTATION_STATUS: Record<ImplementationStatus, string> = {
  implemented: 'implemented',
  partial: 'partial',
  'not-started': 'planned',
  'not-applicable': 'not-applicable',
};

export interface EvidenceFileRef {
  requirementId: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  /** Where the file can be fetched (the API's download path). */
  href: string;
}

export interface ComponentDefinitionInput {
  organisation: string;
  /** The adopted catalogues, in the order to export them. */
  catalogues: readonly Catalogue[];
  /** The organisation's measures (every requirement of the adopted catalogues, with its implementation). */
  measures: readonly Measure[];
  evidenceFiles?: readonly EvidenceFileRef[];
  now?: Date;
  uuid?: () => string;
}

const webCryptoUuid = (): string => (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();

/** OSCAL strings may not be empty nor start or end with whitespace. */
const text = (raw: string | null | undefined): string | undefined => {
  const t = raw?.trim();
  return t ? t : undefined;
};

const MATURITY_NAME = 'maturity';

export function exportOscalComponentDefinition(input: ComponentDefinitionInput): OscalComponentDefinitionDocument {
  const uuid = input.uuid ?? webCryptoUuid;
  const now = input.now ?? new Date();
  const resources: Resource[] = [];
  const byRequirement = new Map(input.measures.map((m) => [m.requirementId, m]));
  // One resource per risk, however many requirements mitigate it.
  const riskResources = new Map<string, string>();
  const riskLink = (risk: Measure['risks'][number]): Link => {
    let id = riskResources.get(risk.id);
    if (!id) {
      id = uuid();
      riskResources.set(risk.id, id);
      resources.push({
        uuid: id,
        title: text(risk.title) ?? risk.id,
        props: [
          { name: 'risk-id', ns: WEERBAAR_OSCAL_NS, value: risk.id },
          { name: 'risk-score', ns: WEERBAAR_OSCAL_NS, value: String(risk.score) },
          ...(text(risk.band) ? [{ name: 'risk-band', ns: WEERBAAR_OSCAL_NS, value: text(risk.band)! }] : []),
        ],
        rlinks: [{ href: `/api/v1/risks/${risk.id}` }],
      });
    }
    return { href: `#${id}`, rel: 'mitigates', ...(text(risk.title) ? { text: text(risk.title) } : {}) };
  };
  const filesByRequirement = new Map<string, EvidenceFileRef[]>();
  for (const f of input.evidenceFiles ?? []) {
    filesByRequirement.set(f.requirementId, [...(filesByRequirement.get(f.requirementId) ?? []), f]);
  }
  const w = (name: string, value: string | number | null | undefined): Prop[] => {
    const v = value === null || value === undefined ? undefined : text(String(value));
    return v ? [{ name, ns: WEERBAAR_OSCAL_NS, value: v }] : [];
  };

  const controlImplementations = input.catalogues.map((catalogue) => {
    // The control ids of our OSCAL catalog export, so a reader can resolve each control-id there.
    const catalog = exportOscalCatalog(catalogue, { now, uuid });
    const controlIds = new Map<string, string>();
    for (const g of catalog.catalog.groups ?? [])
      for (const c of g.controls ?? []) {
        const rid = c.props?.find((p) => p.name === 'requirement-id')?.value;
        if (rid) controlIds.set(rid, c.id);
      }
    const sourceUuid = uuid();
    const url = text(catalogue.source.url);
    resources.push({
      uuid: sourceUuid,
      title: text(catalogue.title) ?? catalogue.id,
      citation: { text: text(catalogue.source.citation) ?? catalogue.id },
      props: [
        { name: 'catalogue-id', ns: WEERBAAR_OSCAL_NS, value: catalogue.id },
        { name: 'version', ns: WEERBAAR_OSCAL_NS, value: text(catalogue.source.version) ?? 'onbekend' },
      ],
      ...(url ? { rlinks: [{ href: url }] } : {}),
    });
    const implemented = catalogue.sections.flatMap((s) =>
      s.requirements.flatMap((r): OscalImplementedRequirement[] => {
        const m = byRequirement.get(r.id);
        const controlId = controlIds.get(r.id);
        if (!m || !controlId) return [];
        const links: Link[] = [];
        for (const l of m.evidenceLinks) {
          const id = uuid();
          resources.push({ uuid: id, title: text(l.label) ?? l.url, rlinks: [{ href: l.url }] });
          links.push({ href: `#${id}`, rel: 'evidence', ...(text(l.label) ? { text: text(l.label) } : {}) });
        }
        for (const f of filesByRequirement.get(r.id) ?? []) {
          const id = uuid();
          resources.push({
            uuid: id,
            title: text(f.fileName) ?? 'bestand',
            rlinks: [
              {
                href: f.href,
                'media-type': f.mediaType,
                hashes: [{ algorithm: 'SHA-256', value: f.sha256 }],
              },
            ],
          });
          links.push({ href: `#${id}`, rel: 'evidence', ...(text(f.fileName) ? { text: text(f.fileName) } : {}) });
        }
        for (const risk of m.risks) links.push(riskLink(risk));
        const remarks = m.status === 'not-applicable' ? text(m.justification) : undefined;
        return [
          {
            uuid: uuid(),
            'control-id': controlId,
            description:
              text(m.howImplemented) ??
              (m.status === 'not-applicable' ? 'Niet van toepassing.' : 'Nog niet beschreven hoe dit is geregeld.'),
            props: [
              { name: 'implementation-status', value: OSCAL_IMPLEMENTATION_STATUS[m.status] },
              ...w('status', m.status),
              ...w('requirement-id', r.id),
              ...w('label', r.ref),
              ...w('owner', m.owner),
              ...w(MATURITY_NAME, m.maturity),
              ...w('due-date', m.dueDate),
              ...w('review-date', m.reviewDate),
              ...(m.creditedBy.length > 0 ? w('credited-by', m.creditedBy.join(' ')) : []),
              ...m.risks.flatMap((risk) => w('mitigates-risk', risk.id)),
            ],
            ...(links.length > 0 ? { links } : {}),
            ...(remarks ? { remarks } : {}),
          },
        ];
      }),
    );
    return {
      uuid: uuid(),
      source: `#${sourceUuid}`,
      description: `Uitvoering van ${text(catalogue.title) ?? catalogue.id} (${text(catalogue.source.version) ?? 'versie onbekend'}).`,
      'implemented-requirements': implemented,
    };
  });

  // OSCAL wants at least one implemented requirement per control-implementation.
  const withRequirements = controlImplementations.filter((c) => c['implemented-requirements'].length > 0);
  const organisation = text(input.organisation) ?? 'Organisatie';
  return {
    'component-definition': {
      uuid: uuid(),
      metadata: {
        title: `Maatregelen van ${organisation}`,
        'last-modified': now.toISOString(),
        version: now.toISOString(),
        'oscal-version': OSCAL_VERSION,
        props: [{ name: 'organisation', ns: WEERBAAR_OSCAL_NS, value: organisation }],
        remarks:
          'Gemaakt door Weerbaar. Per eis van elk aangenomen kader: status, hoe het is geregeld en het bewijs. Statussen volgen OSCAL implementation-status; "planned" is bij ons "nog niet begonnen".',
      },
      components: [
        {
          uuid: uuid(),
          type: 'this-system',
          title: organisation,
          description: `De netwerk- en informatiesystemen van ${organisation} en de maatregelen die de organisatie daarvoor neemt.`,
          ...(withRequirements.length > 0 ? { 'control-implementations': withRequirements } : {}),
        },
      ],
      ...(resources.length > 0 ? { 'back-matter': { resources } } : {}),
    },
  };
}
