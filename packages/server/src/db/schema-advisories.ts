// Table types of CSAF advisories, the product inventory on assets and the advisory alerts
// (migration 20261208_0600_sharing_csaf_inventory).
import type { AdvisoryFacts } from '@weerbaar/core/advisories';
import type { TlpLabel } from '@weerbaar/core/sharing';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp, Timestamp } from './column-types.ts';

type Json<T> = ColumnType<T, string, string>;

export interface CsafAdvisoriesTable {
  org_id: string;
  id: Generated<string>;
  tracking_id: string;
  version: string;
  title: string;
  publisher_name: string;
  tlp: TlpLabel;
  current_release_date: Timestamp;
  cves: ColumnType<string[], string[] | undefined, string[]>;
  /** numeric arrives as a string from pg. */
  max_cvss: ColumnType<string | null, number | null, number | null>;
  source: 'file' | 'provider' | 'authored';
  source_url: string | null;
  sha512: string;
  document: Json<Record<string, unknown>>;
  facts: Json<AdvisoryFacts>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  /** Migration 20261209_0200_advisory_audience: shared (then the one TLP rule applies) or the holder's only. */
  shared: Generated<boolean>;
  community_id: string | null;
}
export type CsafAdvisoryRow = Selectable<CsafAdvisoriesTable>;

export interface AssetProductsTable {
  org_id: string;
  id: Generated<string>;
  asset_id: string;
  vendor: string | null;
  product: string | null;
  version: string | null;
  cpe: string | null;
  purl: string | null;
  source: 'manual' | 'csv' | 'cyclonedx' | 'spdx';
  /** core product-match.ts matchKeysOf, derived when the item is stored. */
  match_keys: string[];
  created_at: DefaultTimestamp;
}
export type AssetProductRow = Selectable<AssetProductsTable>;

export interface AdvisoryAlertsTable {
  org_id: string;
  id: Generated<string>;
  advisory_org_id: string;
  advisory_id: string;
  asset_product_id: string;
  asset_id: string;
  product_ids: string[];
  cves: string[];
  known_exploited: boolean;
  version_certain: boolean;
  matched_on: 'cpe' | 'purl' | 'name';
  notification_id: string | null;
  created_at: DefaultTimestamp;
}
export type AdvisoryAlertRow = Selectable<AdvisoryAlertsTable>;

/** Named recipients of an advisory (same columns as stix_object_recipients). */
export interface AdvisoryRecipientsTable {
  id: Generated<string>;
  advisory_org_id: string;
  advisory_id: string;
  org_id: string | null;
  user_id: string | null;
  passed_on_by: string | null;
  added_at: DefaultTimestamp;
}

export interface AdvisoryTables {
  advisory_recipients: AdvisoryRecipientsTable;
  csaf_advisories: CsafAdvisoriesTable;
  asset_products: AssetProductsTable;
  advisory_alerts: AdvisoryAlertsTable;
}
