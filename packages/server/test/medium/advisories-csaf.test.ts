// CSAF 2.0 import, the product inventory and "u bent geraakt" matching (issue 14 items 4, 5 and 7).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCsafAdvisory, type AdvisoryAuthor } from '@weerbaar/core/advisories';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrgActor } from '../../src/kernel/actor.ts';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { addAssetDependency } from '../../src/services/assets/add-asset-dependency.ts';
import { createAsset } from '../../src/services/assets/create-asset.ts';
import { addInventoryItem } from '../../src/services/advisories/add-inventory-item.ts';
import { findAdvisoryAlertCandidates } from '../../src/services/advisories/advisory-matching.ts';
import {
  getAdvisory,
  listAdvisories,
  listAdvisoryAlerts,
  listAffectedEntities,
} from '../../src/services/advisories/advisory-queries.ts';
import { readCsafPath, sha512Of } from '../../src/services/advisories/csaf-sources.ts';
import { importCsafAdvisory } from '../../src/services/advisories/import-csaf-advisory.ts';
import { importInventory } from '../../src/services/advisories/import-inventory.ts';
import { matchAdvisoriesJob } from '../../src/services/advisories/match-advisories.job.ts';
import { removeInventoryItem } from '../../src/services/advisories/remove-inventory-item.ts';
import type { Deps } from '../../src/kernel/deps.ts';
import { insertCommunityMember } from '../../src/repositories/community.repository.ts';
import { listAlerts } from '../../src/repositories/advisory.repository.ts';
import { passOnAdvisory } from '../../src/services/advisories/pass-on-advisory.ts';
import { passOnChoices } from '../../src/services/advisories/pass-on-rule.ts';
import { publishAdvisory } from '../../src/services/advisories/publish-advisory.ts';
import { createCommunity } from '../../src/services/sharing/create-community.ts';
import { createTestOrg, type TestOrg } from '../support/fixtures.ts';
import { personOf } from '../support/sharing-fixtures.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { loadCsafValidatorFirst } from '../support/csaf-validator.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/csaf/', import.meta.url));
const t = useTestDatabase();
loadCsafValidatorFirst();
let deps: Deps;
let authority: TestOrg;
let water: TestOrg;
let hospital: TestOrg;
const as = (org: TestOrg): OrgActor => ({ actor: SYSTEM_ACTOR, orgId: org.id, role: 'owner', orgKind: org.kind });

async function importFile(org: TestOrg, file: string) {
  const text = readFileSync(file, 'utf8');
  return importCsafAdvisory(deps, as(org), { document: JSON.parse(text), sha512: sha512Of(text), source: 'file' });
}

async function runMatching() {
  const runner = new JobRunner(deps, { jobs: [matchAdvisoriesJob], backoffMs: () => 10 });
  while (await runner.runOne()) {
    // until no matching job is due
  }
  const failed = await sql<{ n: string }>`
    SELECT count(*) AS n FROM jobs WHERE kind = 'advisory.match' AND status <> 'done'`.execute(t.db);
  expect(failed.rows[0]!.n).toBe('0');
}

/** The planted advisory: an affected range, a fixed version and a product that is not affected. */
const PLANTED: AdvisoryAuthor = {
  trackingId: 'WB-TEST-2026-0001',
  title: 'Kwetsbaarheden in Acme-pompbesturingen',
  summary: 'Testadvies met een getroffen versiebereik, een opgeloste versie en een niet-getroffen product.',
  tlp: 'CLEAR',
  products: [
    {
      vendor: 'Acme Controls',
      product: 'PumpLogic PLC',
      versions: 'vers:generic/>=2.0|<2.4',
      status: 'known_affected',
      cpe: 'cpe:2.3:h:acme:pumplogic_plc:*:*:*:*:*:*:*:*',
    },
    { vendor: 'Acme Controls', product: 'PumpLogic PLC', versions: '2.4', status: 'fixed' },
    { vendor: 'Acme Controls', product: 'FlowView HMI', versions: 'vers:generic/*', status: 'known_not_affected' },
    {
      vendor: 'Acme Controls',
      product: 'acme-modbus',
      versions: 'vers:npm/<1.5.0',
      status: 'known_affected',
      purl: 'pkg:npm/%40acme/modbus',
    },
  ],
  vulnerabilities: [
    {
      cve: 'CVE-2026-40001',
      description: 'Zonder inloggen kan de besturing worden overgenomen.',
      cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      remediation: 'Installeer firmware 2.4 of nieuwer.',
    },
  ],
};

