import { describe, expect, it } from 'vitest';
import { compareVersions, inVersionRange, parseVersionRange } from '../../src/advisories/version-range.ts';
import { cpeParts, purlParts } from '../../src/advisories/product-match.ts';
import { cvss3BaseScore } from '../../src/advisories/cvss.ts';
import { parseCycloneDx, parseInventoryCsv, parseSpdx } from '../../src/advisories/inventory-import.ts';

const hit = (range: string, version: string) => inVersionRange(version, parseVersionRange(range));

describe('versions', () => {
  it('compares numbers as numbers and ignores a V/R prefix', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('V4.00', '4.0')).toBe(0);
    expect(compareVersions('R1.01.00', '1.2')).toBeLessThan(0);
    expect(compareVersions('7.5 SP2 Update 16', 'V7.5_SP2_Update_15')).toBeGreaterThan(0);
  });

  it('reads vers ranges with the vers interval rules', () => {
    expect(hit('vers:generic/>=2.0|<2.4', '2.3')).toBe(true);
    expect(hit('vers:generic/>=2.0|<2.4', '2.4')).toBe(false);
    expect(hit('vers:generic/>=2.0|<2.4', '1.9')).toBe(false);
    expect(hit('vers:all/*', '99')).toBe(true);
    expect(hit('vers:generic/<1.0|>=2.0|<3.0', '2.5')).toBe(true);
    expect(hit('vers:generic/<1.0|>=2.0|<3.0', '1.5')).toBe(false);
    expect(hit('vers:generic/>=1.0|!=1.2', '1.2')).toBe(false);
  });

  it('reads the vls forms of real CISA advisories', () => {
    expect(hit('<=V3.2', '3.2')).toBe(true);
    expect(hit('>=R1.01.00|<R2.03.00', '2.1')).toBe(true);
    expect(hit('8.001|8.002|9.001', '8.002')).toBe(true);
    expect(hit('8.001|8.002|9.001', '8.003')).toBe(false);
    expect(hit('<V7.5_SP2_Update_15', 'V7.5 SP2 Update 14')).toBe(true);
    expect(hit('<V7.5_SP2_Update_15', 'V7.5 SP2 Update 16')).toBe(false);
    expect(hit('All versions with Fortinet NGFW', '1.0')).toBe(true);
    expect(hit('see vendor advisory', '1.0')).toBeUndefined();
  });
});

describe('identifiers', () => {
  it('keys a CPE 2.3 on part, vendor and product; keys a purl on type, namespace and name', () => {
    expect(cpeParts('cpe:2.3:h:Acme:PLC_X:2.1:*:*:*:*:*:*:*')).toEqual({ key: 'cpe:h:acme:plc_x', version: '2.1' });
    expect(cpeParts('cpe:2.3:a:acme:plc_x:*:*:*:*:*:*:*:*')).toEqual({ key: 'cpe:a:acme:plc_x' });
    expect(purlParts('pkg:npm/%40acme/modbus@1.4.2?arch=x64')).toEqual({
      key: 'purl:npm/@acme/modbus',
      version: '1.4.2',
    });
    expect(purlParts('pkg:maven/org.apache/log4j')).toEqual({ key: 'purl:maven/org.apache/log4j' });
    expect(purlParts('not a purl')).toBeUndefined();
  });

  it('computes the CVSS 3.1 base score from the vector', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N')).toBe(6.4);
    expect(cvss3BaseScore('CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N')).toBe(0);
  });
});

describe('inventory files', () => {
  it('reads a Dutch CSV (semicolons, quotes) and reports lines it cannot use', () => {
    const r = parseInventoryCsv('asset;vendor;product;version;cpe\n"PLC; hal 2";Siemens;S7-1500;3.1;\nSCADA;;;;\n');
    expect(r.products).toEqual([
      { asset: 'PLC; hal 2', vendor: 'Siemens', product: 'S7-1500', version: '3.1', line: 2 },
    ]);
    expect(r.errors).toEqual([{ line: 3, reason: 'needs cpe, purl, or vendor and product' }]);
  });

  it('reads CycloneDX components (nested) and SPDX packages with their CPE and purl', () => {
    const cdx = parseCycloneDx({
      bomFormat: 'CycloneDX',
      components: [
        { name: 'fw', supplier: { name: 'Acme' }, version: '1', components: [{ name: 'lib', purl: 'pkg:npm/lib@2' }] },
      ],
    });
    expect(cdx.products.map((p) => [p.vendor, p.product, p.purl])).toEqual([
      ['Acme', 'fw', undefined],
      [undefined, 'lib', 'pkg:npm/lib@2'],
    ]);
    const spdx = parseSpdx({
      spdxVersion: 'SPDX-2.3',
      packages: [
        {
          name: 'openssl',
          versionInfo: '3.0.1',
          supplier: 'Organization: OpenSSL',
          externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:generic/openssl@3.0.1' }],
        },
      ],
    });
    expect(spdx.products).toEqual([
      { vendor: 'OpenSSL', product: 'openssl', version: '3.0.1', purl: 'pkg:generic/openssl@3.0.1', line: 1 },
    ]);
    expect(parseCycloneDx({}).errors).toHaveLength(1);
  });
});
