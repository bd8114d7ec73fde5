// The authority writes its own advisories (issue 14 item 4): a short form becomes a CSAF 2.0 document of
// category csaf_security_advisory (profile §4.5: document notes and references, a product tree,
// vulnerabilities with product status). The TLP 2.0 label chosen is written as its TLP 1.0 equivalent
// (core sharing/tlp.ts; AMBER+STRICT becomes RED, never wider).
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { TlpLabelSchema, tlpToVersion1 } from '../sharing/tlp.ts';
import { CpeSchema, PurlSchema } from './advisory.contracts.ts';
import { cvss3BaseScore } from './cvss.ts';

// TextSchema refuses what PostgreSQL cannot store (U+0000, unpaired surrogates): a 400, never a 500.
const Text = (max: number) => TextSchema.trim().min(1).max(max);

export const AuthoredProductSchema = z.object({
  vendor: Text(200),
  product: Text(200),
  /** A `vers` range ("vers:generic/>=1.0|<2.0") or an exact version. */
  versions: Text(200),
  status: z.enum(['known_affected', 'fixed', 'known_not_affected']),
  cpe: CpeSchema.optional(),
  purl: PurlSchema.optional(),
});

export const AdvisoryAuthorSchema = z.object({
  trackingId: TextSchema.trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,60}$/, 'tracking_id'),
  title: Text(300),
  summary: Text(4000),
  tlp: TlpLabelSchema,
  products: z.array(AuthoredProductSchema).min(1).max(100),
  vulnerabilities: z
    .array(
      z.object({
        cve: z.string().regex(/^CVE-[0-9]{4}-[0-9]{4,}$/, 'cve'),
        title: Text(300).optional(),
        description: Text(4000),
        cvssVector: z
          .string()
          .regex(/^CVSS:3\.[01]\/AV:[NALP]\/AC:[LH]\/PR:[NLH]\/UI:[NR]\/S:[UC]\/C:[NLH]\/I:[NLH]\/A:[NLH]$/, 'cvss')
          .optional(),
        remediation: Text(4000),
        remediationUrl: z.url().max(1000).optional(),
      }),
    )
    .min(1)
    .max(50),
  // Its audience under the one TLP rule (platform/tlp-visibility.ts): the community it is shared with
  // (default: the publisher's own all-entities community), and named organisations (AMBER, AMBER+STRICT)
  // or people (RED). Without named people a RED advisory stays with its publisher.
  communityId: z.uuid().optional(),
  recipientOrgIds: z.array(z.uuid()).max(200).optional(),
  recipientUserIds: z.array(z.uuid()).max(200).optional(),
});
export type AdvisoryAuthor = z.infer<typeof AdvisoryAuthorSchema>;

function severity(score: number): string {
  if (score === 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
}

/** The CSAF 2.0 document of an authored advisory, release 1 at `now`. */
export function buildCsafAdvisory(
  input: AdvisoryAuthor,
  publisher: { name: string; namespace: string },
  now: Date,
  generator = 'Weerbaar',
): Record<string, unknown> {
  const at = now.toISOString();
  const ids = input.products.map((_p, i) => `WB-PID-${String(i + 1).padStart(4, '0')}`);
  // Branches vendor → product name → version (range), as CSAF §3.1.2.3 describes a product tree.
  const vendors = new Map<
    string,
    Map<string, { id: string; versions: string; p: (typeof input.products)[number] }[]>
  >();
  input.products.forEach((p, i) => {
    const byProduct = vendors.get(p.vendor) ?? vendors.set(p.vendor, new Map()).get(p.vendor)!;
    (byProduct.get(p.product) ?? byProduct.set(p.product, []).get(p.product)!).push({
      id: ids[i]!,
      versions: p.versions,
      p,
    });
  });
  const branches = [...vendors].map(([vendor, products]) => ({
    category: 'vendor',
    name: vendor,
    branches: [...products].map(([product, versions]) => ({
      category: 'product_name',
      name: product,
      branches: versions.map(({ id, versions: v, p }) => {
        const isRange = /^vers:|[<>|*]/.test(v);
        const helper = { ...(p.cpe ? { cpe: p.cpe } : {}), ...(p.purl ? { purl: p.purl } : {}) };
        return {
          category: isRange ? 'product_version_range' : 'product_version',
          name: v,
          product: {
            name: `${vendor} ${product} ${v}`,
            product_id: id,
            ...(Object.keys(helper).length > 0 ? { product_identification_helper: helper } : {}),
          },
        };
      }),
    })),
  }));
  const status = (s: string) => ids.filter((_id, i) => input.products[i]!.status === s);
  const affected = status('known_affected');
  const productStatus = {
    ...(affected.length > 0 ? { known_affected: affected } : {}),
    ...(status('fixed').length > 0 ? { fixed: status('fixed') } : {}),
    ...(status('known_not_affected').length > 0 ? { known_not_affected: status('known_not_affected') } : {}),
  };
  return {
    document: {
      category: 'csaf_security_advisory',
      csaf_version: '2.0',
      title: input.title,
      lang: 'nl',
      publisher: { category: 'coordinator', name: publisher.name, namespace: publisher.namespace },
      distribution: { tlp: { label: tlpToVersion1(input.tlp), url: 'https://www.first.org/tlp/' } },
      notes: [{ category: 'summary', title: 'Samenvatting', text: input.summary }],
      references: [
        {
          category: 'self',
          summary: 'Dit advies',
          url: `${publisher.namespace}/.well-known/csaf/advisories/${input.trackingId}.json`,
        },
      ],
      tracking: {
        id: input.trackingId,
        status: 'final',
        version: '1',
        initial_release_date: at,
        current_release_date: at,
        generator: { date: at, engine: { name: generator } },
        revision_history: [{ date: at, number: '1', summary: 'Eerste publicatie' }],
      },
    },
    product_tree: { branches },
    vulnerabilities: input.vulnerabilities.map((v) => ({
      cve: v.cve,
      ...(v.title ? { title: v.title } : {}),
      notes: [{ category: 'description', title: 'Beschrijving', text: v.description }],
      product_status: productStatus,
      ...(affected.length > 0
        ? {
            remediations: [
              {
                category: 'vendor_fix',
                details: v.remediation,
                product_ids: affected,
                ...(v.remediationUrl ? { url: v.remediationUrl } : {}),
              },
            ],
          }
        : {}),
      ...(v.cvssVector && affected.length > 0
        ? {
            scores: [
              {
                products: affected,
                cvss_v3: {
                  version: v.cvssVector.startsWith('CVSS:3.1') ? '3.1' : '3.0',
                  vectorString: v.cvssVector,
                  baseScore: cvss3BaseScore(v.cvssVector)!,
                  baseSeverity: severity(cvss3BaseScore(v.cvssVector)!),
                },
              },
            ],
          }
        : {}),
    })),
  };
}
