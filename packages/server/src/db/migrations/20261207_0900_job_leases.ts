import { sql, type Kysely } from 'kysely';

// Jobs are claimed with a lease instead of a transaction held open for the whole run: a handler may
// talk to the authority or a webhook without holding a database connection and row lock, and a job
// whose worker died is claimed again once its lease has run out. Finished jobs are pruned nightly;
// the index serves that and the claim of expired leases.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE jobs
      DROP CONSTRAINT jobs_status_check,
      ADD CONSTRAINT jobs_status_check CHECK (status IN ('pending', 'running', 'done', 'failed')),
      ADD COLUMN locked_until timestamptz;
    CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE status = 'running';
    CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE status IN ('done', 'failed');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX jobs_lease_idx;
    DROP INDEX jobs_finished_idx;
    UPDATE jobs SET status = 'pending' WHERE status = 'running';
    ALTER TABLE jobs
      DROP COLUMN locked_until,
      DROP CONSTRAINT jobs_status_check,
      ADD CONSTRAINT jobs_status_check CHECK (status IN ('pending', 'done', 'failed'));
  `.execute(db);
}
