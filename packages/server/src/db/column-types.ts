// Column types the hand-written table types share. NOT NULL timestamps are required on insert unless the
// column has a default (schema-check.ts holds the table types to the migrated schema).
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
