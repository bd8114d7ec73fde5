import type { AdvisoryAuthor } from '@weerbaar/core/advisories';
import type { TlpLabel } from '@weerbaar/core/sharing';

export const PRODUCT_STATUSES = ['known_affected', 'fixed', 'known_not_affected'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface ProductRow {
  vendor: string;
  product: string;
  versions: string;
  status: ProductStatus;
  cpe: string;
  purl: string;
}

export interface VulnerabilityRow {
  cve: string;
  title: string;
  description: string;
  cvssVector: string;
  remediation: string;
  remediationUrl: string;
}

export const emptyProduct = (): ProductRow => ({
  vendor: '',
  product: '',
  versions: '',
  status: 'known_affected',
  cpe: '',
  purl: '',
});

export const emptyVulnerability = (): VulnerabilityRow => ({
  cve: '',
  title: '',
  description: '',
  cvssVector: '',
  remediation: '',
  remediationUrl: '',
});

const optional = (value: string) => {
  const v = value.trim();
  return v === '' ? undefined : v;
};

/**
 * The request body of the publish form: text trimmed, empty optional fields left out (the contract refuses an
 * empty CPE or URL), a CVE id and a CVSS vector in the case their formats require. The server checks the rest
 * with the same contract (core advisories/csaf-author.ts).
 */
export function advisoryBody(input: {
  trackingId: string;
  title: string;
  summary: string;
  tlp: TlpLabel;
  products: readonly ProductRow[];
  vulnerabilities: readonly VulnerabilityRow[];
}): AdvisoryAuthor {
  return {
    trackingId: input.trackingId.trim(),
    title: input.title.trim(),
    summary: input.summary.trim(),
    tlp: input.tlp,
    products: input.products.map((p) => ({
      vendor: p.vendor.trim(),
      product: p.product.trim(),
      versions: p.versions.trim(),
      status: p.status,
      ...(optional(p.cpe) ? { cpe: optional(p.cpe) } : {}),
      ...(optional(p.purl) ? { purl: optional(p.purl) } : {}),
    })),
    vulnerabilities: input.vulnerabilities.map((v) => ({
      cve: v.cve.trim().toUpperCase(),
      ...(optional(v.title) ? { title: optional(v.title) } : {}),
      description: v.description.trim(),
      ...(optional(v.cvssVector) ? { cvssVector: optional(v.cvssVector)!.toUpperCase() } : {}),
      remediation: v.remediation.trim(),
      ...(optional(v.remediationUrl) ? { remediationUrl: optional(v.remediationUrl) } : {}),
    })),
  };
}
