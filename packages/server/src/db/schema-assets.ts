// Table types of the asset dependency graph (migration 20261207_2000_asset_graph); the assets table itself
// is in schema-incidents.ts.
import type { ExternalDependantKind } from '@weerbaar/core/assets';
import type { Generated, Selectable } from 'kysely';
import type { DefaultTimestamp } from './column-types.ts';

export interface AssetDependenciesTable {
  org_id: string;
  /** Depends on to_asset_id. */
  from_asset_id: string;
  to_asset_id: string;
  description: string | null;
  created_at: DefaultTimestamp;
}

export interface AssetExternalDependantsTable {
  org_id: string;
  id: Generated<string>;
  asset_id: string;
  name: string;
  kind: ExternalDependantKind;
  count: number | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface AssetGraphStampsTable {
  org_id: string;
  stamp: string;
}

export interface AssetGraphTables {
  asset_dependencies: AssetDependenciesTable;
  asset_external_dependants: AssetExternalDependantsTable;
  asset_graph_stamps: AssetGraphStampsTable;
}

export type AssetDependencyRow = Selectable<AssetDependenciesTable>;
export type ExternalDependantRow = Selectable<AssetExternalDependantsTable>;
