// Reads of the measures module: adopted catalogues, the requirements with their implementation,
// evidence, and coverage with the gap list. Each authorises the read.
import {
  coverageOf,
  creditOf,
  crosswalkCredit,
  type LinkedRisk,
  type Measure,
  type MeasureCoverage,
  type MeasureEvidence,
  type MeasureQuery,
  type RequirementId,
  suggestFrameworks,
} from '@weerbaar/core/measures';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { MeasureImplementationRow } from '../../db/schema-measures.ts';
import {
  countEvidence,
  findEvidence,
  listCoverageHistory,
  listEvidence,
  listFrameworks,
  listImplementations,
  readEvidenceChunk,
} from '../../repositories/measure.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { listOrgRisks } from '../risk/risk-queries.ts';
import { findLatestScopeAssessment } from '../scope/find-latest-scope-assessment.ts';
import { authorize } from '../../kernel/authorize.ts';
import { dutchToday, presentEvidence, presentFramework, presentMeasure } from './measure.presenter.ts';
import { adoptedCatalogues, adoptedRequirement } from './measure-state.ts';
import { availableCatalogues } from './custom-catalogues.ts';

const readable = (ctx: OrgActor) => authorize(ctx, 'read', { type: 'measure', orgId: ctx.orgId }, 'Measure');

/**
 * Adopted catalogues and every available one, with the platform's suggestion (core applicability.ts:
 * from the latest saved scope assessment and the organisation's sector). The organisation confirms.
 */
export async function listMeasureFrameworks(db: Db, ctx: OrgActor) {
  readable(ctx);
  const [rows, assessment, organisation, catalogues] = await Promise.all([
    listFrameworks(db, ctx.orgId),
    findLatestScopeAssessment(db, ctx.orgId),
    findOrganisation(db, ctx.orgId),
    availableCatalogues(db, ctx.orgId),
  ]);
  const adopted = new Set(rows.map((r) => r.catalogue_id));
  const suggestions = new Map(
    suggestFrameworks({
      input: assessment?.input ?? { entity_type_ref: '' },
      result: assessment?.result ?? null,
      organisationSector: organisation?.sector ?? null,
    }).map((s) => [s.catalogueId, { basis: s.basis, article: s.article, reason: s.reason }]),
  );
  return {
    items: rows.flatMap((r) => {
      const catalogue = catalogues.find((c) => c.id === r.catalogue_id);
      return catalogue ? [presentFramework(r, catalogue)] : [];
    }),
    available: catalogues.map((c) => ({
      id: c.id,
      title: c.title,
      citation: c.source.citation,
      version: c.source.version,
      requirementCount: c.sections.reduce((n, s) => n + s.requirements.length, 0),
      adopted: adopted.has(c.id),
      suggestion: suggestions.get(c.id) ?? null,
    })),
  };
}

/**
 * The risks per requirement id that name it among their existing measures (risk module: plain
 * references), highest residual (else inherent) score first, as the register orders them.
 */
async function risksByMeasure(db: Db, ctx: OrgActor, now: Date): Promise<Map<RequirementId, LinkedRisk[]>> {
  const byRef = new Map<RequirementId, LinkedRisk[]>();
  for (const risk of await listOrgRisks(db, ctx, {}, now)) {
    const scored = risk.residual ?? risk.inherent;
    for (const { ref } of risk.existingMeasures) {
      const list = byRef.get(ref) ?? [];
      if (!list.some((r) => r.id === risk.id))
        list.push({ id: risk.id, title: risk.title, score: scored.score, band: scored.band.label });
      byRef.set(ref, list);
    }
  }
  return byRef;
}

async function loadMeasures(db: Db, ctx: OrgActor, now: Date): Promise<Measure[]> {
  const [catalogues, rows, evidence, risks] = await Promise.all([
    adoptedCatalogues(db, ctx.orgId),
    listImplementations(db, ctx.orgId),
    countEvidence(db, ctx.orgId),
    risksByMeasure(db, ctx, now),
  ]);
  const byId = new Map<RequirementId, MeasureImplementationRow>(rows.map((r) => [r.requirement_id, r]));
  const credit = crosswalkCredit(new Map(rows.map((r) => [r.requirement_id, r.status])));
  const today = dutchToday(now);
  return catalogues.flatMap((catalogue) =>
    catalogue.sections.flatMap((section) =>
      section.requirements.map((requirement) =>
        presentMeasure(catalogue, section.ref, requirement, byId.get(requirement.id), {
          today,
          evidenceCount: evidence.get(requirement.id) ?? 0,
          creditedBy: credit.get(requirement.id)?.from ?? [],
          risks: risks.get(requirement.id) ?? [],
        }),
      ),
    ),
  );
}

