import { notFound, type Organisation, type OrgKind } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { OrganisationRow } from '../../db/schema.ts';
import { upsertMembership } from '../../repositories/membership.repository.ts';
import {
  findOrganisation,
  insertOrganisation,
  updateOrganisation,
} from '../../repositories/organisation.repository.ts';
import { findUserByEmail, insertUser } from '../../repositories/user.repository.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { hashPassword } from './secrets.ts';

export function presentOrganisation(o: OrganisationRow): Organisation {
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    kvkNumber: o.kvk_number,
    sector: o.sector,
    createdAt: o.created_at.toISOString(),
  };
}

export async function getCurrentOrganisation(db: Db, { orgId }: OrgActor): Promise<Organisation> {
  const org = await findOrganisation(db, orgId);
  if (!org) throw notFound('Organisation');
  return presentOrganisation(org);
}

export async function updateCurrentOrganisation(
  db: Db,
  ctx: OrgActor,
  changes: { name?: string | undefined; kvkNumber?: string | null | undefined; sector?: string | null | undefined },
): Promise<Organisation> {
  return db.transaction().execute(async (trx) => {
    const before = await findOrganisation(trx, ctx.orgId);
    if (!before) throw notFound('Organisation');
    const update = {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.kvkNumber !== undefined ? { kvk_number: changes.kvkNumber } : {}),
      ...(changes.sector !== undefined ? { sector: changes.sector } : {}),
    };
    if (Object.keys(update).length === 0) return presentOrganisation(before);
    const after = await updateOrganisation(trx, ctx.orgId, update);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: ctx.orgId,
      before: presentOrganisation(before),
      after: presentOrganisation(after),
    });
    return presentOrganisation(after);
  });
}

/** Used by the CLI (seed, first owner): creates an organisation and its first owner account. */
export async function createOrganisationWithOwner(
  db: Db,
  input: {
    kind: OrgKind;
    name: string;
    kvkNumber?: string | null;
    sector?: string | null;
    owner: { email: string; name: string; password: string };
  },
): Promise<{ org: OrganisationRow; ownerId: string }> {
  const passwordHash = await hashPassword(input.owner.password);
  return db.transaction().execute(async (trx) => {
    const org = await insertOrganisation(trx, {
      kind: input.kind,
      name: input.name,
      kvk_number: input.kvkNumber ?? null,
      sector: input.sector ?? null,
    });
    const existing = await findUserByEmail(trx, input.owner.email);
    const owner =
      existing ??
      (await insertUser(trx, { email: input.owner.email, name: input.owner.name, password_hash: passwordHash }));
    await upsertMembership(trx, org.id, owner.id, 'owner');
    await recordAuditEvent(trx, SYSTEM_ACTOR, {
      orgId: org.id,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: org.id,
      after: presentOrganisation(org),
      details: { ownerId: owner.id },
    });
    return { org, ownerId: owner.id };
  });
}
