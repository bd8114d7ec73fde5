// What Weerbaar reads from a CSAF 2.0 advisory (OASIS CSAF v2.0, csaf_json_schema.json): the document's
// identity and TLP label (§3.2.1.5), the products of the product tree (§3.1.2 branches with their
// product_identification_helper: cpe, purl; §3.2.2.4 relationships), and per vulnerability its CVE, CVSS
// score, product status (§3.2.3.9) and remediations (§3.2.3.12). The document itself is kept whole;
// these facts are what matching and the Dutch screen need. Expects a document that passed validation.
import type { Tlp1Label } from '../sharing/tlp.ts';

export interface AdvisoryProduct {
  productId: string;
  /** The full product name as the advisory writes it. */
  name: string;
  vendor?: string;
  product?: string;
  /** An exact version (branch category product_version). */
  version?: string;
  /** A `vers` or `vls` range (branch category product_version_range). */
  range?: string;
  cpe?: string;
  purl?: string;
}

export interface AdvisoryRemediation {
  category: string;
  details: string;
  url?: string;
  /** Products (groups expanded) it applies to; empty: the whole vulnerability. */
  productIds: string[];
}

export interface AdvisoryVulnerability {
  cve?: string;
  title?: string;
  cvss?: { score: number; severity?: string; vector: string };
  /** known_affected, first_affected, last_affected. */
  affected: string[];
  /** fixed, first_fixed. */
  fixed: string[];
  /** known_not_affected. */
  notAffected: string[];
  remediations: AdvisoryRemediation[];
}

export interface AdvisoryFacts {
  trackingId: string;
  version: string;
  status: string;
  title: string;
  publisher: string;
  category: string;
  tlp1?: Tlp1Label;
  initialReleaseDate: string;
  currentReleaseDate: string;
  products: AdvisoryProduct[];
  vulnerabilities: AdvisoryVulnerability[];
  cves: string[];
}

interface Helper {
  cpe?: string;
  purl?: string;
}
interface FullProductName {
  name: string;
  product_id: string;
  product_identification_helper?: Helper;
}
interface Branch {
  category: string;
  name: string;
  branches?: Branch[];
  product?: FullProductName;
}
interface Relationship {
  category: string;
  product_reference: string;
  relates_to_product_reference: string;
  full_product_name: FullProductName;
}
interface CsafDoc {
  document: {
    category: string;
    title: string;
    publisher: { name: string };
    distribution?: { tlp?: { label?: Tlp1Label } };
    tracking: {
      id: string;
      version: string;
      status: string;
      initial_release_date: string;
      current_release_date: string;
    };
  };
  product_tree?: {
    branches?: Branch[];
    full_product_names?: FullProductName[];
    relationships?: Relationship[];
    product_groups?: { group_id: string; product_ids: string[] }[];
  };
  vulnerabilities?: {
    cve?: string;
    title?: string;
    product_status?: Record<string, string[] | undefined>;
    remediations?: { category: string; details: string; url?: string; product_ids?: string[]; group_ids?: string[] }[];
    scores?: { products: string[]; cvss_v3?: { baseScore: number; baseSeverity?: string; vectorString: string } }[];
  }[];
}

function helperOf(p: FullProductName): Helper {
  const h = p.product_identification_helper ?? {};
  return { ...(h.cpe ? { cpe: h.cpe } : {}), ...(h.purl ? { purl: h.purl } : {}) };
}

function walk(branches: readonly Branch[], path: Record<string, string>, out: AdvisoryProduct[]): void {
  for (const b of branches) {
    const here = { ...path, [b.category]: b.name };
    if (b.product) {
      out.push({
        productId: b.product.product_id,
        name: b.product.name,
        ...(here.vendor ? { vendor: here.vendor } : {}),
        // The nearest product name; a tree without one names the product in the leaf only.
        product: here.product_name ?? here.product_family ?? b.product.name,
        ...(here.product_version ? { version: here.product_version } : {}),
        ...(here.product_version_range ? { range: here.product_version_range } : {}),
        ...helperOf(b.product),
      });
    }
    if (b.branches) walk(b.branches, here, out);
  }
}

const AFFECTED = ['known_affected', 'first_affected', 'last_affected'];
const FIXED = ['fixed', 'first_fixed'];

export function extractAdvisoryFacts(input: unknown): AdvisoryFacts {
  const doc = input as CsafDoc;
  const tree = doc.product_tree ?? {};
  const products: AdvisoryProduct[] = [];
  walk(tree.branches ?? [], {}, products);
  for (const p of tree.full_product_names ?? []) {
    products.push({ productId: p.product_id, name: p.name, product: p.name, ...helperOf(p) });
  }
  // A relationship ("component X installed on platform Y") is affected when its component is present:
  // it is matched by the component's identity under the relationship's own product id.
  const byId = new Map(products.map((p) => [p.productId, p]));
  for (const r of tree.relationships ?? []) {
    const component = byId.get(r.product_reference);
    if (!component) continue;
    products.push({ ...component, productId: r.full_product_name.product_id, name: r.full_product_name.name });
  }
  const groups = new Map((tree.product_groups ?? []).map((g) => [g.group_id, g.product_ids]));

  const vulnerabilities: AdvisoryVulnerability[] = (doc.vulnerabilities ?? []).map((v) => {
    const status = v.product_status ?? {};
    const pick = (keys: string[]) => [...new Set(keys.flatMap((k) => status[k] ?? []))];
    const score = v.scores?.find((s) => s.cvss_v3)?.cvss_v3;
    return {
      ...(v.cve ? { cve: v.cve } : {}),
      ...(v.title ? { title: v.title } : {}),
      ...(score
        ? {
            cvss: {
              score: score.baseScore,
              vector: score.vectorString,
              ...(score.baseSeverity ? { severity: score.baseSeverity } : {}),
            },
          }
        : {}),
      affected: pick(AFFECTED),
      fixed: pick(FIXED),
      notAffected: pick(['known_not_affected']),
      remediations: (v.remediations ?? []).map((r) => ({
        category: r.category,
        details: r.details,
        ...(r.url ? { url: r.url } : {}),
        productIds: [
          ...new Set([...(r.product_ids ?? []), ...(r.group_ids ?? []).flatMap((g) => groups.get(g) ?? [])]),
        ],
      })),
    };
  });
  const d = doc.document;
  return {
    trackingId: d.tracking.id,
    version: d.tracking.version,
    status: d.tracking.status,
    title: d.title,
    publisher: d.publisher.name,
    category: d.category,
    ...(d.distribution?.tlp?.label ? { tlp1: d.distribution.tlp.label } : {}),
    initialReleaseDate: d.tracking.initial_release_date,
    currentReleaseDate: d.tracking.current_release_date,
    products,
    vulnerabilities,
    cves: [...new Set(vulnerabilities.flatMap((v) => (v.cve ? [v.cve] : [])))],
  };
}
