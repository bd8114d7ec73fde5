import { createHash, randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { MAX_CONCURRENT_ATTACHMENT_TRANSFERS } from '../../src/routes/incidents/transfer-limit.ts';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { digestOf } from '../../src/kernel/audit-chain.ts';
import { ATTACHMENT_CHUNK_BYTES, openIncidentAttachment } from '../../src/services/incidents/incident-queries.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { ransomwareIncident } from '../support/incident-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let other: TestOrg;
let handler: TestClient;
let incidentId: string;

interface Part {
  name?: string;
  filename?: string;
  contentType?: string;
  content: Buffer | string;
}

/** A multipart/form-data body as a browser sends it (UTF-8 file names, CRLF, one boundary). */
function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----weerbaar${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name ?? 'file'}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.contentType ? `Content-Type: ${p.contentType}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), Buffer.from(p.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

function upload(client: TestClient, incident: string, parts: Part[]) {
  const { payload, headers } = multipart(parts);
  return client.request('POST', `/api/v1/incidents/${incident}/attachments`, payload, headers);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const snapshot = async (orgId: string) =>
  Promise.all([
    countRows(t.db, 'incident_attachments', orgId),
    countRows(t.db, 'audit_events', orgId),
    countRows(t.db, 'incident_timeline', orgId),
  ]);

async function newIncident(client: TestClient): Promise<string> {
  const res = await client.post('/api/v1/incidents', ransomwareIncident());
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Bijlagen Ziekenhuis', 'entity', [
    'owner',
    'admin',
    'incident-handler',
    'auditor',
    'risk-manager',
  ]);
  other = await createTestOrg(t.db, 'Ander Waterschap', 'entity', ['owner']);
  handler = await signedIn(app, org, 'incident-handler');
  incidentId = await newIncident(handler);
});

describe('incident attachments', () => {
  it('stores an upload and gives it back byte for byte, with its SHA-256, audit event and timeline entry', async () => {
    // Larger than the app's 1 MiB JSON body limit: uploads have their own limit.
    const content = Buffer.concat([Buffer.from([0, 255, 13, 10, 0]), randomBytes(3 * 1024 * 1024)]);
    const res = await upload(handler, incidentId, [
      { filename: 'firewall-log ü.txt', contentType: 'text/plain; charset=utf-8', content },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const attachment = res.json();
    expect(attachment).toMatchObject({
      incidentId,
      fileName: 'firewall-log ü.txt',
      mediaType: 'text/plain',
      sizeBytes: content.length,
      sha256: sha256(content),
      uploadedBy: org.users['incident-handler']!.email,
    });

    const list = await handler.get(`/api/v1/incidents/${incidentId}/attachments`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ items: [attachment], maxSizeBytes: 25 * 1024 * 1024 });
    // Metadata only: no content key, and the file's first bytes appear in no encoding.
    expect(list.json().items[0]).not.toHaveProperty('content');
    expect(list.body).not.toContain(content.subarray(0, 48).toString('base64'));
    expect(list.body).not.toContain(content.subarray(5, 37).toString('hex'));

    const download = await handler.get(`/api/v1/incidents/${incidentId}/attachments/${attachment.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(sha256(download.rawPayload)).toBe(attachment.sha256);
    expect(download.headers['content-type']).toBe('text/plain');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="firewall-log u.txt"; filename*=UTF-8''firewall-log%20%C3%BC.txt`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(content).digest('base64')}:`);
    expect(download.headers['cache-control']).toBe('private, no-store');
    expect(download.headers['content-length']).toBe(String(content.length));

    // The audit chain is append-only, so it keeps no file name (personal data such as
    // "paspoort-J-de-Vries.jpg" could never be erased from it); the timeline below does.
    const audited = { id: attachment.id, mediaType: 'text/plain', sizeBytes: content.length, sha256: sha256(content) };
    const audit = await sql<{ action: string; details: Record<string, unknown>; after_digest: string }>`
      SELECT action, details, after_digest FROM audit_events WHERE org_id = ${org.id} AND subject_id = ${incidentId}
      AND action = 'incident.attachment-added'`.execute(t.db);
    expect(audit.rows).toEqual([
      { action: 'incident.attachment-added', details: audited, after_digest: digestOf(audited) },
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain('firewall-log');
    const timeline = (await handler.get(`/api/v1/incidents/${incidentId}/timeline`)).json().items;
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'attachment_added', summary: expect.stringContaining('firewall-log ü.txt') }),
    );
  });

  it('accepts an upload from an API token (a SIEM attaching its export)', async () => {
    const owner = await signedIn(app, org, 'owner');
    const token = (await owner.post('/api/v1/api-tokens', { name: 'SIEM', role: 'incident-handler' })).json().token;
    const siem = new TestClient(app, token as string);
    const content = Buffer.from('{"alert": 4711}');
    const res = await upload(siem, incidentId, [{ filename: 'alert.json', contentType: 'application/json', content }]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ uploadedBy: 'token:SIEM', sha256: sha256(content) });
  });

  it('sanitises the file name and never serves an active media type as such', async () => {
    const content = Buffer.from('<script>alert(1)</script>');
    const res = await upload(handler, incidentId, [
      { filename: '..\\..\\evil\u202egnp.html\u0007', contentType: 'text/html', content },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const attachment = res.json();
    expect(attachment.fileName).toBe('evilgnp.html');
    expect(attachment.mediaType).toBe('text/html');
    const download = await handler.get(`/api/v1/incidents/${incidentId}/attachments/${attachment.id}/content`);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="evilgnp.html"/);
    expect(download.headers['content-security-policy']).toContain('sandbox');
  });

  it('refuses empty files, missing names, a missing file part, a second file and malformed multipart with 400, storing nothing', async () => {
    const before = await snapshot(org.id);
    const cases: [Part[] | 'garbage', string][] = [
      [[{ filename: 'empty.txt', contentType: 'text/plain', content: '' }], 'body.file'],
      [[{ contentType: 'application/octet-stream', content: 'no name' }], 'body.file'],
      [[{ filename: '...', contentType: 'text/plain', content: 'only dots' }], 'body.file'],
      [[{ name: 'document', filename: 'a.txt', contentType: 'text/plain', content: 'wrong field' }], 'body.file'],
      // One file per upload: a second is refused, not dropped.
      [
        [
          { filename: 'a.txt', contentType: 'text/plain', content: 'first' },
          { filename: 'b.txt', contentType: 'text/plain', content: 'second' },
        ],
        'body.file',
      ],
      [
        [
          { name: 'note', contentType: 'application/json', content: '{"not json' },
          { filename: 'a.txt', content: 'x' },
        ],
        'body',
      ],
      ['garbage', 'body'],
    ];
    for (const [parts, field] of cases) {
      const url = `/api/v1/incidents/${incidentId}/attachments`;
      const res =
        parts === 'garbage'
          ? await handler.request('POST', url, '--x\r\nnonsense', {
              'content-type': 'multipart/form-data; boundary=x',
            })
          : await upload(handler, incidentId, parts);
      const where = `${field}: ${res.statusCode} ${res.body}`;
      expect(res.statusCode, where).toBe(400);
      expect(res.headers['content-type'], where).toContain('application/problem+json');
      expect(
        res.json().invalidParams.map((p: { name: string }) => p.name),
        where,
      ).toContain(field);
    }
    expect(await snapshot(org.id)).toEqual(before);
  });

  it('refuses every body that is not multipart with the same 415 naming header.content-type, storing nothing', async () => {
    const before = await snapshot(org.id);
    const url = `/api/v1/incidents/${incidentId}/attachments`;
    const cases: [string, unknown, Record<string, string>][] = [
      ['JSON', { file: 'aGVsbG8=' }, {}],
      ['unparseable JSON', '{"file": ', { 'content-type': 'application/json' }],
      // What curl --data-binary @file sends, and what Fastify itself answers with a bare 415.
      ['a raw file', Buffer.from('raw evidence'), { 'content-type': 'application/octet-stream' }],
      ['plain text', 'raw evidence', { 'content-type': 'text/plain' }],
      ['no body at all', undefined, {}],
    ];
    for (const [label, body, headers] of cases) {
      const res = await handler.request('POST', url, body, headers);
      const where = `${label}: ${res.statusCode} ${res.body}`;
      expect(res.statusCode, where).toBe(415);
      expect(res.headers['content-type'], where).toContain('application/problem+json');
      expect(res.json(), where).toMatchObject({
        code: 'unsupported_media_type',
        invalidParams: [
          { name: 'header.content-type', reason: 'must be multipart/form-data', code: 'invalid', params: {} },
        ],
      });
    }
    expect(await snapshot(org.id)).toEqual(before);
  });

  it('reads a download in slices of at most 1 MiB instead of the whole column at once', async () => {
    const content = randomBytes(2 * ATTACHMENT_CHUNK_BYTES + 17);
    const { id } = (
      await upload(handler, incidentId, [
        { filename: 'capture.pcap', contentType: 'application/octet-stream', content },
      ])
    ).json();
    const ctx = { actor: SYSTEM_ACTOR, orgId: org.id, role: 'auditor', orgKind: 'entity' } as const;
    const opened = await openIncidentAttachment(t.db, ctx, incidentId, id);
    const slices: Buffer[] = [];
    for await (const slice of opened.content) slices.push(slice);
    expect(slices.map((b) => b.length)).toEqual([ATTACHMENT_CHUNK_BYTES, ATTACHMENT_CHUNK_BYTES, 17]);
    expect(Buffer.concat(slices).equals(content)).toBe(true);
    expect(ATTACHMENT_CHUNK_BYTES).toBe(1024 * 1024);

    // Removed between two slices: the transfer stops instead of sending something else.
    const second = await openIncidentAttachment(t.db, ctx, incidentId, id);
    const iterator = second.content[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toHaveLength(ATTACHMENT_CHUNK_BYTES);
    await handler.delete(`/api/v1/incidents/${incidentId}/attachments/${id}`);
    await expect(iterator.next()).rejects.toMatchObject({ code: 'not_found' });
  });

  it(`runs at most ${MAX_CONCURRENT_ATTACHMENT_TRANSFERS} transfers at once; the next one waits for a free slot`, async () => {
    const { id } = (
      await upload(handler, incidentId, [{ filename: 'queued.txt', contentType: 'text/plain', content: 'queued' }])
    ).json();
    const limited = await buildTestApp(t.db);
    try {
      const client = await signedIn(limited, org, 'incident-handler');
      // Uploads whose bodies stay open: each holds a slot until its body ends.
      const bodies = Array.from({ length: MAX_CONCURRENT_ATTACHMENT_TRANSFERS }, (_, i) => {
        const { payload, headers } = multipart([
          { filename: `slow-${i}.txt`, contentType: 'text/plain', content: `slow ${i}` },
        ]);
        const stream = new PassThrough();
        stream.write(payload.subarray(0, 120));
        const finish = () => stream.end(payload.subarray(120));
        const response = client.request('POST', `/api/v1/incidents/${incidentId}/attachments`, stream, headers);
        return { finish, response };
      });
      const pause = () => new Promise((resolve) => setTimeout(resolve, 500));
      await pause(); // the uploads reach their handlers and take the slots
      let downloaded = false;
      const download = client.get(`/api/v1/incidents/${incidentId}/attachments/${id}/content`).then((res) => {
        downloaded = true;
        return res;
      });
      await pause();
      expect(downloaded, 'the download waits while every slot is taken').toBe(false);

      // One upload finishes: its slot goes to the waiting download.
      bodies[0]!.finish();
      const res = await download;
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('queued');
      bodies.slice(1).forEach((b) => b.finish());
      for (const done of await Promise.all(bodies.map((b) => b.response))) expect(done.statusCode, done.body).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it('refuses a file over the limit with 413 naming body.file and stores nothing; exactly the limit is accepted', async () => {
    const small = await buildTestApp(t.db, { env: { WEERBAAR_ATTACHMENT_MAX_BYTES: '1024' } });
    try {
      const client = await signedIn(small, org, 'incident-handler');
      const before = await snapshot(org.id);
      const tooLarge = await upload(client, incidentId, [
        { filename: 'big.bin', contentType: 'application/octet-stream', content: randomBytes(1025) },
      ]);
      expect(tooLarge.statusCode, tooLarge.body).toBe(413);
      expect(tooLarge.headers['content-type']).toContain('application/problem+json');
      expect(tooLarge.json()).toMatchObject({ code: 'too_large', invalidParams: [{ name: 'body.file' }] });
      expect(await snapshot(org.id)).toEqual(before);

      const exact = await upload(client, incidentId, [
        { filename: 'exact.bin', contentType: 'application/octet-stream', content: randomBytes(1024) },
      ]);
      expect(exact.statusCode, exact.body).toBe(201);
      expect((await client.get(`/api/v1/incidents/${incidentId}/attachments`)).json().maxSizeBytes).toBe(1024);
    } finally {
      await small.close();
    }
  });

  it('reads the limit from WEERBAAR_ATTACHMENT_MAX_BYTES and refuses nonsense there', () => {
    expect(loadConfig({}).attachmentMaxBytes).toBe(25 * 1024 * 1024);
    expect(loadConfig({ WEERBAAR_ATTACHMENT_MAX_BYTES: '5000000' }).attachmentMaxBytes).toBe(5_000_000);
    for (const bad of ['0', '-1', '1.5', 'lots', String(200 * 1024 * 1024)]) {
      expect(() => loadConfig({ WEERBAAR_ATTACHMENT_MAX_BYTES: bad }), bad).toThrow(/WEERBAAR_ATTACHMENT_MAX_BYTES/);
    }
  });

  it("never shows, serves, adds to or removes another organisation's evidence (404)", async () => {
    const content = Buffer.from('confidential');
    const { id } = (
      await upload(handler, incidentId, [{ filename: 'secret.txt', contentType: 'text/plain', content }])
    ).json();
    const before = await snapshot(org.id);
    const intruder = await signedIn(app, other, 'owner');
    const calls = [
      intruder.get(`/api/v1/incidents/${incidentId}/attachments`),
      intruder.get(`/api/v1/incidents/${incidentId}/attachments/${id}/content`),
      intruder.delete(`/api/v1/incidents/${incidentId}/attachments/${id}`),
      upload(intruder, incidentId, [{ filename: 'x.txt', contentType: 'text/plain', content: 'x' }]),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.body).not.toContain('confidential');
    }
    // Its own incident with the other organisation's attachment id: still nothing.
    const ownIncident = await newIncident(intruder);
    const crossed = await intruder.get(`/api/v1/incidents/${ownIncident}/attachments/${id}/content`);
    expect(crossed.statusCode).toBe(404);
    expect(await snapshot(org.id)).toEqual(before);
  });

  it('lets readers list and download, and only incident writers upload and remove', async () => {
    const { id } = (
      await upload(handler, incidentId, [{ filename: 'roles.txt', contentType: 'text/plain', content: 'roles' }])
    ).json();
    for (const role of ['auditor', 'risk-manager'] as const) {
      const reader = await signedIn(app, org, role);
      expect((await reader.get(`/api/v1/incidents/${incidentId}/attachments`)).statusCode, role).toBe(200);
      const download = await reader.get(`/api/v1/incidents/${incidentId}/attachments/${id}/content`);
      expect(download.statusCode, role).toBe(200);
      expect(download.body).toBe('roles');
      const refused = await upload(reader, incidentId, [
        { filename: 'r.txt', contentType: 'text/plain', content: 'r' },
      ]);
      expect(refused.statusCode, role).toBe(403);
      expect((await reader.delete(`/api/v1/incidents/${incidentId}/attachments/${id}`)).statusCode, role).toBe(403);
    }
    const admin = await signedIn(app, org, 'admin');
    const byAdmin = await upload(admin, incidentId, [{ filename: 'a.txt', contentType: 'text/plain', content: 'a' }]);
    expect(byAdmin.statusCode).toBe(201);
  });

  it('removes evidence only while the incident is open, recording the before-state', async () => {
    const incident = await newIncident(handler);
    const content = Buffer.from('wrong file with personal data');
    const first = (
      await upload(handler, incident, [{ filename: 'wrong.txt', contentType: 'text/plain', content }])
    ).json();
    const kept = (
      await upload(handler, incident, [{ filename: 'kept.txt', contentType: 'text/plain', content: 'keep' }])
    ).json();

    const removed = await handler.delete(`/api/v1/incidents/${incident}/attachments/${first.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await handler.get(`/api/v1/incidents/${incident}/attachments`)).json().items).toEqual([kept]);
    expect((await handler.get(`/api/v1/incidents/${incident}/attachments/${first.id}/content`)).statusCode).toBe(404);
    const audit = await sql<{ details: Record<string, unknown>; before_digest: string | null }>`
      SELECT details, before_digest FROM audit_events WHERE org_id = ${org.id} AND subject_id = ${incident}
      AND action = 'incident.attachment-removed'`.execute(t.db);
    // No name in the append-only audit chain: the file was removed for data minimisation, so its name
    // must not stay behind there. Its digest and size still prove which file it was.
    const audited = { id: first.id, mediaType: 'text/plain', sizeBytes: content.length, sha256: sha256(content) };
    expect(audit.rows).toEqual([{ details: audited, before_digest: digestOf(audited) }]);
    expect(JSON.stringify(audit.rows)).not.toContain('wrong');
    const timeline = (await handler.get(`/api/v1/incidents/${incident}/timeline`)).json().items;
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'attachment_removed', summary: expect.stringContaining('wrong.txt') }),
    );

    const closed = await handler.post(`/api/v1/incidents/${incident}/status-transitions`, { to: 'closed' });
    expect(closed.statusCode, closed.body).toBeLessThan(300);
    const before = await snapshot(org.id);
    const refused = await handler.delete(`/api/v1/incidents/${incident}/attachments/${kept.id}`);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().code).toBe('precondition_failed');
    expect(await snapshot(org.id)).toEqual(before);
    // Adding evidence to a closed incident is still possible (it destroys nothing).
    const late = await upload(handler, incident, [
      { filename: 'forensics.pdf', contentType: 'application/pdf', content: '%PDF' },
    ]);
    expect(late.statusCode, late.body).toBe(201);
  });

  it('keeps stored evidence unalterable in the database itself', async () => {
    await expect(sql`UPDATE incident_attachments SET file_name = 'renamed.txt'`.execute(t.db)).rejects.toThrow(
      /immutable/,
    );
    await expect(
      sql`INSERT INTO incident_attachments (org_id, incident_id, file_name, media_type, size_bytes, sha256, content, uploaded_by)
          VALUES (${org.id}, ${incidentId}, 'forged.txt', 'text/plain', 3, ${'0'.repeat(64)}, ${Buffer.from('abc')}, 'x')`.execute(
        t.db,
      ),
    ).rejects.toThrow(/incident_attachments_content_matches/);
  });
});
