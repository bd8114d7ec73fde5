import type { Registration } from '@weerbaar/core/registration';
import { findEntityType } from '@weerbaar/core/scope';
import { upsertRegistryEntity } from '../../repositories/registry.repository.ts';
import type { Trx } from '../../db/database.ts';
import type { ReceivedSubmissionRecord, SubmissionHooks } from '../delivery/submission-hooks.ts';

/** The province the registry files an entity under: that of its main establishment, else its first Dutch address. */
export function registryProvince(r: Registration): string | null {
  const main = r.addresses.find((a) => a.type === 'main' && a.province);
  return (main ?? r.addresses.find((a) => a.province))?.province ?? null;
}

export function registrySectors(entityTypeIds: readonly string[]): string[] {
  return [...new Set(entityTypeIds.map((id) => findEntityType(id)?.sector).filter((s): s is string => Boolean(s)))];
}

// A received registration updates the authority's register of entities (NIS2 Art. 3(3); Cbw art. 43).
export const registrationHooks: SubmissionHooks = {
  async onReceived(trx, batch) {
    // One upsert each, in order: one multi-row upsert cannot touch the same entity twice (the upsert's
    // own condition on latest_submitted_at decides which registration wins).
    for (const received of batch) await upsertRegistration(trx, received);
  },
};

async function upsertRegistration(trx: Trx, received: ReceivedSubmissionRecord): Promise<void> {
  const r = received.payload as unknown as Registration;
  await upsertRegistryEntity(trx, received.orgId, received.sender.orgId, {
    name: r.name,
    kvk_number: r.kvkNumber,
    sectors: registrySectors(r.entityTypes),
    entity_types: r.entityTypes,
    classification_eu: r.classification?.eu ?? null,
    classification_nl: r.classification?.nl ?? null,
    province: registryProvince(r),
    latest_submission_id: received.id,
    // Never later than its arrival: a sender's clock (or a forged envelope) claiming the future
    // must not pin the entry against the real updates that follow.
    latest_submitted_at: received.submittedAt > received.receivedAt ? received.receivedAt : received.submittedAt,
    latest_received_at: received.receivedAt,
    latest_reference: received.authorityReference,
  });
}
