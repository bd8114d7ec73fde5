import { sql, type Kysely } from 'kysely';

// MFA enforced where the law expects it (NIS2 art. 21(2)(j); core/src/platform/mfa.ts):
// - an organisation may require MFA of all its members;
// - a session opened by the organisation's identity provider that asserted MFA satisfies the rule;
// - demo accounts (the reserved .example domain, RFC 2606: no real person signs in with one) stay usable
//   without enrolling; set only by the demo seed, never by a route.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE organisations ADD COLUMN require_mfa_for_all boolean NOT NULL DEFAULT false;
    ALTER TABLE sessions ADD COLUMN mfa_via_provider boolean NOT NULL DEFAULT false;
    ALTER TABLE users ADD COLUMN mfa_exempt boolean NOT NULL DEFAULT false;
    UPDATE users SET mfa_exempt = true WHERE email LIKE '%.example';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users DROP COLUMN mfa_exempt;
    ALTER TABLE sessions DROP COLUMN mfa_via_provider;
    ALTER TABLE organisations DROP COLUMN require_mfa_for_all;
  `.execute(db);
}
