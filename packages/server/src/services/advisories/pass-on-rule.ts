// When an organisation may pass an advisory on to its clients (TLP 2.0 AMBER: "its clients on a need-to-know
// basis"; see pass-on-advisory.ts): only AMBER, only an organisation that reads it as a recipient organisation
// (not its holder, not a client it was passed on to). One check for the use case and for the choices the
// advisory page offers.
import type { AdvisoryPassOnChoices } from '@weerbaar/core/advisories';
import { notFound } from '@weerbaar/core/platform';
import { OrgKindSchema } from '@weerbaar/core/platform';
import { isClientOf, mayPassOnToClients, type TlpLabel } from '@weerbaar/core/sharing';
import type { DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize, policyActorOf } from '../../kernel/authorize.ts';
import {
  findVisibleAdvisory,
  listPassOnCandidates,
  readsAdvisoryAsRecipient,
} from '../../repositories/advisory.repository.ts';

/** Why this organisation may not pass the advisory on, or null when it may. */
export async function passOnRefusal(
  db: DbOrTrx,
  orgId: string,
  row: { org_id: string; id: string; tlp: TlpLabel },
): Promise<string | null> {
  if (!mayPassOnToClients(row.tlp)) return `A TLP:${row.tlp} advisory is not passed on to clients`;
  if (row.org_id === orgId || !(await readsAdvisoryAsRecipient(db, orgId, { orgId: row.org_id, id: row.id }))) {
    return 'Only a recipient organisation passes an AMBER advisory on to its clients';
  }
  return null;
}

/** What the advisory page offers: whether passing on is allowed and the client organisations to choose from. */
export async function passOnChoices(db: DbOrTrx, ctx: OrgActor, advisoryId: string): Promise<AdvisoryPassOnChoices> {
  authorize(ctx, 'import', { type: 'advisory', orgId: ctx.orgId }, 'Advisory');
  const { userId } = policyActorOf(ctx);
  const row = await findVisibleAdvisory(db, { orgId: ctx.orgId, userId }, advisoryId);
  if (!row) throw notFound('Advisory');
  if ((await passOnRefusal(db, ctx.orgId, row)) !== null) return { allowed: false, clients: [] };
  const kinds = OrgKindSchema.options.filter((k) => isClientOf(ctx.orgKind, k));
  const clients = await listPassOnCandidates(db, kinds, { orgId: row.org_id, id: row.id }, ctx.orgId);
  return {
    allowed: clients.length > 0,
    clients: clients.map((c) => ({ id: c.id, name: c.name, passedOn: c.passed_on })),
  };
}
