import type { OrgKind } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import type { OrganisationRow } from '../../db/schema.ts';
import { upsertMembership } from '../../repositories/membership.repository.ts';
import { insertOrganisation } from '../../repositories/organisation.repository.ts';
import { findUserByEmail, insertUser } from '../../repositories/user.repository.ts';
import type { Actor, OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase, type UseCaseScope } from '../../kernel/use-case.ts';
import { presentOrganisation } from './account.presenter.ts';
import { hashPassword } from './secrets.ts';

export interface NewOrganisation {
  kind: OrgKind;
  name: string;
  kvkNumber?: string | null;
  sector?: string | null;
  owner: { email: string; name: string; password: string };
}

/**
 * Inserts the organisation and makes the owner (an existing account with that address, or a new one) its
 * first owner, and records it in the new organisation's chain. Part of a use case (this one, the demo seed).
 */
export async function insertOrganisationWithOwner(
  { trx, record }: Pick<UseCaseScope<'organisation.created'>, 'trx' | 'record'>,
  input: NewOrganisation,
  passwordHash: string,
): Promise<{ org: OrganisationRow; ownerId: string }> {
  const org = await insertOrganisation(trx, {
    kind: input.kind,
    name: input.name,
    kvk_number: input.kvkNumber ?? null,
    sector: input.sector ?? null,
  });
  const owner = await findOrCreateUser(trx, input.owner.email, input.owner.name, passwordHash);
  await upsertMembership(trx, org.id, owner.id, 'owner');
  await record(
    'organisation.created',
    {
      orgId: org.id,
      subjectType: 'organisation',
      subjectId: org.id,
      after: presentOrganisation(org),
      details: { ownerId: owner.id },
    },
    { kind: org.kind, ownerId: owner.id },
  );
  return { org, ownerId: owner.id };
}

/** An account already known by this address keeps its own password and name. */
export async function findOrCreateUser(trx: Trx, email: string, name: string, passwordHash: string) {
  return (await findUserByEmail(trx, email)) ?? (await insertUser(trx, { email, name, password_hash: passwordHash }));
}

/** The use case proper: the owner's password is already hashed (`passwordHash`). */
const createOrganisation = defineUseCase({
  actions: ['organisation.created'],
  async run(
    scope,
    _ctx: Actor | OrgActor,
    { passwordHash, ...input }: NewOrganisation & { passwordHash: string },
  ): Promise<{ org: OrganisationRow; ownerId: string }> {
    return insertOrganisationWithOwner(scope, input, passwordHash);
  },
});

/**
 * Creates an organisation and its first owner account: the CLI (seed, first owner), test fixtures, e2e
 * and benchmarks call it with SYSTEM_ACTOR (or a platform ctx). The password is hashed (argon2, slow)
 * first, outside the use case's transaction.
 */
export async function createOrganisationWithOwner(
  deps: Deps,
  ctx: Actor | OrgActor,
  input: NewOrganisation,
): Promise<{ org: OrganisationRow; ownerId: string }> {
  return createOrganisation(deps, ctx, { ...input, passwordHash: await hashPassword(input.owner.password) });
}
