// TAXII 2.1 conformance (OASIS Standard, 10 June 2021): each test names the section whose MUST it walks.
// The server under test is the real app on a real PostgreSQL; clients authenticate with API tokens.
import { randomUUID } from 'node:crypto';
import { TLP_STIX_MARKING_IDS } from '@weerbaar/core/sharing';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, type TestOrg } from '../support/fixtures.ts';
import { communityWith, TAXII, taxii, tokenOf } from '../support/sharing-fixtures.ts';
import { buildTestApp, fixedClock } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T09:00:00.000Z');
const ROOT = '/taxii2/weerbaar';

let app: FastifyInstance;
let A: TestOrg;
let writer: string; // A's analyst: reads and writes
let reader: string; // A's auditor: reads only
let member: string; // E's incident handler: a member organisation
let outsider: string;
let collection: string;
let otherCollection: string;
const objects = () => `${ROOT}/collections/${collection}/objects/`;

function indicator(id: string, modified: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id,
    created: '2026-01-01T00:00:00.000Z',
    modified,
    name: `indicator ${modified}`,
    pattern: "[domain-name:value = 'evil.example']",
    pattern_type: 'stix',
    valid_from: '2026-01-01T00:00:00.000Z',
    object_marking_refs: [TLP_STIX_MARKING_IDS.GREEN],
    ...extra,
  };
}
const malware = (id: string) => ({
  type: 'malware',
  spec_version: '2.1',
  id,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  name: 'Gifkikker',
  is_family: true,
  object_marking_refs: [TLP_STIX_MARKING_IDS.GREEN],
});

async function post(token: string, body: unknown, at: string) {
  clock.set(at);
  const res = await taxii(app, token, 'POST', objects(), { body });
  expect(res.statusCode, res.body).toBe(202);
  return res.json();
}

const I1 = `indicator--${randomUUID()}`;
const I2 = `indicator--${randomUUID()}`;
const M1 = `malware--${randomUUID()}`;

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  A = await createTestOrg(t.db, 'Taxii CSIRT', 'authority', ['owner', 'analyst', 'auditor']);
  const E = await createTestOrg(t.db, 'Taxii Water', 'entity', ['owner', 'incident-handler']);
  const X = await createTestOrg(t.db, 'Taxii Outsider', 'entity', ['owner', 'incident-handler']);
  collection = (await communityWith(app, A, 'Drinkwater-ISAC', [E])).id;
  otherCollection = (await communityWith(app, X, 'Elders', [])).id;
  writer = await tokenOf(app, A, 'analyst');
  reader = await tokenOf(app, A, 'auditor');
  member = await tokenOf(app, E, 'incident-handler');
  outsider = await tokenOf(app, X, 'incident-handler');
  // Three moments of adding: I1 v1 and M1, then I1 v2, then I2.
  await post(writer, { objects: [indicator(I1, '2026-01-01T00:00:00.000Z'), malware(M1)] }, '2026-12-07T09:00:01.000Z');
  await post(writer, { objects: [indicator(I1, '2026-02-01T00:00:00.000Z')] }, '2026-12-07T09:00:02.000Z');
  await post(writer, { objects: [indicator(I2, '2026-03-01T00:00:00.000Z')] }, '2026-12-07T09:00:03.000Z');
});

describe('§1.6.9 Authentication and Authorization', () => {
  it('answers a request without credentials with 401 and a WWW-Authenticate challenge', async () => {
    const res = await taxii(app, undefined, 'GET', '/taxii2/');
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/Basic/);
  });

  it('answers an unknown token with 401', async () => {
    const res = await taxii(app, 'wbt_not-a-token', 'GET', '/taxii2/');
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBeDefined();
  });

  it('accepts HTTP Basic with an API token as the password, and a bearer token', async () => {
    expect((await taxii(app, reader, 'GET', '/taxii2/', { basic: true })).statusCode).toBe(200);
    expect((await taxii(app, reader, 'GET', '/taxii2/')).statusCode).toBe(200);
  });
});

