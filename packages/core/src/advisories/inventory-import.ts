// Reading a product inventory from a CSV file or a software bill of materials (issue 14 item 5):
// CycloneDX JSON (components with supplier/manufacturer, name, version, cpe, purl; nested components
// too) and SPDX 2.x JSON (packages with supplier, versionInfo and external references of type cpe23Type
// and purl). A CSV has a header line with the columns asset, vendor, product, version, cpe, purl (any
// order; `;` or `,` separated, as Dutch spreadsheets write `;`). Pure: the server resolves asset names.

export interface ImportedProduct {
  /** The asset's name (CSV only; an SBOM describes the asset it is imported for). */
  asset?: string;
  vendor?: string;
  product?: string;
  version?: string;
  cpe?: string;
  purl?: string;
  /** 1-based line (CSV) or position (SBOM) for error messages. */
  line: number;
}

export interface InventoryParse {
  products: ImportedProduct[];
  errors: { line: number; reason: string }[];
}

/** RFC 4180 fields: quotes around a field, "" for a quote inside, line breaks inside quotes. */
export function parseCsvRows(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const COLUMNS = ['asset', 'vendor', 'product', 'version', 'cpe', 'purl'] as const;

const clean = (v: string | undefined | null) => {
  const t = v?.trim();
  return t ? t : undefined;
};

function product(fields: Omit<ImportedProduct, 'line'>, line: number): ImportedProduct {
  const out: ImportedProduct = { line };
  for (const k of COLUMNS) {
    const v = clean(fields[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function identified(p: ImportedProduct): boolean {
  return Boolean(p.cpe || p.purl || (p.vendor && p.product));
}

export function parseInventoryCsv(text: string): InventoryParse {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const rows = parseCsvRows(text.replace(/^\uFEFF/, ''), separator);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const errors: InventoryParse['errors'] = [];
  if (!header.includes('asset')) return { products: [], errors: [{ line: 1, reason: 'column asset missing' }] };
  const products: ImportedProduct[] = [];
  rows.slice(1).forEach((r, i) => {
    const fields: Record<string, string> = {};
    header.forEach((h, j) => (fields[h] = r[j] ?? ''));
    const p = product(fields, i + 2);
    if (!p.asset) errors.push({ line: p.line, reason: 'asset missing' });
    else if (!identified(p)) errors.push({ line: p.line, reason: 'needs cpe, purl, or vendor and product' });
    else products.push(p);
  });
  return { products, errors };
}

interface CdxComponent {
  name?: string;
  group?: string;
  version?: string;
  publisher?: string;
  supplier?: { name?: string };
  manufacturer?: { name?: string };
  author?: string;
  cpe?: string;
  purl?: string;
  components?: CdxComponent[];
}

export function parseCycloneDx(json: unknown): InventoryParse {
  const bom = json as { bomFormat?: string; components?: CdxComponent[] };
  if (bom?.bomFormat !== 'CycloneDX')
    return { products: [], errors: [{ line: 0, reason: 'not a CycloneDX JSON BOM' }] };
  const products: ImportedProduct[] = [];
  const errors: InventoryParse['errors'] = [];
  let n = 0;
  const walk = (components: CdxComponent[]) => {
    for (const c of components) {
      n++;
      const p = product(
        {
          vendor: c.supplier?.name ?? c.manufacturer?.name ?? c.publisher ?? c.group ?? c.author,
          product: c.name,
          version: c.version,
          cpe: c.cpe,
          purl: c.purl,
        },
        n,
      );
      if (identified(p)) products.push(p);
      else errors.push({ line: n, reason: `component ${c.name ?? '?'}: needs cpe, purl, or supplier and name` });
      if (c.components) walk(c.components);
    }
  };
  walk(bom.components ?? []);
  return { products, errors };
}

interface SpdxPackage {
  name?: string;
  versionInfo?: string;
  supplier?: string;
  originator?: string;
  externalRefs?: { referenceCategory?: string; referenceType?: string; referenceLocator?: string }[];
}

/** "Organization: Siemens AG" → "Siemens AG"; NOASSERTION is no supplier. */
function spdxParty(value: string | undefined): string | undefined {
  if (!value || value === 'NOASSERTION') return undefined;
  return value.replace(/^(Organization|Person|Tool):\s*/i, '').replace(/\s*\([^)]*@[^)]*\)\s*$/, '');
}

export function parseSpdx(json: unknown): InventoryParse {
  const doc = json as { spdxVersion?: string; packages?: SpdxPackage[] };
  if (typeof doc?.spdxVersion !== 'string')
    return { products: [], errors: [{ line: 0, reason: 'not an SPDX JSON document' }] };
  const products: ImportedProduct[] = [];
  const errors: InventoryParse['errors'] = [];
  (doc.packages ?? []).forEach((pkg, i) => {
    const ref = (type: string) => pkg.externalRefs?.find((r) => r.referenceType === type)?.referenceLocator;
    const p = product(
      {
        vendor: spdxParty(pkg.supplier) ?? spdxParty(pkg.originator),
        product: pkg.name,
        version: pkg.versionInfo === 'NOASSERTION' ? undefined : pkg.versionInfo,
        cpe: ref('cpe23Type'),
        purl: ref('purl'),
      },
      i + 1,
    );
    if (identified(p)) products.push(p);
    else errors.push({ line: i + 1, reason: `package ${pkg.name ?? '?'}: needs cpe, purl, or supplier and name` });
  });
  return { products, errors };
}