/** Every requirement of the adopted catalogues with its implementation, filtered. */
export async function listMeasures(db: Db, ctx: OrgActor, query: MeasureQuery, now: Date): Promise<Measure[]> {
  readable(ctx);
  const owner = query.owner?.toLowerCase();
  return (await loadMeasures(db, ctx, now)).filter(
    (m) =>
      (query.catalogue === undefined || m.catalogueId === query.catalogue) &&
      (query.status === undefined || m.status === query.status) &&
      (owner === undefined || (m.owner ?? '').toLowerCase().includes(owner)) &&
      (query.overdue === undefined || m.overdue === query.overdue),
  );
}

export async function getMeasure(db: Db, ctx: OrgActor, requirementId: RequirementId, now: Date): Promise<Measure> {
  readable(ctx);
  await adoptedRequirement(db, ctx.orgId, requirementId);
  const measure = (await loadMeasures(db, ctx, now)).find((m) => m.requirementId === requirementId);
  if (!measure) throw notFound('Requirement');
  return measure;
}

/**
 * Coverage per adopted catalogue and section, the gaps (what is not implemented, not applicable
 * excluded), and the readings over time. Gaps are ordered by the residual risk of linked risks once the
 * risk module links them (residualRisk null until then), then in catalogue order.
 */
export async function measureCoverage(db: Db, ctx: OrgActor, now: Date): Promise<MeasureCoverage> {
  readable(ctx);
  const [catalogues, rows, history] = await Promise.all([
    adoptedCatalogues(db, ctx.orgId),
    listImplementations(db, ctx.orgId),
    listCoverageHistory(db, ctx.orgId),
  ]);
  const statuses = new Map(rows.map((r) => [r.requirement_id, r.status]));
  const credit = crosswalkCredit(statuses);
  const measures = await loadMeasures(db, ctx, now);
  // A gap: applicable and not wholly covered, by itself or through the crosswalk.
  const gaps = measures
    .filter((m) => (creditOf(m.requirementId, statuses, credit) ?? 1) < 1)
    .map((m) => ({
      requirementId: m.requirementId,
      catalogueId: m.catalogueId,
      title: m.title,
      status: m.status,
      // The highest residual (else inherent) score of the risks this requirement mitigates.
      residualRisk: m.risks.length ? Math.max(...m.risks.map((r) => r.score)) : null,
    }));
  // Stable sort: highest residual risk first, unlinked ones after in catalogue order.
  gaps.sort((a, b) => (b.residualRisk ?? -1) - (a.residualRisk ?? -1));
  const adopted = new Set(catalogues.map((c) => c.id));
  return {
    catalogues: coverageOf(statuses, catalogues),
    gaps,
    history: history
      .filter((h) => adopted.has(h.catalogue_id))
      .map((h) => ({ day: h.day, catalogueId: h.catalogue_id, share: h.share })),
  };
}

export async function listMeasureEvidence(
  db: Db,
  ctx: OrgActor,
  requirementId: RequirementId,
): Promise<MeasureEvidence[]> {
  readable(ctx);
  await adoptedRequirement(db, ctx.orgId, requirementId);
  return (await listEvidence(db, ctx.orgId, requirementId)).map(presentEvidence);
}

export const EVIDENCE_CHUNK_BYTES = 1024 * 1024;

/** The file in slices (as incident attachments are read: a bytea arrives as hex text, ~3× in memory). */
export async function openMeasureEvidence(
  db: Db,
  ctx: OrgActor,
  requirementId: RequirementId,
  evidenceId: string,
): Promise<{ evidence: MeasureEvidence; content: AsyncIterable<Buffer> }> {
  readable(ctx);
  const row = await findEvidence(db, ctx.orgId, requirementId, evidenceId);
  if (!row) throw notFound('Evidence');
  const size = row.size_bytes;
  const slice = async (offset: number) => {
    const length = Math.min(EVIDENCE_CHUNK_BYTES, size - offset);
    const chunk = await readEvidenceChunk(db, ctx.orgId, evidenceId, offset, length);
    if (chunk?.length !== length) throw notFound('Evidence');
    return chunk;
  };
  const first = await slice(0);
  async function* content(): AsyncGenerator<Buffer> {
    yield first;
    for (let offset = EVIDENCE_CHUNK_BYTES; offset < size; offset += EVIDENCE_CHUNK_BYTES) yield await slice(offset);
  }
  return { evidence: presentEvidence(row), content: content() };
}
