// Reads for the exports: the register in the order of the screen, with the matrix and the facts the
// report for the management body needs. Reading rights are those of the register (org:read).
import { notFound } from '@weerbaar/core/platform';
import { dutchDate } from '@weerbaar/core/risk';
import type { Db } from '../../db/database.ts';
import { countAssets } from '../../repositories/asset.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import { listRiskScenarios } from '../../repositories/risk-scenario.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { loadRiskMatrix } from './risk-matrix-config.ts';
import { listOrgRisks } from './risk-queries.ts';
import { registerCsv, registerXlsx } from './risk-register-export.ts';
import { renderRiskReportPdf } from './risk-report-pdf.ts';

async function registerFacts(db: Db, ctx: OrgActor, now: Date) {
  const risks = await listOrgRisks(db, ctx, {}, now);
  const { config } = await loadRiskMatrix(db, ctx.orgId);
  const org = await findOrganisation(db, ctx.orgId);
  if (!org) throw notFound('Organisation');
  return { risks, matrix: config, organisation: org.name };
}

export async function exportRiskRegisterCsv(db: Db, ctx: OrgActor, now: Date): Promise<AsyncGenerator<string>> {
  const { risks, matrix } = await registerFacts(db, ctx, now);
  return registerCsv(matrix, risks);
}

export async function exportRiskRegisterXlsx(db: Db, ctx: OrgActor, now: Date): Promise<Buffer> {
  const { risks, matrix, organisation } = await registerFacts(db, ctx, now);
  return registerXlsx(matrix, risks, { organisation, generatedAt: now });
}

export async function riskReportPdf(db: Db, ctx: OrgActor, now: Date): Promise<{ filename: string; pdf: Buffer }> {
  const { risks, matrix, organisation } = await registerFacts(db, ctx, now);
  const [counts, scenarios] = await Promise.all([countAssets(db, ctx.orgId), listRiskScenarios(db, ctx.orgId)]);
  const today = dutchDate(now);
  const pdf = await renderRiskReportPdf({
    organisation,
    generatedAt: now,
    today,
    scope: { ...counts, scenarios: scenarios.length },
    matrix,
    risks,
  });
  return { filename: `risicoanalyse-${today}.pdf`, pdf };
}
