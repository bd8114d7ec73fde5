import { sql, type Kysely } from 'kysely';

// Impl. Reg. 2024/2690 Art. 4: recurring incidents are counted from the register, so an incident records its
// apparent root cause (a category and the cause itself), and the handler's override of the count with its
// reason. The index serves the count: same organisation, same category, by when the incident occurred.
//
// The impact facts change with rules version 2026-08-15.2: the one `suspectedMalicious` fact that served both
// Art. 3(1)(e) (malicious access) and Arts. 7-13(c) (malicious cause of a data compromise) is split in two.
// A stored answer carries over to both, so no proposal changes; `suspectedMalicious` itself stays, as the
// early warning's question (NIS2 Art. 23(4)(a)). The handler's count of recurring incidents is no longer an
// impact fact: it is dropped (the register counts now; the down migration cannot bring it back).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE incidents
      ADD COLUMN root_cause text CHECK (root_cause IN (
        'system_failure', 'human_error', 'malicious_action', 'third_party_failure', 'natural_phenomenon', 'other'
      )),
      ADD COLUMN root_cause_detail text CHECK (length(root_cause_detail) <= 200),
      ADD COLUMN recurrence_override jsonb;
    CREATE INDEX incidents_root_cause_idx ON incidents (org_id, root_cause, (coalesce(started_at, detected_at)))
      WHERE root_cause IS NOT NULL;
  `.execute(db);
  await carryOverImpactFacts(db);
}

/** The stored impact facts in the shape of rules 2026-08-15.2 (see above); exported for its test. */
export async function carryOverImpactFacts(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE incidents
      -- The new facts first: a row that already has them (a second run) keeps its own answers.
      SET impact = CASE WHEN impact ? 'suspectedMalicious'
             THEN jsonb_build_object(
               'accessSuspectedMalicious', impact -> 'suspectedMalicious',
               'dataCompromiseSuspectedMalicious', impact -> 'suspectedMalicious')
             ELSE '{}'::jsonb END
        || (impact - 'sameRootCauseIncidentsIn6Months' - 'sameRootCauseCombinedLossEur')
      WHERE impact ?| array['suspectedMalicious', 'sameRootCauseIncidentsIn6Months', 'sameRootCauseCombinedLossEur'];
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE incidents
      SET impact = impact - 'accessSuspectedMalicious' - 'dataCompromiseSuspectedMalicious'
      WHERE impact ?| array['accessSuspectedMalicious', 'dataCompromiseSuspectedMalicious'];
    DROP INDEX incidents_root_cause_idx;
    ALTER TABLE incidents
      DROP COLUMN root_cause,
      DROP COLUMN root_cause_detail,
      DROP COLUMN recurrence_override;
  `.execute(db);
}
