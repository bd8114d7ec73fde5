// Table types of measures (migration 20261207_2200_measures).
import type { ImplementationStatus } from '@weerbaar/core/measures';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp } from './column-types.ts';

export interface MeasureFrameworksTable {
  org_id: string;
  catalogue_id: string;
  adopted_by: string;
  adopted_at: DefaultTimestamp;
}

export interface MeasureImplementationsTable {
  org_id: string;
  requirement_id: string;
  status: ImplementationStatus;
  maturity: number | null;
  owner: string | null;
  due_date: string | null;
  how_implemented: string | null;
  justification: string | null;
  review_date: string | null;
  evidence_links: ColumnType<{ label: string; url: string }[], string | undefined, string>;
  updated_by: string;
  updated_at: DefaultTimestamp;
}

export interface MeasureEvidenceTable {
  org_id: string;
  id: Generated<string>;
  requirement_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  // Never updated (a trigger refuses UPDATE); selected only when the file itself is asked for.
  content: ColumnType<Buffer, Buffer, never>;
  uploaded_by: string;
  uploaded_at: DefaultTimestamp;
}

export interface MeasureCoverageHistoryTable {
  org_id: string;
  catalogue_id: string;
  day: string;
  share: number;
}

export interface MeasureTables {
  measure_frameworks: MeasureFrameworksTable;
  measure_implementations: MeasureImplementationsTable;
  measure_evidence: MeasureEvidenceTable;
  measure_coverage_history: MeasureCoverageHistoryTable;
}

export type MeasureFrameworkRow = Selectable<MeasureFrameworksTable>;
export type MeasureImplementationRow = Selectable<MeasureImplementationsTable>;
export type MeasureEvidenceRow = Omit<Selectable<MeasureEvidenceTable>, 'content'>;
