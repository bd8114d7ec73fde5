// CSAF providers (issue 14 item 4): import from a provider served on loopback from fixtures (provider
// metadata → ROLIE feed and directory distribution, sha512 checked), the authority's own publication and
// provider feed, and the API's permissions.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCsafProvider, sha512Of } from '../../src/services/advisories/csaf-sources.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { loadCsafValidatorFirst } from '../support/csaf-validator.ts';

const CISA = fileURLToPath(new URL('../fixtures/csaf/cisa-ot-2024/', import.meta.url));
const t = useTestDatabase();
loadCsafValidatorFirst();
let server: http.Server;
let base: string;
const fileText = (name: string) => readFileSync(path.join(CISA, name), 'utf8');
const TAMPERED = 'icsa-24-011-03.json';

beforeAll(async () => {
  // A provider from fixtures: a ROLIE feed with two advisories and a directory with a third (and one whose
  // file no longer matches its published hash).
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const send = (status: number, body: string, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (url === '/.well-known/csaf/provider-metadata.json') {
      return send(
        200,
        JSON.stringify({
          canonical_url: `${base}/.well-known/csaf/provider-metadata.json`,
          distributions: [
            { rolie: { feeds: [{ tlp_label: 'WHITE', url: `${base}/feed-white.json` }] } },
            { directory_url: `${base}/dir/` },
          ],
          metadata_version: '2.0',
          publisher: { category: 'coordinator', name: 'Fixture CERT', namespace: base },
          role: 'csaf_provider',
        }),
      );
    }
    if (url === '/feed-white.json') {
      const entry = (name: string) => ({
        id: name,
        title: name,
        link: [
          { rel: 'self', href: `${base}/files/${name}` },
          { rel: 'hash', href: `${base}/files/${name}.sha512` },
        ],
        content: { type: 'application/json', src: `${base}/files/${name}` },
      });
      return send(
        200,
        JSON.stringify({
          feed: { id: 'f', title: 'f', entry: [entry('icsa-24-004-01.json'), entry('icsa-24-004-02.json')] },
        }),
      );
    }
    if (url === '/dir/index.txt') return send(200, `2024/icsa-24-011-04.json\n2024/${TAMPERED}\n`, 'text/plain');
    const m = /^\/(?:files|dir\/2024)\/([a-z0-9-]+\.json)(\.sha512)?$/.exec(url);
    if (m) {
      const text = fileText(m[1]!);
      if (m[2]) return send(200, fileText(`${m[1]}.sha512`), 'text/plain');
      return send(200, m[1] === TAMPERED ? text.replace('"final"', '"interim"') : text);
    }
    send(404, 'not found', 'text/plain');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('reading a provider', () => {
  it('follows provider metadata to the ROLIE feed and the directory, and refuses a file whose sha512 differs', async () => {
    const sources = await fetchCsafProvider(`${base}/.well-known/csaf/provider-metadata.json`, fetch);
    const byName = Object.fromEntries(sources.map((s) => [s.source.split('/').pop(), s]));
    expect(Object.keys(byName).sort()).toEqual(
      ['icsa-24-004-01.json', 'icsa-24-004-02.json', 'icsa-24-011-04.json', TAMPERED].sort(),
    );
    expect(byName['icsa-24-004-01.json']!.error).toBeUndefined();
    expect(byName['icsa-24-004-01.json']!.sha512).toBe(sha512Of(fileText('icsa-24-004-01.json')));
    expect(byName['icsa-24-011-04.json']!.error).toBeUndefined();
    expect(byName[TAMPERED]!.error).toMatch(/sha512/);
    expect(byName[TAMPERED]!.document).toBeUndefined();
  });
});

describe('the API and the authority as a provider', () => {
  let app: FastifyInstance;
  let authority: TestOrg;
  let entity: TestOrg;
  let analyst: TestClient;
  let owner: TestClient;
  let auditor: TestClient;
  let appBase: string;

  beforeAll(async () => {
    // The provider metadata names absolute URLs under PUBLIC_URL: listen where it says.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    app = await buildTestApp(t.db, { env: { PUBLIC_URL: `http://127.0.0.1:${port}` } });
    appBase = await listenOnLoopback(app, port);
    authority = await createTestOrg(t.db, 'Provider Autoriteit', 'authority', ['owner', 'analyst']);
    entity = await createTestOrg(t.db, 'Provider Waterbedrijf', 'entity', ['owner', 'auditor']);
    analyst = await signedIn(app, authority, 'analyst');
    owner = await signedIn(app, entity, 'owner');
    auditor = await signedIn(app, entity, 'auditor');
  });
  afterAll(() => app.close());

  const form = (trackingId: string, tlp: string) => ({
    trackingId,
    title: `Advies ${trackingId}`,
    summary: 'Een kwetsbaarheid in een PLC.',
    tlp,
    products: [{ vendor: 'Acme', product: 'PLC', versions: 'vers:generic/<3.0', status: 'known_affected' }],
    vulnerabilities: [
      {
        cve: 'CVE-2026-50001',
        description: 'Overname zonder inloggen.',
        cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
        remediation: 'Werk bij naar 3.0.',
      },
    ],
  });

  it('the authority publishes; an entity may not; the TLP 1.0 label in the document never widens', async () => {
    const clear = await analyst.post('/api/v1/advisories', form('NL-WB-2026-0001', 'CLEAR'));
    expect(clear.statusCode, clear.body).toBe(201);
    const strict = await analyst.post('/api/v1/advisories', form('NL-WB-2026-0002', 'AMBER+STRICT'));
    expect(strict.statusCode, strict.body).toBe(201);
    expect(strict.json().tlp).toBe('RED');
    const doc = await analyst.get(`/api/v1/advisories/${strict.json().advisoryId}/csaf`);
    // AMBER+STRICT has no TLP 1.0 name: written as RED, the nearest that does not widen; read back as RED.
    expect(doc.json().document.distribution.tlp.label).toBe('RED');
    expect((await owner.post('/api/v1/advisories', form('NL-WB-2026-0003', 'CLEAR'))).statusCode).toBe(403);
    expect((await analyst.post('/api/v1/advisories', form('NL-WB-2026-0001', 'CLEAR'))).statusCode).toBe(409);
  });

  it('serves provider-metadata.json and a TLP:CLEAR directory that another installation can import', async () => {
    const meta = await fetch(`${appBase}/.well-known/csaf/provider-metadata.json`);
    expect(meta.status).toBe(200);
    const json = await meta.json();
    expect(json.metadata_version).toBe('2.0');
    expect(json.publisher.name).toBe('Provider Autoriteit');
    const index = await (await fetch(`${appBase}/.well-known/csaf/white/index.txt`)).text();
    // Only the CLEAR advisory: the RED one is never in the public feed.
    expect(index.trim().split('\n')).toEqual([`${new Date().getUTCFullYear()}/nl-wb-2026-0001.json`]);
    const sources = await fetchCsafProvider(`${appBase}/.well-known/csaf/provider-metadata.json`, fetch);
    expect(
      sources.map((s) => [s.error, (s.document as { document: { tracking: { id: string } } }).document.tracking.id]),
    ).toEqual([[undefined, 'NL-WB-2026-0001']]);
  });

  it('the feed answers from its listing with ETag and Last-Modified: 304 while unchanged, new once an advisory is added', async () => {
    const feed = `${appBase}/.well-known/csaf/feed-tlp-white.json`;
    const first = await fetch(feed);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"csaf-1-/);
    expect(first.headers.get('last-modified')).toBeTruthy();
    const rolie = (await first.json()).feed;
    const year = new Date().getUTCFullYear();
    expect(rolie.entry.map((e: { id: string }) => e.id)).toEqual(['NL-WB-2026-0001']);
    const href = rolie.entry[0].content.src as string;
    expect(href.endsWith(`/white/${year}/nl-wb-2026-0001.json`)).toBe(true);
    // The file and its .sha512: the hash is that of the very bytes served.
    const text = await (await fetch(href)).text();
    expect(JSON.parse(text).document.tracking.id).toBe('NL-WB-2026-0001');
    expect((await (await fetch(`${href}.sha512`)).text()).split(' ')[0]).toBe(sha512Of(text));
    expect((await fetch(href.replace('nl-wb-2026-0001', 'nl-wb-2026-0002'))).status).toBe(404);
    for (const url of [
      feed,
      `${appBase}/.well-known/csaf/white/index.txt`,
      `${appBase}/.well-known/csaf/white/changes.csv`,
    ]) {
      const again = await fetch(url, { headers: { 'if-none-match': etag } });
      expect(again.status, url).toBe(304);
      expect(await again.text()).toBe('');
    }
    const since = await fetch(feed, { headers: { 'if-modified-since': first.headers.get('last-modified')! } });
    expect(since.status).toBe(304);
    expect((await analyst.post('/api/v1/advisories', form('NL-WB-2026-0004', 'CLEAR'))).statusCode).toBe(201);
    const changed = await fetch(`${appBase}/.well-known/csaf/white/changes.csv`, {
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(
      (await changed.text())
        .trim()
        .split('\n')
        .map((l) => l.split(',')[0]),
    ).toEqual([`"${year}/nl-wb-2026-0004.json"`, `"${year}/nl-wb-2026-0001.json"`]);
  });

  it('entities read the CLEAR advisory, not the RED one; the auditor cannot import', async () => {
    const list = await owner.get('/api/v1/advisories');
    expect(list.json().items.map((a: { trackingId: string }) => a.trackingId)).toEqual([
      'NL-WB-2026-0004',
      'NL-WB-2026-0001',
    ]);
    const text = fileText('icsa-24-004-01.json');
    expect((await auditor.post('/api/v1/advisories/import', { document: JSON.parse(text) })).statusCode).toBe(403);
    const imported = await owner.post('/api/v1/advisories/import', { document: JSON.parse(text) });
    expect(imported.statusCode, imported.body).toBe(201);
    // An entity's own import stays its own, whatever its label.
    const other = await signedIn(app, authority, 'analyst');
    const seen = await other.get(`/api/v1/advisories/${imported.json().advisoryId}`);
    expect(seen.statusCode).toBe(404);
  });
});
