// Table types of an organisation's own catalogues (migration 20261207_2310_measure_custom_catalogues).
import type { Catalogue } from '@weerbaar/core/measures';
import type { ColumnType, Selectable } from 'kysely';
import type { DefaultTimestamp } from './column-types.ts';

export interface MeasureCustomCataloguesTable {
  org_id: string;
  catalogue_id: string;
  title: string;
  catalogue: ColumnType<Catalogue, string, string>;
  requirement_count: number;
  imported_by: string;
  imported_at: DefaultTimestamp;
}
export type MeasureCustomCatalogueRow = Selectable<MeasureCustomCataloguesTable>;

export interface MeasureCustomCatalogueTables {
  measure_custom_catalogues: MeasureCustomCataloguesTable;
}
