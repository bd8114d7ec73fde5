import { notFound } from '@weerbaar/core/platform';
import {
  THREAT_CATALOGUE,
  type Risk,
  type RiskMatrix,
  type RiskQuery,
  type RiskSummary,
  type RiskScenario,
  type Threat,
} from '@weerbaar/core/risk';
import type { Db } from '../../db/database.ts';
import { listRiskThreats } from '../../repositories/risk-threat.repository.ts';
import { findRiskScenario, listRiskScenarios } from '../../repositories/risk-scenario.repository.ts';
import { findRisk, listRisks } from '../../repositories/risk.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { loadRiskMatrix } from './risk-matrix-config.ts';
import { loadRisks, loadScenarios } from './risk-loaders.ts';
import { presentCatalogueThreat, presentOwnThreat } from './risk.presenter.ts';

const readRisk = (ctx: OrgActor) => authorize(ctx, 'read', { type: 'risk', orgId: ctx.orgId }, 'Risk');

/** The catalogue first, then the organisation's own threats. */
export async function listOrgThreats(db: Db, ctx: OrgActor): Promise<Threat[]> {
  readRisk(ctx);
  return [
    ...THREAT_CATALOGUE.map(presentCatalogueThreat),
    ...(await listRiskThreats(db, ctx.orgId)).map(presentOwnThreat),
  ];
}

export async function getRiskMatrix(db: Db, ctx: OrgActor): Promise<RiskMatrix> {
  readRisk(ctx);
  const { config, custom } = await loadRiskMatrix(db, ctx.orgId);
  return { ...config, custom };
}

export async function listOrgScenarios(db: Db, ctx: OrgActor): Promise<RiskScenario[]> {
  readRisk(ctx);
  return loadScenarios(db, ctx.orgId, await listRiskScenarios(db, ctx.orgId));
}

export async function getScenario(db: Db, ctx: OrgActor, id: string): Promise<RiskScenario> {
  readRisk(ctx);
  const row = await findRiskScenario(db, ctx.orgId, id);
  if (!row) throw notFound('Risk scenario');
  return (await loadScenarios(db, ctx.orgId, [row]))[0]!;
}

/** The register, highest residual (else inherent) score first; filtered by band, treatment, asset and text. */
export async function listOrgRisks(db: Db, ctx: OrgActor, query: RiskQuery, now: Date): Promise<Risk[]> {
  readRisk(ctx);
  const risks = await loadRisks(db, ctx.orgId, await listRisks(db, ctx.orgId), now);
  const q = query.q?.toLowerCase();
  return risks
    .filter((r) => !query.band || (r.residual ?? r.inherent).band.key === query.band)
    .filter((r) => !query.strategy || r.treatment?.strategy === query.strategy)
    .filter((r) => !query.assetId || r.scenario.assets.some((a) => a.id === query.assetId))
    .filter(
      (r) =>
        !q ||
        [r.title, r.scenario.title, r.scenario.threat.name, r.owner ?? ''].some((t) => t.toLowerCase().includes(q)),
    )
    .sort(
      (a, b) => (b.residual ?? b.inherent).score - (a.residual ?? a.inherent).score || a.title.localeCompare(b.title),
    );
}

/** The register in four figures, for the overview. */
export async function summariseRisks(db: Db, ctx: OrgActor, now: Date): Promise<RiskSummary> {
  const risks = await listOrgRisks(db, ctx, {}, now);
  const current = risks.map((r) => (r.residual ?? r.inherent).band);
  // The register is sorted by score, highest first, so the first risk's band is the worst there is.
  const worst = current[0];
  return {
    total: risks.length,
    untreated: risks.filter((r) => r.treatment === null).length,
    reviewsDue: risks.filter((r) => r.review.due).length,
    worst: worst
      ? { label: worst.label, colour: worst.colour, count: current.filter((b) => b.key === worst.key).length }
      : null,
  };
}

export async function getRisk(db: Db, ctx: OrgActor, id: string, now: Date): Promise<Risk> {
  readRisk(ctx);
  const row = await findRisk(db, ctx.orgId, id);
  if (!row) throw notFound('Risk');
  return (await loadRisks(db, ctx.orgId, [row], now))[0]!;
}
