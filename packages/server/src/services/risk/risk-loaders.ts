// Rows to API objects, with what they embed (threat, assets, scenario, matrix). No policy checks here:
// callers (queries and use cases) authorize first.
import { dutchDate, type Risk, type RiskScenario } from '@weerbaar/core/risk';
import type { DbOrTrx } from '../../db/database.ts';
import type { RiskRow, RiskScenarioRow } from '../../db/schema-risk.ts';
import { findRiskScenariosByIds, listRiskScenarioAssets } from '../../repositories/risk-scenario.repository.ts';
import { loadRiskMatrix } from './risk-matrix-config.ts';
import { currentAssetGraph } from '../assets/asset-graph-cache.ts';
import { presentAssetRef } from '../assets/asset.presenter.ts';
import { presentRisk, presentScenario } from './risk.presenter.ts';
import { scenarioImpact } from './scenario-impact.ts';
import { threatRefs, UNKNOWN_THREAT } from './threat-lookup.ts';

export async function loadScenarios(
  db: DbOrTrx,
  orgId: string,
  rows: readonly RiskScenarioRow[],
): Promise<RiskScenario[]> {
  const [threats, assets] = await Promise.all([
    threatRefs(db, orgId),
    listRiskScenarioAssets(
      db,
      orgId,
      rows.map((r) => r.id),
    ),
  ]);
  // One graph for all scenarios (`db` should be the pool for reads: the cache keeps the pool's graphs;
  // inside a use case's transaction the graph is loaded for that transaction and not kept).
  const graph = assets.size > 0 ? await currentAssetGraph(db, orgId) : undefined;
  return rows.map((r) => {
    const hit = assets.get(r.id) ?? [];
    return presentScenario(
      r,
      threats.get(r.threat_id) ?? UNKNOWN_THREAT(r.threat_id),
      hit,
      graph ? scenarioImpact(graph, hit) : { affectedServices: [], externalDependants: [] },
    );
  });
}

export async function loadRisks(db: DbOrTrx, orgId: string, rows: readonly RiskRow[], now: Date): Promise<Risk[]> {
  const scenarioIds = [...new Set(rows.map((r) => r.scenario_id))];
  const [threats, scenarios, assets, { config }] = await Promise.all([
    threatRefs(db, orgId),
    findRiskScenariosByIds(db, orgId, scenarioIds),
    listRiskScenarioAssets(db, orgId, scenarioIds),
    loadRiskMatrix(db, orgId),
  ]);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const today = dutchDate(now);
  return rows.map((r) => {
    const s = byId.get(r.scenario_id)!;
    return presentRisk(
      r,
      {
        id: s.id,
        title: s.title,
        threat: threats.get(s.threat_id) ?? UNKNOWN_THREAT(s.threat_id),
        assets: (assets.get(s.id) ?? []).map(presentAssetRef),
      },
      config,
      today,
    );
  });
}
