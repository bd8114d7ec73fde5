// Demo data of issue 14 items 4 and 5: the demo authority holds three real CISA ICS advisories of 2024
// (TLP:WHITE → CLEAR; copies in ./csaf/, public domain, from ../shared/standards/csaf-2.0/cisa-ot-2024), the
// water company's PLCs and SCADA list their products, and one advisory hits: Unitronics Vision PLCs (the
// controllers attacked at US water utilities in 2023), ICSA-24-109-01. The SCADA's WinCC runs an update
// newer than the range of ICSA-24-046-12, so that one does not hit. Idempotent: an advisory held already is
// left alone (its import is "unchanged"), products are added only when the asset has none.
import { readFileSync } from 'node:fs';
import type { Deps } from '../../kernel/deps.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../../kernel/actor.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { addInventoryItem } from '../advisories/add-inventory-item.ts';
import { findAdvisoryAlertCandidates } from '../advisories/advisory-matching.ts';
import { listInventoryItems } from '../advisories/advisory-queries.ts';
import { sha512Of } from '../advisories/csaf-sources.ts';
import { importCsafAdvisory } from '../advisories/import-csaf-advisory.ts';
import { recordAdvisoryAlerts } from '../advisories/record-advisory-alerts.ts';
import { listOrgAssets } from '../assets/asset-queries.ts';

const ADVISORIES = ['icsa-24-109-01.json', 'icsa-24-046-12.json', 'icsa-24-030-05.json'];

const WATER_PRODUCTS: Record<string, { vendor: string; product: string; version: string }[]> = {
  'Procesbesturing zuivering (PLC’s)': [{ vendor: 'Unitronics', product: 'Vision 280', version: 'V6.2' }],
  SCADA: [{ vendor: 'Siemens', product: 'SIMATIC WinCC V7.5', version: 'V7.5 SP2 Update 16' }],
  Telemetrie: [{ vendor: 'Phoenix Contact', product: 'mGuard RS4000', version: '8.9.3' }],
};

export async function seedDemoSharingAdvisories(deps: Deps, authorityName: string, waterName: string): Promise<void> {
  const authority = await findOrganisationByName(deps.db, authorityName);
  const water = await findOrganisationByName(deps.db, waterName);
  if (!authority || !water) return;
  const authorityCtx: OrgActor = { actor: SYSTEM_ACTOR, orgId: authority.id, role: 'owner', orgKind: authority.kind };
  for (const file of ADVISORIES) {
    const text = readFileSync(new URL(`./csaf/${file}`, import.meta.url), 'utf8');
    await importCsafAdvisory(deps, authorityCtx, {
      document: JSON.parse(text),
      sha512: sha512Of(text),
      source: 'file',
    });
  }
  const ctx: OrgActor = { actor: SYSTEM_ACTOR, orgId: water.id, role: 'owner', orgKind: water.kind };
  const assets = await listOrgAssets(deps.db, ctx, {});
  const withProducts = new Set((await listInventoryItems(deps.db, ctx)).map((i) => i.assetId));
  for (const [assetName, products] of Object.entries(WATER_PRODUCTS)) {
    const asset = assets.find((a) => a.kind === 'asset' && a.name === assetName);
    if (!asset || withProducts.has(asset.id)) continue;
    for (const p of products) await addInventoryItem(deps, ctx, { assetId: asset.id, ...p });
  }
  // Matched now, so the demo shows the alert at once, as history: nobody is notified or mailed (the jobs the
  // changes scheduled find the alerts stored and stay silent too).
  const alerts = await findAdvisoryAlertCandidates(deps.db, water.id);
  if (alerts.length > 0) await recordAdvisoryAlerts(deps, SYSTEM_ACTOR, { orgId: water.id, alerts, notify: false });
}
