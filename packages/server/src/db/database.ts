import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

declare const rootBrand: unique symbol;
declare const trxBrand: unique symbol;

/**
 * The pool-backed database handle. Branded, so a transaction is not a Db: a use case cannot be
 * started from inside another one's transaction (nesting is a type error, not a deadlock at run time).
 */
export type Db = Kysely<Database> & { readonly [rootBrand]: true };
/**
 * A transaction the use-case runner (or the job runner) owns. Branded, so a plain Db is not a Trx:
 * code that must run inside a use case's transaction says so by taking a Trx.
 */
export type Trx = Transaction<Database> & { readonly [trxBrand]: true };
/** Repositories take either: they only build and run queries. */
export type DbOrTrx = Kysely<Database>;

/** PostgreSQL `date` (a calendar day, e.g. a risk's next review) stays the text YYYY-MM-DD, never a local-midnight Date. */
const DATE_OID = 1082;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID && format !== 'binary'
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function createDb(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max, types });
  // A connection lost to a restart, failover or terminated session must not crash the process:
  // the query in flight fails (and its transaction rolls back); the pool replaces the client.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }) as Db;
}

/** Runs fn in one transaction on db. The only places allowed to call it are the use-case and job runners. */
export function inTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute((trx) => fn(trx as Trx));
}

/**
 * Runs a read in one REPEATABLE READ, READ ONLY snapshot: every query sees the database as of the same
 * moment (a backup). It hands out a DbOrTrx, not a Trx, so nothing that must run in a use case can run in it.
 */
export function inSnapshot<T>(db: Db, fn: (snapshot: DbOrTrx) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn);
}
