import type {
  AdvisoryAlert,
  AdvisoryDetail,
  AdvisoryFacts,
  AdvisorySummary,
  PublicAdvisoryDetail,
  PublicAdvisorySummary,
} from '@weerbaar/core/advisories';
import type { AdvisoryListRow, AlertListRow } from '../../repositories/advisory.repository.ts';
import { remediationsFor } from './advisory-matching.ts';

export function presentAdvisorySummary(row: AdvisoryListRow, knownExploited: boolean): AdvisorySummary {
  return {
    id: row.id,
    trackingId: row.tracking_id,
    version: row.version,
    title: row.title,
    publisher: row.publisher_name,
    tlp: row.tlp,
    releasedAt: row.current_release_date.toISOString(),
    cves: row.cves,
    maxCvss: row.max_cvss === null ? null : Number(row.max_cvss),
    knownExploited,
    fromAuthority: row.publisher_kind === 'authority',
  };
}

type ProductStatus = AdvisoryDetail['products'][number]['status'];

export function presentAdvisoryDetail(
  row: AdvisoryListRow & { facts: AdvisoryFacts },
  kev: ReadonlySet<string>,
): AdvisoryDetail {
  const f = row.facts;
  const statusOf = new Map<string, ProductStatus>();
  for (const v of f.vulnerabilities) {
    for (const id of v.notAffected) statusOf.set(id, 'not_affected');
    for (const id of v.fixed) statusOf.set(id, 'fixed');
    // Affected by one vulnerability is what a reader must see first.
    for (const id of v.affected) statusOf.set(id, 'known_affected');
  }
  return {
    ...presentAdvisorySummary(
      row,
      row.cves.some((c) => kev.has(c)),
    ),
    products: f.products.map((p) => ({
      productId: p.productId,
      name: p.name,
      status: statusOf.get(p.productId) ?? 'other',
      ...(p.cpe ? { cpe: p.cpe } : {}),
      ...(p.purl ? { purl: p.purl } : {}),
    })),
    vulnerabilities: f.vulnerabilities.map((v) => ({
      ...(v.cve ? { cve: v.cve } : {}),
      ...(v.title ? { title: v.title } : {}),
      ...(v.cvss ? { cvss: v.cvss } : {}),
      knownExploited: v.cve !== undefined && kev.has(v.cve),
      remediations: v.remediations.map((r) => ({
        category: r.category,
        details: r.details,
        ...(r.url ? { url: r.url } : {}),
      })),
    })),
  };
}

/** Only ever called with rows the anonymous viewer's filter gave (shared CLEAR); throws if one is not. */
function assertPublic(row: AdvisoryListRow): void {
  if (row.tlp !== 'CLEAR' || !row.shared) throw new Error('Only a shared TLP:CLEAR advisory may be shown publicly');
}

export function presentPublicAdvisorySummary(
  row: AdvisoryListRow & { product_names: string[]; product_count: number },
  kev: ReadonlySet<string>,
): PublicAdvisorySummary {
  assertPublic(row);
  const { fromAuthority: _, ...summary } = presentAdvisorySummary(
    row,
    row.cves.some((c) => kev.has(c)),
  );
  return { ...summary, tlp: 'CLEAR', products: row.product_names, productCount: Number(row.product_count) };
}

export function presentPublicAdvisoryDetail(
  row: AdvisoryListRow & { facts: AdvisoryFacts },
  kev: ReadonlySet<string>,
): PublicAdvisoryDetail {
  assertPublic(row);
  const { fromAuthority: _, ...detail } = presentAdvisoryDetail(row, kev);
  return { ...detail, tlp: 'CLEAR' };
}

export function presentAlert(
  row: AlertListRow,
  vulnerabilities: AdvisoryFacts['vulnerabilities'],
  services: AdvisoryAlert['services'],
): AdvisoryAlert {
  return {
    id: row.id,
    advisory: { id: row.advisory_id, trackingId: row.tracking_id, title: row.title, tlp: row.tlp },
    asset: { id: row.asset_id, name: row.asset_name },
    item: { vendor: row.vendor, product: row.product, version: row.item_version },
    cves: row.cves,
    knownExploited: row.known_exploited,
    versionCertain: row.version_certain,
    matchedOn: row.matched_on,
    remediations: remediationsFor({ vulnerabilities }, row.product_ids, row.cves),
    services,
    createdAt: row.created_at.toISOString(),
  };
}
