import { sql, type Kysely } from 'kysely';

// Matching one advisory against the inventories (issue 14, the closing note's scale items): an advisory
// import looks up only the inventory items that share a product key with it (CPE vendor:product, purl
// type/namespace/name or the normalised vendor|product name), through a GIN index on the key names of each
// item's match_keys (each key is "name TAB version", core product-match.ts matchKeysOf).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION match_key_names(keys text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT coalesce(array_agg(split_part(k, E'\t', 1)), '{}') FROM unnest(keys) k $$;
    CREATE INDEX asset_products_match_names_idx ON asset_products USING gin (match_key_names(match_keys));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX asset_products_match_names_idx;
    DROP FUNCTION match_key_names(text[]);
  `.execute(db);
}
