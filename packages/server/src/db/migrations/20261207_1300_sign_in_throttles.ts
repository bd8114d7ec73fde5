import { sql, type Kysely } from 'kysely';

// Sign-in throttling by source instead of locking the account (docs/OPERATIONS.md, "Sign-in throttling"):
// ten wrong passwords used to lock an account for everyone, so anyone who knew an e-mail address could
// keep its owner out. Failures now count per address and per address + account; a block holds only that
// source. Keys are opaque (the account part is a keyed hash of the address typed); the nightly prune
// removes rows whose count and block have run out. The users' counters stay for the second factor only:
// only someone who has the password can reach it, so counting per account there cannot be turned against
// the user by someone who merely knows the address.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sign_in_throttles (
      key text PRIMARY KEY,
      failures integer NOT NULL,
      last_failure_at timestamptz NOT NULL,
      blocked_until timestamptz
    );
    CREATE INDEX sign_in_throttles_last_failure_idx ON sign_in_throttles (last_failure_at);
    ALTER TABLE users RENAME COLUMN failed_logins TO mfa_failures;
    ALTER TABLE users RENAME COLUMN locked_until TO mfa_locked_until;
    UPDATE users SET mfa_failures = 0, mfa_locked_until = NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE sign_in_throttles;
    ALTER TABLE users RENAME COLUMN mfa_failures TO failed_logins;
    ALTER TABLE users RENAME COLUMN mfa_locked_until TO locked_until;
  `.execute(db);
}
