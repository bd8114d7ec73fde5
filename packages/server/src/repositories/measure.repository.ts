// Measures of an organisation: adopted catalogues, implementation records, evidence files and the
// coverage readings over time. Evidence is listed without its content column; downloads read slices.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type {
  MeasureEvidenceRow,
  MeasureFrameworkRow,
  MeasureImplementationRow,
  MeasureImplementationsTable,
} from '../db/schema-measures.ts';
import type { Insertable } from 'kysely';

export async function listFrameworks(db: DbOrTrx, orgId: string): Promise<MeasureFrameworkRow[]> {
  return db
    .selectFrom('measure_frameworks')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('adopted_at')
    .orderBy('catalogue_id')
    .execute();
}

/** Undefined when the catalogue was adopted already. */
export async function insertFramework(
  db: DbOrTrx,
  row: { org_id: string; catalogue_id: string; adopted_by: string; adopted_at: Date },
): Promise<MeasureFrameworkRow | undefined> {
  return db
    .insertInto('measure_frameworks')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'catalogue_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function deleteFramework(db: DbOrTrx, orgId: string, catalogueId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('measure_frameworks')
    .where('org_id', '=', orgId)
    .where('catalogue_id', '=', catalogueId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function listImplementations(db: DbOrTrx, orgId: string): Promise<MeasureImplementationRow[]> {
  return db.selectFrom('measure_implementations').selectAll().where('org_id', '=', orgId).execute();
}

export async function findImplementation(
  db: DbOrTrx,
  orgId: string,
  requirementId: string,
): Promise<MeasureImplementationRow | undefined> {
  return db
    .selectFrom('measure_implementations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('requirement_id', '=', requirementId)
    .executeTakeFirst();
}

/** Locks the record for the change (or nothing yet: then the upsert's key serialises). */
export async function lockImplementations(
  db: DbOrTrx,
  orgId: string,
  requirementIds: readonly string[],
): Promise<MeasureImplementationRow[]> {
  if (requirementIds.length === 0) return [];
  return db
    .selectFrom('measure_implementations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('requirement_id', 'in', requirementIds)
    .forUpdate()
    .execute();
}

export async function upsertImplementation(
  db: DbOrTrx,
  row: Insertable<MeasureImplementationsTable>,
): Promise<MeasureImplementationRow> {
  const { org_id: _o, requirement_id: _r, ...changes } = row;
  return db
    .insertInto('measure_implementations')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['org_id', 'requirement_id']).doUpdateSet({
        ...changes,
        evidence_links: changes.evidence_links ?? sql`measure_implementations.evidence_links`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---- Evidence files

const EVIDENCE = [
  'org_id',
  'id',
  'requirement_id',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'uploaded_by',
  'uploaded_at',
] as const;

export async function insertEvidence(
  db: DbOrTrx,
  row: {
    org_id: string;
    requirement_id: string;
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
    content: Buffer;
    uploaded_by: string;
  },
): Promise<MeasureEvidenceRow> {
  return db.insertInto('measure_evidence').values(row).returning(EVIDENCE).executeTakeFirstOrThrow();
}

export async function listEvidence(db: DbOrTrx, orgId: string, requirementId: string): Promise<MeasureEvidenceRow[]> {
  return db
    .selectFrom('measure_evidence')
    .select(EVIDENCE)
    .where('org_id', '=', orgId)
    .where('requirement_id', '=', requirementId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

/** Number of evidence files per requirement. */
export async function countEvidence(db: DbOrTrx, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('measure_evidence')
    .select(['requirement_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('org_id', '=', orgId)
    .groupBy('requirement_id')
    .execute();
  return new Map(rows.map((r) => [r.requirement_id, Number(r.n)]));
}

export async function findEvidence(
  db: DbOrTrx,
  orgId: string,
  requirementId: string,
  id: string,
): Promise<MeasureEvidenceRow | undefined> {
  return db
    .selectFrom('measure_evidence')
    .select(EVIDENCE)
    .where('org_id', '=', orgId)
    .where('requirement_id', '=', requirementId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** One slice of the stored bytes (offset from 0), as incident attachments are read. */
export async function readEvidenceChunk(
  db: DbOrTrx,
  orgId: string,
  id: string,
  offset: number,
  length: number,
): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('measure_evidence')
    .select(sql<Buffer>`substring(content from ${offset + 1} for ${length})`.as('chunk'))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.chunk;
}

export async function deleteEvidence(db: DbOrTrx, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('measure_evidence').where('org_id', '=', orgId).where('id', '=', id).execute();
}

// ---- Coverage over time: one reading per catalogue and day (the last of the day wins)

export async function upsertCoverageReadings(
  db: DbOrTrx,
  orgId: string,
  day: string,
  readings: readonly { catalogueId: string; share: number }[],
): Promise<void> {
  if (readings.length === 0) return;
  await db
    .insertInto('measure_coverage_history')
    .values(readings.map((r) => ({ org_id: orgId, catalogue_id: r.catalogueId, day, share: r.share })))
    .onConflict((oc) =>
      oc.columns(['org_id', 'catalogue_id', 'day']).doUpdateSet({ share: (eb) => eb.ref('excluded.share') }),
    )
    .execute();
}

export async function listCoverageHistory(
  db: DbOrTrx,
  orgId: string,
): Promise<{ catalogue_id: string; day: string; share: number }[]> {
  return db
    .selectFrom('measure_coverage_history')
    .select(['catalogue_id', 'day', 'share'])
    .where('org_id', '=', orgId)
    .orderBy('day')
    .orderBy('catalogue_id')
    .execute();
}
