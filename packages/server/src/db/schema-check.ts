// Compile-time proof that the hand-written table types (schema*.ts, which narrow columns to the
// values the code writes: status unions, typed JSON payloads) agree with the types generated from
// the migrated schema (schema.generated.ts). A column added, removed or renamed in a migration but
// not in the hand-written types, or a type that disagrees, fails `npm run typecheck` here and names
// the table and column. Nothing imports this file; the server's tsconfig includes all of src.
import type { Insertable, Selectable } from 'kysely';
import type { Database } from './schema.ts';
import type { GeneratedDatabase } from './schema.generated.ts';

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

// What is wrong with one column (never: nothing). Tuples keep the comparisons from distributing
// over unions; the hand-written type may be narrower than the database's, never wider.
type ColumnProblem<Hand, Db, OptionalHere extends boolean, OptionalInDb extends boolean> = [Hand] extends [Db]
  ? [null] extends [Db]
    ? [null] extends [Hand]
      ? never
      : // jsonb is `unknown` in the generated types, which says nothing about NULL: not checked.
        unknown extends Db
        ? never
        : 'NOT NULL here, nullable in the database'
    : [OptionalHere, OptionalInDb] extends [true, false]
      ? 'optional on insert here, but the database has no default'
      : never
  : { handWritten: Hand; database: Db };

type ColumnProblemOf<Hand, Db, C> = C extends keyof Hand & keyof Db
  ? ColumnProblem<
      Selectable<Hand>[C & keyof Selectable<Hand>],
      Selectable<Db>[C & keyof Selectable<Db>],
      C extends OptionalKeys<Insertable<Hand>> ? true : false,
      C extends OptionalKeys<Insertable<Db>> ? true : false
    >
  : C extends keyof Hand
    ? 'column not in the migrated schema'
    : 'column missing in the hand-written type';

type TableProblems<Hand, Db> = {
  [C in keyof Hand | keyof Db as [ColumnProblemOf<Hand, Db, C>] extends [never] ? never : C]: ColumnProblemOf<
    Hand,
    Db,
    C
  >;
};

type TableProblemOf<T> = T extends keyof Database & keyof GeneratedDatabase
  ? keyof TableProblems<Database[T], GeneratedDatabase[T]> extends never
    ? never
    : TableProblems<Database[T], GeneratedDatabase[T]>
  : T extends keyof Database
    ? 'table not in the migrated schema'
    : 'table missing in Database (schema*.ts)';

type DatabaseProblems = {
  [T in keyof Database | keyof GeneratedDatabase as [TableProblemOf<T>] extends [never] ? never : T]: TableProblemOf<T>;
};

// Fails when DatabaseProblems is not empty; spelled out column by column so the compiler's message
// names each offending table, column and reason rather than a type alias.
type ExpectNoProblems<T extends Record<string, never>> = T;
export type SchemaCheck = ExpectNoProblems<{
  [T in keyof DatabaseProblems]: { [C in keyof DatabaseProblems[T]]: DatabaseProblems[T][C] };
}>;
