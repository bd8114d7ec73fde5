// Presenters of the measures module: explicit allow-lists typed by the core contracts. Pure: the
// caller passes today's date (Dutch calendar) and the crosswalk facts.
import {
  findCatalogue,
  findRequirement,
  requirementsCountedBy,
  type Catalogue,
  type LinkedRisk,
  type Measure,
  type MeasureEvidence,
  type MeasureFramework,
  type Requirement,
} from '@weerbaar/core/measures';
import type { MeasureEvidenceRow, MeasureFrameworkRow, MeasureImplementationRow } from '../../db/schema-measures.ts';

/** The calendar date in the Netherlands at `now` (due and review dates are Dutch calendar dates). */
export function dutchToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

export function presentFramework(row: MeasureFrameworkRow, catalogue: Catalogue): MeasureFramework {
  return {
    catalogueId: row.catalogue_id,
    title: catalogue.title,
    citation: catalogue.source.citation,
    version: catalogue.source.version,
    adoptedBy: row.adopted_by,
    adoptedAt: row.adopted_at.toISOString(),
  };
}

/** Overdue: the due date passed and it is not implemented (or not applicable), or the review date passed. */
export function isOverdue(
  row: Pick<MeasureImplementationRow, 'status' | 'due_date' | 'review_date'> | undefined,
  today: string,
): boolean {
  if (!row) return false;
  const done = row.status === 'implemented' || row.status === 'not-applicable';
  return (
    (!done && row.due_date !== null && row.due_date < today) || (row.review_date !== null && row.review_date < today)
  );
}

export function presentMeasure(
  catalogue: Catalogue,
  sectionRef: string,
  requirement: Requirement,
  row: MeasureImplementationRow | undefined,
  facts: { today: string; evidenceCount: number; creditedBy: readonly string[]; risks: readonly LinkedRisk[] },
): Measure {
  return {
    requirementId: requirement.id,
    catalogueId: catalogue.id,
    sectionRef,
    ref: requirement.ref,
    title: requirement.title,
    status: row?.status ?? 'not-started',
    maturity: row?.maturity ?? null,
    owner: row?.owner ?? null,
    dueDate: row?.due_date ?? null,
    howImplemented: row?.how_implemented ?? null,
    justification: row?.justification ?? null,
    reviewDate: row?.review_date ?? null,
    evidenceLinks: (row?.evidence_links ?? []).map((l) => ({ label: l.label, url: l.url })),
    evidenceCount: facts.evidenceCount,
    overdue: isOverdue(row, facts.today),
    creditedBy: [...facts.creditedBy],
    countsFor: requirementsCountedBy(requirement.id).flatMap((id) => {
      const found = findRequirement(id);
      return found
        ? [{ requirementId: id, catalogueTitle: found.catalogue.title, title: found.requirement.title }]
        : [];
    }),
    risks: facts.risks.map((r) => ({ id: r.id, title: r.title, score: r.score, band: r.band })),
    updatedAt: row?.updated_at.toISOString() ?? null,
    updatedBy: row?.updated_by ?? null,
  };
}

/** What the audit trail keeps of an implementation record. */
type AuditedFields = Pick<
  MeasureImplementationRow,
  | 'requirement_id'
  | 'status'
  | 'maturity'
  | 'owner'
  | 'due_date'
  | 'how_implemented'
  | 'justification'
  | 'review_date'
  | 'evidence_links'
>;

export function auditedImplementation(row: AuditedFields | undefined): Record<string, unknown> | null {
  if (!row) return null;
  return {
    requirementId: row.requirement_id,
    status: row.status,
    maturity: row.maturity,
    owner: row.owner,
    dueDate: row.due_date,
    howImplemented: row.how_implemented,
    justification: row.justification,
    reviewDate: row.review_date,
    // Key order fixed (jsonb stores object keys in its own order), so equal records compare equal.
    evidenceLinks: row.evidence_links.map((l) => ({ label: l.label, url: l.url })),
  };
}

export function presentEvidence(row: MeasureEvidenceRow): MeasureEvidence {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}

export const catalogueOf = (catalogueId: string) => findCatalogue(catalogueId);