beforeAll(async () => {
  deps = testDeps(t.db);
  authority = await createTestOrg(t.db, 'CSAF Autoriteit', 'authority', ['owner', 'analyst']);
  water = await createTestOrg(t.db, 'CSAF Waterbedrijf', 'entity', ['owner', 'incident-handler']);
  hospital = await createTestOrg(t.db, 'CSAF Ziekenhuis', 'entity', ['owner']);
});

describe('CSAF import', () => {
  it('imports every OASIS CSAF 2.0 example', async () => {
    const sources = await readCsafPath(path.join(FIXTURES, 'examples/csaf'));
    expect(sources.length).toBeGreaterThanOrEqual(19);
    for (const s of sources) {
      expect(s.error, s.source).toBeUndefined();
      const r = await importCsafAdvisory(deps, as(hospital), {
        document: s.document,
        sha512: s.sha512,
        source: 'file',
      });
      expect(r.outcome, s.source).toBe('imported');
    }
  });

  it('imports all 344 CISA ICS advisories of 2024 with their published sha512', async () => {
    const sources = await readCsafPath(path.join(FIXTURES, 'cisa-ot-2024'));
    expect(sources).toHaveLength(344);
    const failures: string[] = [];
    for (const s of sources) {
      if (s.error) failures.push(`${s.source}: ${s.error}`);
      else {
        try {
          await importCsafAdvisory(deps, as(authority), { document: s.document, sha512: s.sha512, source: 'file' });
        } catch (error) {
          failures.push(`${s.source}: ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
    const n = await sql<{ n: string; clear: string }>`
      SELECT count(*) AS n, count(*) FILTER (WHERE tlp = 'CLEAR') AS clear
      FROM csaf_advisories WHERE org_id = ${authority.id}`.execute(t.db);
    // TLP:WHITE (TLP 1.0) arrives as TLP:CLEAR (TLP 2.0).
    expect(n.rows[0]).toEqual({ n: '344', clear: '344' });
  }, 120_000);

  it('refuses a document that fails a mandatory test, and a file whose sha512 does not match', async () => {
    const doc = buildCsafAdvisory(PLANTED, { name: 'X', namespace: 'https://x.example' }, new Date());
    // §6.1.1: a product id used in product_status must be defined in the product tree.
    (doc.vulnerabilities as { product_status: { known_affected: string[] } }[])[0]!.product_status.known_affected.push(
      'UNDEFINED-PID',
    );
    await expect(
      importCsafAdvisory(deps, as(water), { document: doc, sha512: sha512Of(JSON.stringify(doc)), source: 'file' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });

    const sources = await readCsafPath(path.join(FIXTURES, 'cisa-ot-2024/icsa-24-004-01.json'));
    expect(sources[0]!.error).toBeUndefined();
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'csaf-'));
    const text = readFileSync(path.join(FIXTURES, 'cisa-ot-2024/icsa-24-004-01.json'), 'utf8');
    await writeFile(path.join(dir, 'a.json'), text.replace('Rockwell', 'Rockwel1'));
    await writeFile(
      path.join(dir, 'a.json.sha512'),
      readFileSync(path.join(FIXTURES, 'cisa-ot-2024/icsa-24-004-01.json.sha512')),
    );
    const [tampered] = await readCsafPath(path.join(dir, 'a.json'));
    expect(tampered!.error).toMatch(/sha512/);
    expect(tampered!.document).toBeUndefined();
  });

  it('an import of the same release changes nothing; it keeps one row per tracking id', async () => {
    const file = path.join(FIXTURES, 'cisa-ot-2024/icsa-24-004-01.json');
    const again = await importFile(authority, file);
    expect(again.outcome).toBe('unchanged');
  });
});

describe('visibility: the one TLP rule with the advisory audience (all labels × viewers: sharing-tlp-matrix)', () => {
  it('an import: authority CLEAR for everyone, own imports for the importer only, imported AMBER kept', async () => {
    const amber = buildCsafAdvisory(
      { ...PLANTED, trackingId: 'WB-TEST-AMBER-1', title: 'Alleen voor de houder', tlp: 'AMBER' },
      { name: 'CSAF Autoriteit', namespace: 'https://autoriteit.example' },
      new Date('2026-12-01T10:00:00Z'),
    );
    const amberRow = await importCsafAdvisory(deps, as(authority), {
      document: amber,
      sha512: sha512Of(JSON.stringify(amber)),
      source: 'authored',
    });
    expect(amberRow.tlp).toBe('AMBER');
    const waterSees = await listAdvisories(t.db, as(water), { limit: 1000 });
    const ids = new Set(waterSees.map((a) => a.id));
    expect(ids.has(amberRow.advisoryId)).toBe(false);
    await expect(getAdvisory(t.db, as(water), amberRow.advisoryId)).rejects.toMatchObject({ code: 'not_found' });
    // The 344 CISA advisories (CLEAR, held by the authority) and none of the hospital's own imports.
    expect(waterSees.filter((a) => a.fromAuthority)).toHaveLength(344);
    expect(waterSees.some((a) => !a.fromAuthority)).toBe(false);
    const hospitalSees = await listAdvisories(t.db, as(hospital), { limit: 1000 });
    expect(hospitalSees.filter((a) => !a.fromAuthority).length).toBeGreaterThanOrEqual(19);
    expect((await listAdvisories(t.db, as(authority), { limit: 1000 })).some((a) => a.id === amberRow.advisoryId)).toBe(
      true,
    );
  });

  it('a publication is shared with the community named, or the own all-entities one; AMBER with named organisations', async () => {
    const owner = personOf(authority, 'owner');
    const all = await createCommunity(deps, owner, { name: 'Alle entiteiten (test)', kind: 'all-entities' });
    await insertCommunityMember(t.db, all.id, water.id, new Date());
    const isac = await createCommunity(deps, owner, { name: 'Zorg-ISAC (test)', kind: 'sector' });
    await insertCommunityMember(t.db, isac.id, hospital.id, new Date());
    const publish = (trackingId: string, extra: Partial<AdvisoryAuthor>) =>
      publishAdvisory(deps, as(authority), {
        ...PLANTED,
        // A product no inventory here has: these publications must not add to the matching tests below.
        products: [{ vendor: 'Niemand', product: 'Nergens', versions: '1.0', status: 'known_affected' }],
        trackingId,
        ...extra,
      });
    const reads = async (org: TestOrg, id: string) =>
      (await listAdvisories(t.db, as(org), { limit: 1000 })).some((a) => a.id === id);

    const green = await publish('WB-TEST-GREEN-1', { tlp: 'GREEN' });
    expect([await reads(water, green.advisoryId), await reads(hospital, green.advisoryId)]).toEqual([true, false]);
    const greenIsac = await publish('WB-TEST-GREEN-2', { tlp: 'GREEN', communityId: isac.id });
    expect([await reads(water, greenIsac.advisoryId), await reads(hospital, greenIsac.advisoryId)]).toEqual([
      false,
      true,
    ]);
    const amber = await publish('WB-TEST-AMBER-2', {
      tlp: 'AMBER',
      recipientOrgIds: [hospital.id],
      communityId: isac.id,
    });
    expect([await reads(water, amber.advisoryId), await reads(hospital, amber.advisoryId)]).toEqual([false, true]);
    // TLP 2.0 AMBER: a recipient organisation (here a second authority, a sector CSIRT) passes it on to a
    // client (an entity it serves); that client reads it, nobody else gains it, and it travels no further.
    const csirt = await createTestOrg(t.db, 'CSAF Sector-CSIRT', 'authority', ['owner']);
    const toCsirt = await publish('WB-TEST-AMBER-3', { tlp: 'AMBER', recipientOrgIds: [csirt.id] });
    expect([await reads(water, toCsirt.advisoryId), await reads(csirt, toCsirt.advisoryId)]).toEqual([false, true]);
    const passOn = (org: TestOrg, advisoryId: string, clientOrgIds: string[]) =>
      passOnAdvisory(deps, as(org), { advisoryId, clientOrgIds });
    // Not to an organisation that is no client (another authority), not another label, not by the holder.
    // (AMBER+STRICT is published as RED, core tlp.ts: never read by an organisation, so never passed on.)
    await expect(passOn(csirt, toCsirt.advisoryId, [authority.id])).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(passOn(water, green.advisoryId, [hospital.id])).rejects.toMatchObject({ code: 'conflict' });
    await expect(passOn(authority, toCsirt.advisoryId, [water.id])).rejects.toMatchObject({ code: 'conflict' });
    // Not by an organisation that does not read it.
    await expect(passOn(hospital, toCsirt.advisoryId, [water.id])).rejects.toMatchObject({ code: 'not_found' });
    // What the advisory page offers (GET …/pass-on): the same rule, with the client organisations to choose.
    const choices = (org: TestOrg, advisoryId: string) => passOnChoices(t.db, as(org), advisoryId);
    const offered = (c: Awaited<ReturnType<typeof choices>>) =>
      Object.fromEntries(
        c.clients.filter((x) => [water.id, hospital.id, authority.id].includes(x.id)).map((x) => [x.id, x.passedOn]),
      );
    const before = await choices(csirt, toCsirt.advisoryId);
    expect(before.allowed).toBe(true);
    expect(offered(before)).toEqual({ [water.id]: false, [hospital.id]: false });
    expect(await choices(authority, toCsirt.advisoryId)).toEqual({ allowed: false, clients: [] });
    expect(await choices(water, green.advisoryId)).toEqual({ allowed: false, clients: [] });
    await expect(choices(hospital, toCsirt.advisoryId)).rejects.toMatchObject({ code: 'not_found' });
    expect(await passOn(csirt, toCsirt.advisoryId, [water.id])).toEqual({ passedOnTo: [water.id] });
    expect(offered(await choices(csirt, toCsirt.advisoryId))).toEqual({ [water.id]: true, [hospital.id]: false });
    expect(await choices(water, toCsirt.advisoryId)).toEqual({ allowed: false, clients: [] });
    expect([
      await reads(water, toCsirt.advisoryId),
      await reads(hospital, toCsirt.advisoryId),
      await reads(csirt, toCsirt.advisoryId),
    ]).toEqual([true, false, true]);
    // The client cannot pass it further; a repeat changes nothing; the pass-on is in the audit trail.
    await expect(passOn(water, toCsirt.advisoryId, [hospital.id])).rejects.toMatchObject({ code: 'conflict' });
    expect(await passOn(csirt, toCsirt.advisoryId, [water.id])).toEqual({ passedOnTo: [] });
    const audit = await sql<{ n: string }>`
      SELECT count(*) AS n FROM audit_events WHERE action = 'advisory.passed-on' AND org_id = ${csirt.id}`.execute(
      t.db,
    );
    expect(audit.rows[0]!.n).toBe('1');
    // RED without named people stays with the publisher.
    const red = await publish('WB-TEST-RED-1', { tlp: 'RED' });
    expect([await reads(water, red.advisoryId), await reads(hospital, red.advisoryId)]).toEqual([false, false]);
    // A community the publisher neither owns nor belongs to is "not found".
    const foreign = await createCommunity(deps, personOf(hospital, 'owner'), { name: 'Eigen kring', kind: 'ad-hoc' });
    await expect(publish('WB-TEST-GREEN-3', { tlp: 'GREEN', communityId: foreign.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('inventory and matching', () => {
  let plc: string;
  let hmi: string;
  let gateway: string;
  let drinkingWater: string;
  let plantedId: string;
  const items: Record<string, string> = {};

  beforeAll(async () => {
    const ctx = as(water);
    drinkingWater = (await createAsset(deps, ctx, { kind: 'service', name: 'Drinkwaterlevering', crownJewel: true }))
      .id;
    const pumping = (await createAsset(deps, ctx, { kind: 'service', name: 'Pompstation Oost', crownJewel: false })).id;
    plc = (
      await createAsset(deps, ctx, {
        kind: 'asset',
        name: 'PLC pompstation Oost',
        assetType: 'ot_system',
        crownJewel: true,
      })
    ).id;
    hmi = (
      await createAsset(deps, ctx, {
        kind: 'asset',
        name: 'HMI pompstation Oost',
        assetType: 'ot_system',
        crownJewel: false,
      })
    ).id;
    gateway = (
      await createAsset(deps, ctx, { kind: 'asset', name: 'Modbus-gateway', assetType: 'it_system', crownJewel: false })
    ).id;
    await addAssetDependency(deps, ctx, { fromAssetId: drinkingWater, toAssetId: pumping });
    await addAssetDependency(deps, ctx, { fromAssetId: pumping, toAssetId: plc });
    const planted = buildCsafAdvisory(
      PLANTED,
      { name: 'CSAF Autoriteit', namespace: 'https://autoriteit.example' },
      new Date('2026-12-02T10:00:00Z'),
    );
    plantedId = (
      await importCsafAdvisory(deps, as(authority), {
        document: planted,
        sha512: sha512Of(JSON.stringify(planted)),
        source: 'authored',
      })
    ).advisoryId;
    await runMatching();
  });

  async function add(key: string, body: Record<string, unknown>) {
    items[key] = (await addInventoryItem(deps, as(water), body as never)).id;
  }

  async function alertRows() {
    const r = await sql<{ item: string; tracking_id: string; cves: string[] }>`
      SELECT l.asset_product_id AS item, a.tracking_id, l.cves FROM advisory_alerts l
      JOIN csaf_advisories a ON a.org_id = l.advisory_org_id AND a.id = l.advisory_id
      WHERE l.org_id = ${water.id} ORDER BY a.tracking_id, l.asset_product_id`.execute(t.db);
    return r.rows;
  }

  it('a planted inventory gets exactly the planted matches: none for fixed or not-affected versions', async () => {
    // Hit: in the affected range by CPE (2.3 in >=2.0|<2.4).
    await add('cpeHit', { assetId: plc, cpe: 'cpe:2.3:h:acme:pumplogic_plc:2.3:*:*:*:*:*:*:*' });
    // Not hit: the fixed version, by name and by CPE.
    await add('fixedByName', { assetId: plc, vendor: 'Acme Controls', product: 'PumpLogic PLC', version: '2.4' });
    await add('fixedByCpe', { assetId: hmi, cpe: 'cpe:2.3:h:acme:pumplogic_plc:2.4:*:*:*:*:*:*:*' });
    // Not hit: below the range.
    await add('belowRange', { assetId: hmi, vendor: 'acme controls', product: 'pumplogic plc', version: '1.9' });
    // Not hit: a product the advisory says is not affected.
    await add('notAffected', { assetId: hmi, vendor: 'Acme Controls', product: 'FlowView HMI', version: '7.1' });
    // Hit by purl, version from the purl itself.
    await add('purlHit', { assetId: gateway, purl: 'pkg:npm/%40acme/modbus@1.4.2' });
    // Not hit by purl: fixed range.
    await add('purlFixed', { assetId: gateway, purl: 'pkg:npm/%40acme/modbus@1.5.0' });
    // Hit by a real CISA advisory: Rockwell FactoryTalk Activation Manager below V4.00 (ICSA-24-004-01).
    await add('cisaHit', {
      assetId: gateway,
      vendor: 'Rockwell Automation',
      product: 'Factory Talk Activation Manager',
      version: '3.62',
    });
    await add('cisaNoHit', {
      assetId: hmi,
      vendor: 'Rockwell Automation',
      product: 'Factory Talk Activation Manager',
      version: '5.01',
    });
    await runMatching();
    const rows = await alertRows();
    expect(rows.map((r) => [r.tracking_id, r.item]).sort()).toEqual(
      [
        ['ICSA-24-004-01', items.cisaHit],
        [PLANTED.trackingId, items.cpeHit],
        [PLANTED.trackingId, items.purlHit],
      ].sort(),
    );
    expect(rows.find((r) => r.item === items.cpeHit)!.cves).toEqual(['CVE-2026-40001']);
  });

  it('names the asset, the services that depend on it, the remediation and the KEV flag', async () => {
    const alerts = await listAdvisoryAlerts(t.db, as(water), plantedId);
    const plcAlert = alerts.find((a) => a.asset.id === plc)!;
    expect(plcAlert.asset.name).toBe('PLC pompstation Oost');
    expect(plcAlert.services.map((s) => [s.name, s.hops])).toEqual([
      ['Pompstation Oost', 1],
      ['Drinkwaterlevering', 2],
    ]);
    expect(plcAlert.remediations.map((r) => r.details)).toEqual(['Installeer firmware 2.4 of nieuwer.']);
    expect(plcAlert.knownExploited).toBe(false);
    expect(plcAlert.matchedOn).toBe('cpe');
    // CVE-2023-38545 (curl, in ICSA-24-004-01) is not in the KEV catalogue; the alert says so.
    const cisa = (await listAdvisoryAlerts(t.db, as(water))).find((a) => a.advisory.trackingId === 'ICSA-24-004-01')!;
    expect(cisa.cves).toContain('CVE-2023-38545');
  });

  it("lists alerts in one query: each advisory's facts read once, the remediation on every alert", async () => {
    const rows = await listAlerts(t.db, water.id);
    const advisories = new Set(rows.map((r) => r.advisory_id));
    expect(rows.length).toBeGreaterThan(advisories.size);
    expect(
      rows
        .filter((r) => r.vulnerabilities !== null)
        .map((r) => r.advisory_id)
        .sort(),
    ).toEqual([...advisories].sort());
    const alerts = await listAdvisoryAlerts(t.db, as(water));
    expect(alerts).toHaveLength(rows.length);
    for (const a of alerts) expect(a.remediations.length, a.advisory.trackingId).toBeGreaterThan(0);
  });

  it('tells the organisation once: a notification per advisory and change, mail to who acts; a repeat alerts nothing twice', async () => {
    const notes = await sql<{ title: string; body: string }>`
      SELECT title, body FROM notifications WHERE org_id = ${water.id} AND kind = 'advisory.alert' ORDER BY title, body`.execute(
      t.db,
    );
    // Each added item is matched on its own (scoped matching): the planted advisory hit two items added
    // one by one (two notifications), the CISA advisory one.
    expect(notes.rows).toHaveLength(3);
    const planted = notes.rows.find((n) => n.title.includes('Acme') && n.body.includes('PLC pompstation Oost'))!;
    expect(planted.title).toBe(`U bent geraakt: ${PLANTED.title}`);
    expect(planted.body).toContain('PLC pompstation Oost');
    expect(planted.body).toContain('Drinkwaterlevering');
    expect(planted.body).toContain('Installeer firmware 2.4 of nieuwer.');
    const mails = await sql<{ to_address: string }>`
      SELECT to_address FROM mail_outbox WHERE subject LIKE ${'%U bent geraakt%'} ORDER BY to_address`.execute(t.db);
    // owner and incident-handler of the water company, for each of the three notifications.
    expect(mails.rows).toHaveLength(6);
    const before = (await alertRows()).length;
    // A repeat (a new trigger) finds every alert stored: no alert, notification or mail twice.
    await deps.db.transaction().execute(async (trx) => {
      await matchAdvisoriesJob.enqueue(trx, { orgId: water.id }, { orgId: water.id, dedupeKey: 'repeat-1' });
    });
    await runMatching();
    expect((await alertRows()).length).toBe(before);
    const again = await sql<{ n: string }>`
      SELECT count(*) AS n FROM notifications WHERE org_id = ${water.id} AND kind = 'advisory.alert'`.execute(t.db);
    expect(again.rows[0]!.n).toBe('3');
  });

  it('matches on every inventory change, also from a CSV and an SBOM', async () => {
    await importInventory(deps, as(water), {
      format: 'csv',
      content: 'asset;vendor;product;version\nHMI pompstation Oost;Acme Controls;PumpLogic PLC;2.0\n',
    });
    await importInventory(deps, as(water), {
      format: 'cyclonedx',
      assetId: hmi,
      content: JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        components: [
          { type: 'library', name: 'modbus', group: '@acme', version: '1.0.0', purl: 'pkg:npm/%40acme/modbus@1.0.0' },
        ],
      }),
    });
    await importInventory(deps, as(water), {
      format: 'spdx',
      assetId: gateway,
      content: JSON.stringify({
        spdxVersion: 'SPDX-2.3',
        packages: [
          {
            name: 'pumplogic-firmware',
            versionInfo: '2.1',
            supplier: 'Organization: Acme',
            externalRefs: [
              {
                referenceCategory: 'SECURITY',
                referenceType: 'cpe23Type',
                referenceLocator: 'cpe:2.3:h:acme:pumplogic_plc:2.1:*:*:*:*:*:*:*',
              },
            ],
          },
        ],
      }),
    });
    await runMatching();
    const rows = await alertRows();
    const planted = rows.filter((r) => r.tracking_id === PLANTED.trackingId);
    expect(planted).toHaveLength(5);
  });

  it('matches only what changed: one advisory against the items sharing its keys, added items against the corpus', async () => {
    // The jobs an inventory change and an advisory import schedule carry their scope.
    const scopes = await sql<{ payload: { itemIds?: string[]; advisory?: { id: string } } }>`
      SELECT payload FROM jobs WHERE kind = 'advisory.match' AND org_id = ${water.id}`.execute(t.db);
    expect(scopes.rows.some((r) => r.payload.advisory?.id === plantedId)).toBe(true);
    expect(scopes.rows.some((r) => r.payload.itemIds?.length === 1 && r.payload.itemIds[0] === items.cisaHit)).toBe(
      true,
    );
    const byAdvisory = await findAdvisoryAlertCandidates(t.db, water.id, {
      advisory: { orgId: authority.id, id: plantedId },
    });
    expect(new Set(byAdvisory.map((c) => c.advisoryId))).toEqual(new Set([plantedId]));
    expect(byAdvisory).toHaveLength(5);
    const byItem = await findAdvisoryAlertCandidates(t.db, water.id, { itemIds: [items.cisaHit!, items.fixedByName!] });
    expect(byItem.map((c) => [c.itemId, c.trackingId])).toEqual([[items.cisaHit, 'ICSA-24-004-01']]);
    // An organisation without those products: nothing to match.
    const other = await findAdvisoryAlertCandidates(t.db, hospital.id, {
      advisory: { orgId: authority.id, id: plantedId },
    });
    expect(other).toEqual([]);
  });

  it('an import naming an unknown asset imports nothing', async () => {
    await expect(
      importInventory(deps, as(water), {
        format: 'csv',
        content: 'asset,vendor,product,version\nBestaat niet,Acme Controls,PumpLogic PLC,2.0\n',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('imports the good lines of a file, names each bad line; the same file twice adds nothing twice', async () => {
    const csv = [
      'asset;vendor;product;version',
      'Modbus-gateway;Beckhoff;TwinCAT;3.1',
      'Bestaat niet;Acme Controls;PumpLogic PLC;2.0',
      'Modbus-gateway;;;',
      'Modbus-gateway;Beckhoff;TwinCAT;3.1',
      'modbus-gateway;Moxa;NPort 5110;2.10',
    ].join('\n');
    const count = async () =>
      Number(
        (
          await sql<{
            n: string;
          }>`SELECT count(*) AS n FROM asset_products WHERE org_id = ${water.id} AND asset_id = ${gateway}
            AND vendor IN ('Beckhoff', 'Moxa')`.execute(t.db)
        ).rows[0]!.n,
      );
    const first = await importInventory(deps, as(water), { format: 'csv', content: csv });
    expect(first).toEqual({
      imported: 2,
      alreadyPresent: 1,
      refused: [
        { line: 3, reason: 'no asset named Bestaat niet' },
        { line: 4, reason: 'needs cpe, purl, or vendor and product' },
      ],
    });
    expect(await count()).toBe(2);
    const again = await importInventory(deps, as(water), { format: 'csv', content: csv });
    expect(again).toMatchObject({ imported: 0, alreadyPresent: 3 });
    expect(again.refused).toHaveLength(2);
    expect(await count()).toBe(2);
  });

  it('the authority sees which entities its advisory hits, and no more of their inventories', async () => {
    const affected = await listAffectedEntities(t.db, as(authority), plantedId);
    expect(affected).toEqual([{ orgId: water.id, name: 'CSAF Waterbedrijf', alerts: 5, knownExploited: false }]);
    expect(Object.keys(affected[0]!).sort()).toEqual(['alerts', 'knownExploited', 'name', 'orgId']);
    // An entity cannot ask it.
    await expect(listAffectedEntities(t.db, as(water), plantedId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('removing an item removes its alert', async () => {
    await removeInventoryItem(deps, as(water), { id: items.cpeHit! });
    const rows = await alertRows();
    expect(rows.some((r) => r.item === items.cpeHit)).toBe(false);
  });
});
