// Which services a scenario takes down. Today: the services among the assets it hits directly.
//
// WIRING POINT for the dependency graph (assets area, core/src/assets/dependency-graph.ts `impactOf`): once
// that lands, replace the body with the services (and external dependants) downstream of `assets` in the
// organisation's graph, so a scenario against a power supply lists every service that needs it. The
// contract field (RiskScenario.affectedServices) and every caller stay as they are.
import type { AssetRef } from '@weerbaar/core/assets';
import type { DbOrTrx } from '../../db/database.ts';
import type { AssetRow } from '../../db/schema-incidents.ts';
import { presentAssetRef } from '../assets/asset.presenter.ts';

export async function affectedServicesOf(
  _db: DbOrTrx,
  _orgId: string,
  assets: readonly AssetRow[],
): Promise<AssetRef[]> {
  return assets.filter((a) => a.kind === 'service').map(presentAssetRef);
}