describe('§1.6.8 Content Negotiation and §3.1 Endpoints', () => {
  it('answers in application/taxii+json;version=2.1 (§3.1: the media type and version in Content-Type)', async () => {
    for (const url of ['/taxii2/', `${ROOT}/`, `${ROOT}/collections/`, objects()]) {
      const res = await taxii(app, reader, 'GET', url);
      expect(res.headers['content-type'], url).toBe(TAXII);
    }
  });

  it('accepts application/taxii+json without a version as the latest version (§1.6.8.2)', async () => {
    const res = await taxii(app, reader, 'GET', '/taxii2/', { headers: { accept: 'application/taxii+json' } });
    expect(res.statusCode).toBe(200);
  });

  it('gives 406 to an Accept that names no TAXII 2.1 media type', async () => {
    for (const accept of ['application/json', 'application/taxii+json;version=2.0', 'text/html']) {
      const res = await taxii(app, reader, 'GET', '/taxii2/', { headers: { accept } });
      expect(res.statusCode, accept).toBe(406);
      expect(res.headers['content-type']).toBe(TAXII);
    }
  });

  it('gives 415 to a POST whose Content-Type is not TAXII 2.1, and never to one that is', async () => {
    const res = await taxii(app, writer, 'POST', objects(), {
      body: { objects: [] },
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(415);
    const ok = await taxii(app, writer, 'POST', objects(), { body: { objects: [malware(M1)] } });
    expect(ok.statusCode).toBe(202);
  });
});

describe('§3.6.1 Error Message', () => {
  it('returns the error resource: a title, and http_status equal to the status of the response', async () => {
    const res = await taxii(app, reader, 'GET', `${ROOT}/collections/${randomUUID()}/`);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe(TAXII);
    expect(res.json()).toMatchObject({ title: expect.any(String), http_status: '404' });
    const unknown = await taxii(app, reader, 'GET', `${ROOT}/nothing-here/`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().http_status).toBe('404');
  });
});

describe('§4.1 Server Discovery', () => {
  it('returns a discovery resource whose default is one of its API roots, relative or https (§4.1.1)', async () => {
    const res = await taxii(app, reader, 'GET', '/taxii2/');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.title).toEqual(expect.any(String));
    expect(body.api_roots).toContain(body.default);
    for (const root of body.api_roots) expect(root).toMatch(/^(https:\/\/|\/(?!\/))/);
  });
});

describe('§4.2 Get API Root Information', () => {
  it('lists application/taxii+json;version=2.1 in versions and a positive max_content_length', async () => {
    const res = await taxii(app, reader, 'GET', `${ROOT}/`);
    expect(res.statusCode).toBe(200);
    expect(res.json().versions).toContain(TAXII);
    expect(res.json().max_content_length).toBeGreaterThan(0);
  });
});

describe('§4.3 Get Status and §5.5 Add Objects', () => {
  it('answers a POST with 202 and a status resource; refused objects are failures with a message', async () => {
    const fresh = `indicator--${randomUUID()}`;
    const status = await post(
      writer,
      { objects: [indicator(fresh, '2026-04-01T00:00:00.000Z'), { type: 'indicator', id: 'indicator--nope' }] },
      '2026-12-07T09:00:04.000Z',
    );
    expect(status).toMatchObject({
      status: 'complete',
      total_count: 2,
      success_count: 1,
      failure_count: 1,
      pending_count: 0,
    });
    expect(status.successes).toEqual([{ id: fresh, version: '2026-04-01T00:00:00.000Z' }]);
    expect(status.failures[0]).toMatchObject({
      id: 'indicator--nope',
      version: expect.any(String),
      message: expect.any(String),
    });
    expect(status).not.toHaveProperty('pendings'); // §2: empty lists are left out
    const again = await taxii(app, writer, 'GET', `${ROOT}/status/${status.id}/`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(status);
    // Another organisation's status, and an unknown one: 404.
    expect((await taxii(app, member, 'GET', `${ROOT}/status/${status.id}/`)).statusCode).toBe(404);
    expect((await taxii(app, writer, 'GET', `${ROOT}/status/${randomUUID()}/`)).statusCode).toBe(404);
    await taxii(app, writer, 'DELETE', `${objects()}${fresh}/`);
  });

  it('refuses a POST from a client that may not write (403) and to a collection it cannot see (404)', async () => {
    const body = { objects: [indicator(`indicator--${randomUUID()}`, '2026-04-01T00:00:00.000Z')] };
    expect((await taxii(app, reader, 'POST', objects(), { body })).statusCode).toBe(403);
    expect((await taxii(app, outsider, 'POST', objects(), { body })).statusCode).toBe(404);
  });

  it('refuses a body that is no envelope (400) and one larger than max_content_length (413)', async () => {
    expect((await taxii(app, writer, 'POST', objects(), { body: { nope: 1 } })).statusCode).toBe(400);
    const huge = JSON.stringify({ objects: [{ filler: 'x'.repeat(1_100_000) }] });
    expect((await taxii(app, writer, 'POST', objects(), { body: huge })).statusCode).toBe(413);
  });

  it('does not let another organisation add a version of an object it did not share', async () => {
    const status = (
      await taxii(app, member, 'POST', objects(), { body: { objects: [indicator(I1, '2026-05-01T00:00:00.000Z')] } })
    ).json();
    expect(status.failure_count).toBe(1);
  });
});

describe('§5.1 Get Collections and §5.2 Get A Collection', () => {
  it('lists one collection per community of the organisation, with can_read, can_write and media types', async () => {
    const res = await taxii(app, writer, 'GET', `${ROOT}/collections/`);
    expect(res.statusCode).toBe(200);
    const [c] = res.json().collections;
    expect(c).toMatchObject({ id: collection, title: 'Drinkwater-ISAC', can_read: true, can_write: true });
    expect(c.media_types).toContain('application/stix+json;version=2.1');
    const readOnly = await taxii(app, reader, 'GET', `${ROOT}/collections/${collection}/`);
    expect(readOnly.json()).toMatchObject({ id: collection, can_read: true, can_write: false });
  });

  it('omits the collections key when there are none to show (§5.1.1), and hides others (404)', async () => {
    const none = await tokenOf(app, await createTestOrg(t.db, 'Taxii Lonely', 'entity', ['owner']), 'owner');
    expect((await taxii(app, none, 'GET', `${ROOT}/collections/`)).json()).toEqual({});
    expect((await taxii(app, writer, 'GET', `${ROOT}/collections/${otherCollection}/`)).statusCode).toBe(404);
    expect((await taxii(app, outsider, 'GET', objects())).statusCode).toBe(404);
  });
});

describe('§5.4 Get Objects, §3.3 Sorting, §3.2 headers, §3.7 Envelope', () => {
  it('returns the latest version of every object, oldest added first, between the date-added headers', async () => {
    const res = await taxii(app, member, 'GET', objects());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.objects.map((o: { id: string; modified: string }) => `${o.id}@${o.modified}`)).toEqual([
      `${M1}@2026-01-01T00:00:00.000Z`,
      `${I1}@2026-02-01T00:00:00.000Z`,
      `${I2}@2026-03-01T00:00:00.000Z`,
    ]);
    expect(body.more).toBe(false);
    expect(res.headers['x-taxii-date-added-first']).toBe('2026-12-07T09:00:01.000Z');
    expect(res.headers['x-taxii-date-added-last']).toBe('2026-12-07T09:00:03.000Z');
  });

  it('answers an empty result with an envelope without objects', async () => {
    const res = await taxii(app, member, 'GET', `${objects()}?match[type]=campaign`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({});
  });
});

describe('§3.4 Filtering', () => {
  it('added_after returns only objects added after the timestamp', async () => {
    const res = await taxii(app, member, 'GET', `${objects()}?added_after=2026-12-07T09:00:02.000Z`);
    expect(res.json().objects.map((o: { id: string }) => o.id)).toEqual([I2]);
  });

  it('limit never returns more than asked, sets more, and next walks every object once', async () => {
    const seen: string[] = [];
    let url = `${objects()}?limit=1&match[version]=all`;
    for (let page = 0; page < 10; page++) {
      const res = await taxii(app, member, 'GET', url);
      const body = res.json();
      expect(body.objects.length).toBeLessThanOrEqual(1);
      seen.push(...body.objects.map((o: { id: string; modified: string }) => `${o.id}@${o.modified}`));
      if (!body.more) break;
      expect(body.next).toEqual(expect.any(String));
      url = `${objects()}?limit=1&match[version]=all&next=${encodeURIComponent(body.next)}`;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('match[id] and match[type] take comma-separated values as OR', async () => {
    const byId = await taxii(app, member, 'GET', `${objects()}?match[id]=${I2},${M1}`);
    expect(
      byId
        .json()
        .objects.map((o: { id: string }) => o.id)
        .sort(),
    ).toEqual([I2, M1].sort());
    const byType = await taxii(app, member, 'GET', `${objects()}?match[type]=malware,campaign`);
    expect(byType.json().objects.map((o: { id: string }) => o.id)).toEqual([M1]);
  });

  it('match[version]: last by default, first, all, and an exact modified timestamp (§3.4.1)', async () => {
    const versions = async (q: string) =>
      (await taxii(app, member, 'GET', `${objects()}?match[id]=${I1}${q}`))
        .json()
        .objects.map((o: { modified: string }) => o.modified);
    expect(await versions('')).toEqual(['2026-02-01T00:00:00.000Z']);
    expect(await versions('&match[version]=first')).toEqual(['2026-01-01T00:00:00.000Z']);
    expect(await versions('&match[version]=all')).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
    expect(await versions('&match[version]=first,last')).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
    expect(await versions('&match[version]=2026-01-01T00:00:00.000Z')).toEqual(['2026-01-01T00:00:00.000Z']);
  });

  it('match[spec_version] returns only the versions asked for', async () => {
    expect((await taxii(app, member, 'GET', `${objects()}?match[spec_version]=2.0`)).json()).toEqual({});
    expect((await taxii(app, member, 'GET', `${objects()}?match[spec_version]=2.1`)).json().objects).toHaveLength(3);
  });

  it('gives 400 to malformed parameters', async () => {
    for (const q of [
      'limit=0',
      'limit=abc',
      'added_after=yesterday',
      'added_after=2026-12-07T09:00:00.000Z&added_after=2026-12-07T09:00:01.000Z',
      'next=not-ours',
      'match[version]=all,last',
      'match[version]=last,last',
      'match[type]=indicator&match[type]=malware',
    ]) {
      const res = await taxii(app, member, 'GET', `${objects()}?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().http_status).toBe('400');
    }
  });

  it('does not fail on a type STIX defines that the collection has none of', async () => {
    expect((await taxii(app, member, 'GET', `${objects()}?match[type]=x509-certificate`)).statusCode).toBe(200);
  });
});

describe('§5.3 Get Object Manifests', () => {
  it('returns id, date_added, version and media_type per object, sorted and with the headers', async () => {
    const res = await taxii(app, member, 'GET', `${ROOT}/collections/${collection}/manifest/?match[version]=all`);
    expect(res.statusCode).toBe(200);
    const records = res.json().objects;
    expect(records[0]).toEqual({
      id: expect.stringMatching(/^(indicator|malware)--/),
      date_added: '2026-12-07T09:00:01.000Z',
      version: '2026-01-01T00:00:00.000Z',
      media_type: 'application/stix+json;version=2.1',
    });
    expect(records).toHaveLength(4);
    expect(res.headers['x-taxii-date-added-first']).toBe('2026-12-07T09:00:01.000Z');
    expect(res.headers['x-taxii-date-added-last']).toBe('2026-12-07T09:00:03.000Z');
  });
});

describe('§5.6 Get An Object and §5.8 Get Object Versions', () => {
  it('returns the latest version of one object in an envelope, with the headers', async () => {
    const res = await taxii(app, member, 'GET', `${objects()}${I1}/`);
    expect(res.statusCode).toBe(200);
    expect(res.json().objects.map((o: { modified: string }) => o.modified)).toEqual(['2026-02-01T00:00:00.000Z']);
    expect(res.headers['x-taxii-date-added-first']).toBe('2026-12-07T09:00:02.000Z');
  });

  it('answers 404 for an object that is not there', async () => {
    expect((await taxii(app, member, 'GET', `${objects()}indicator--${randomUUID()}/`)).statusCode).toBe(404);
  });

  it('lists every version of an object, oldest first', async () => {
    const res = await taxii(app, member, 'GET', `${objects()}${I1}/versions/`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ more: false, versions: ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'] });
    expect(res.headers['x-taxii-date-added-last']).toBe('2026-12-07T09:00:02.000Z');
  });
});

describe('§5.7 Delete An Object', () => {
  it('deletes the selected versions of an own object (200), after which they are not found', async () => {
    const id = `indicator--${randomUUID()}`;
    await post(
      writer,
      { objects: [indicator(id, '2026-01-01T00:00:00.000Z'), indicator(id, '2026-02-01T00:00:00.000Z')] },
      '2026-12-07T09:00:05.000Z',
    );
    // Another organisation's object: not found; a reader: forbidden.
    expect((await taxii(app, member, 'DELETE', `${objects()}${id}/`)).statusCode).toBe(404);
    expect((await taxii(app, reader, 'DELETE', `${objects()}${id}/`)).statusCode).toBe(403);
    const first = await taxii(app, writer, 'DELETE', `${objects()}${id}/?match[version]=first`);
    expect(first.statusCode).toBe(200);
    expect((await taxii(app, member, 'GET', `${objects()}${id}/versions/`)).json().versions).toEqual([
      '2026-02-01T00:00:00.000Z',
    ]);
    expect((await taxii(app, writer, 'DELETE', `${objects()}${id}/`)).statusCode).toBe(200);
    expect((await taxii(app, member, 'GET', `${objects()}${id}/`)).statusCode).toBe(404);
  });
});

describe('TLP applied per object for the requesting organisation', () => {
  it('a TLP:RED object never reaches another organisation over TAXII', async () => {
    const red = `indicator--${randomUUID()}`;
    await post(
      writer,
      { objects: [indicator(red, '2026-01-01T00:00:00.000Z', { object_marking_refs: [TLP_STIX_MARKING_IDS.RED] })] },
      '2026-12-07T09:00:06.000Z',
    );
    expect((await taxii(app, writer, 'GET', `${objects()}${red}/`)).statusCode).toBe(200);
    expect((await taxii(app, member, 'GET', `${objects()}${red}/`)).statusCode).toBe(404);
    await taxii(app, writer, 'DELETE', `${objects()}${red}/`);
  });
});
