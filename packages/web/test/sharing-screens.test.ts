import { AdvisoryAuthorSchema } from '@weerbaar/core/advisories';
import type { Problem } from '@weerbaar/core/platform';
import { describe, expect, it } from 'vitest';
import { guessFormat, refusedLines, refusedOfResult } from '../src/routes/advisories/inventory-import.ts';
import { advisoryBody, emptyProduct, emptyVulnerability } from '../src/routes/advisories/publish-advisory.ts';
import { shareBody } from '../src/routes/incidents/share-observables.ts';
import { readBundleFile } from '../src/routes/sharing/stix-bundle-file.ts';

const community = '0b1f3f5e-9d1c-4a43-9a0e-5f3c1f0f2a11';
const person = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('sharing an incident\'s indicators ("Deel indicatoren")', () => {
  it('names people only for TLP:RED, and needs one there', () => {
    expect(shareBody({ communityId: community, tlp: 'RED', people: [] })).toEqual({ missing: 'recipientUserIds' });
    expect(shareBody({ communityId: community, tlp: 'RED', people: [person] })).toEqual({
      body: { communityId: community, tlp: 'RED', recipientUserIds: [person] },
    });
    // People ticked before switching away from RED are not sent.
    expect(shareBody({ communityId: community, tlp: 'AMBER', people: [person] })).toEqual({
      body: { communityId: community, tlp: 'AMBER' },
    });
  });

  it('needs a community', () => {
    expect(shareBody({ communityId: '', tlp: 'GREEN', people: [] })).toEqual({ missing: 'communityId' });
  });
});

describe('reading a STIX bundle file before upload', () => {
  it('takes a bundle with its objects, and names what is wrong with anything else', () => {
    expect(readBundleFile('\uFEFF{"type":"bundle","id":"bundle--1","objects":[{},{}]}')).toMatchObject({ objects: 2 });
    expect(readBundleFile('{"type":"bundle"')).toEqual({ problem: 'notJson' });
    expect(readBundleFile('{"type":"indicator","objects":[]}')).toEqual({ problem: 'notBundle' });
    expect(readBundleFile('{"type":"bundle"}')).toEqual({ problem: 'notBundle' });
    expect(readBundleFile('[]')).toEqual({ problem: 'notBundle' });
  });
});

describe('the refused lines of an inventory import', () => {
  it("reads the server's per-line refusals into Dutch text keys, in line order", () => {
    const param = (name: string, reason: string) => ({ name, reason, code: 'invalid' as const, params: {} });
    const problem: Problem = {
      type: 'about:blank',
      title: 'Bad request',
      detail: '6 lines could not be imported',
      status: 400,
      code: 'validation_failed',
      invalidParams: [
        param('body.content.4', 'no asset named PLC Noord'),
        param('body.content.2', 'needs cpe, purl, or vendor and product'),
        param('body.content.3', 'component x: needs cpe, purl, or supplier and name'),
        param('body.content.0', 'not JSON'),
        param('body.content.5', 'something new'),
        param('body.assetId', 'required'),
      ],
    };
    expect(refusedLines(problem)).toEqual([
      { line: 0, key: 'notJson', values: {} },
      { line: 2, key: 'needsIdentity', values: {} },
      { line: 3, key: 'needsIdentity', values: { name: 'x' } },
      { line: 4, key: 'noSuchAsset', values: { name: 'PLC Noord' } },
      { line: 5, key: 'other', values: {} },
    ]);
    expect(refusedLines(undefined)).toEqual([]);
  });

  it('reads the refused lines of an import that took the good lines, in line order', () => {
    expect(
      refusedOfResult([
        { line: 7, reason: 'no asset named PLC Zuid' },
        { line: 2, reason: 'asset missing' },
      ]),
    ).toEqual([
      { line: 2, key: 'assetMissing', values: {} },
      { line: 7, key: 'noSuchAsset', values: { name: 'PLC Zuid' } },
    ]);
  });

  it('recognises the format of a chosen file', () => {
    expect(guessFormat('sbom.json', '{"bomFormat": "CycloneDX", "specVersion": "1.5"}')).toBe('cyclonedx');
    expect(guessFormat('x.json', '{"spdxVersion": "SPDX-2.3"}')).toBe('spdx');
    expect(guessFormat('producten.csv', 'asset;vendor;product')).toBe('csv');
  });
});

describe('the publish form of an advisory', () => {
  it('trims the text and leaves empty optional fields out, so the contract accepts the body', () => {
    const body = advisoryBody({
      trackingId: ' NCSC-2026-0042 ',
      title: 'Kwetsbaarheid in PLC',
      summary: 'Werk bij.',
      tlp: 'GREEN',
      products: [{ ...emptyProduct(), vendor: 'Siemens', product: 'S7-1500', versions: 'vers:generic/<2.9.2' }],
      vulnerabilities: [
        { ...emptyVulnerability(), cve: 'cve-2026-12345', description: 'Fout', remediation: 'Update naar 2.9.2' },
      ],
    });
    expect(body.trackingId).toBe('NCSC-2026-0042');
    expect(body.products[0]).toEqual({
      vendor: 'Siemens',
      product: 'S7-1500',
      versions: 'vers:generic/<2.9.2',
      status: 'known_affected',
    });
    expect(body.vulnerabilities[0]).toEqual({
      cve: 'CVE-2026-12345',
      description: 'Fout',
      remediation: 'Update naar 2.9.2',
    });
    expect(AdvisoryAuthorSchema.safeParse(body).success).toBe(true);
  });
});
