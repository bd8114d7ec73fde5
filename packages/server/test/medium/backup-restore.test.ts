import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/database.ts';
import { listTablesInDependencyOrder, tableDigest } from '../../src/repositories/backup.repository.ts';
import { PLATFORM_CHAIN } from '../../src/kernel/record-audit-event.ts';
import { seedDemo } from '../../src/services/demo/seed-demo.ts';
import { runCli } from '../support/run-cli.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { loadCsafValidatorFirst } from '../support/csaf-validator.ts';

loadCsafValidatorFirst();

const source = useTestDatabase();
const work = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-backup-'));
chmodSync(work, 0o755); // as root, PostgreSQL runs as 'postgres' and must reach the data dir inside
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('restores a backup into an empty data dir with every row identical', async () => {
    await seedDemo(testDeps(source.db), 'http://127.0.0.1:8080');
    await sql`INSERT INTO jobs (kind, payload) VALUES ('mail.log', '{"note": "ü \\"quoted\\""}')`.execute(source.db);
    // An evidence file holding every byte value: bytea must come back byte for byte (the table's
    // CHECK recomputes the SHA-256 on restore, so a changed byte would fail the restore).
    const evidence = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
    await sql`
      WITH incident AS (
        INSERT INTO incidents (org_id, reference, title, category, source, detected_at, created_by)
        SELECT id, 'INC-2026-9999', 'Backup', 'ransomware', 'manual', now(), 'test' FROM organisations
        WHERE kind = 'entity' ORDER BY name LIMIT 1 RETURNING org_id, id)
      INSERT INTO incident_attachments (org_id, incident_id, file_name, media_type, size_bytes, sha256, content, uploaded_by)
      SELECT org_id, id, 'dump.bin', 'application/octet-stream', ${evidence.length},
        ${createHash('sha256').update(evidence).digest('hex')}, ${evidence}, 'test' FROM incident`.execute(source.db);
    const file = path.join(work, 'weerbaar.backup.gz');
    const backup = await runCli(['backup', file], { DATABASE_URL: source.url });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);

    const dataDir = path.join(work, 'restored');
    const restore = await runCli(['restore', file], { WEERBAAR_DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);

    // Read the restored embedded cluster through a backup of it into a second test database.
    const file2 = path.join(work, 'second.backup.gz');
    expect((await runCli(['backup', file2], { WEERBAAR_DATA_DIR: dataDir, DATABASE_URL: '' })).code).toBe(0);
    const target = createDb(source.url.replace(/\/[^/]+$/, '/postgres'), 1);
    const name = `wb_restore_${Date.now()}`;
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(target);
    const targetUrl = source.url.replace(/\/[^/]+$/, `/${name}`);
    expect((await runCli(['restore', file2], { DATABASE_URL: targetUrl })).code).toBe(0);
    const restored = createDb(targetUrl, 1);

    const tables = await listTablesInDependencyOrder(source.db);
    expect(tables).toEqual(expect.arrayContaining(['audit_events', 'incident_attachments']));
    const restoredFile = await sql<{ content: Buffer }>`SELECT content FROM incident_attachments`.execute(restored);
    expect(restoredFile.rows.map((r) => r.content)).toEqual([evidence]);
    // Every row of the source comes back; the audit trail also holds what the two restores appended:
    // one `backup.restored` event each, on the platform chain (and that chain's head).
    const audited = ['audit_events', 'audit_heads'];
    for (const table of tables.filter((name) => !audited.includes(name))) {
      expect(await tableDigest(restored, table), table).toBe(await tableDigest(source.db, table));
    }
    const trailDigest = async (db: typeof restored) => {
      const events = await sql<{ d: string }>`
        SELECT md5(string_agg(to_jsonb(e)::text, E'\n' ORDER BY e.org_id, e.seq)) AS d FROM audit_events e
        WHERE e.org_id <> ${PLATFORM_CHAIN} OR e.action <> 'backup.restored'`.execute(db);
      const heads = await sql<{ d: string }>`
        SELECT md5(string_agg(to_jsonb(h)::text, E'\n' ORDER BY h.org_id)) AS d FROM audit_heads h
        WHERE h.org_id <> ${PLATFORM_CHAIN}`.execute(db);
      return [events.rows[0]!.d, heads.rows[0]!.d];
    };
    expect(await trailDigest(restored)).toEqual(await trailDigest(source.db));
    const platform = await sql<{ seq: string; action: string; actor_label: string }>`
      SELECT seq, action, actor_label FROM audit_events WHERE org_id = ${PLATFORM_CHAIN} ORDER BY seq`.execute(
      restored,
    );
    expect(platform.rows.map((r) => [Number(r.seq), r.action, r.actor_label])).toEqual([
      [1, 'backup.restored', 'restore'],
      [2, 'backup.restored', 'restore'],
    ]);
    expect((await runCli(['audit', 'verify'], { DATABASE_URL: targetUrl })).code).toBe(0);

    // Restoring again into a database that has data is refused, and changes nothing.
    const again = await runCli(['restore', file], { DATABASE_URL: targetUrl });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/empty database/);
    await restored.destroy();
    await sql`DROP DATABASE ${sql.id(name)} WITH (FORCE)`.execute(target);
    await target.destroy();
  }, 120_000);

  it('explains a missing or foreign backup file', async () => {
    expect((await runCli(['restore', path.join(work, 'nope.gz')], { DATABASE_URL: source.url })).code).toBe(2);
    expect((await runCli(['backup'], { DATABASE_URL: source.url })).code).toBe(2);
  });
});
