// Authority side: a received registration updates the register of entities (NIS2 Art. 3(3); Cbw art. 43)
// in the intake's own transaction, as a subscriber of 'submission.received' (docs/DELIVERY.md).
import type { Registration } from '@weerbaar/core/registration';
import { findEntityType } from '@weerbaar/core/scope';
import type { Trx } from '../../db/database.ts';
import { upsertRegistryEntity } from '../../repositories/registry.repository.ts';
import type { DomainEvent, DomainEvents } from '../../kernel/domain-events.ts';

type Received = DomainEvent<'submission.received'>;

export function registerRegistrySubscribers(events: DomainEvents): void {
  events.on('submission.received', 'registry.update-from-registrations', async ({ trx }, received) => {
    // One upsert each, in order: one multi-row upsert cannot touch the same entity twice (the upsert's
    // own condition on latest_submitted_at decides which registration wins).
    for (const e of received) if (e.data.kind === 'registration') await upsertRegistration(trx, e);
  });
}

/** The province the registry files an entity under: that of its main establishment, else its first Dutch address. */
function registryProvince(r: Registration): string | null {
  const main = r.addresses.find((a) => a.type === 'main' && a.province);
  return (main ?? r.addresses.find((a) => a.province))?.province ?? null;
}

function registrySectors(entityTypeIds: readonly string[]): string[] {
  return [...new Set(entityTypeIds.map((id) => findEntityType(id)?.sector).filter((s): s is string => Boolean(s)))];
}

async function upsertRegistration(trx: Trx, { orgId, data }: Received): Promise<void> {
  const r = data.payload as unknown as Registration;
  const submittedAt = new Date(data.submittedAt);
  const receivedAt = new Date(data.receivedAt);
  // Received on the authority's chain: never the platform chain.
  await upsertRegistryEntity(trx, orgId!, data.sender.orgId, {
    name: r.name,
    kvk_number: r.kvkNumber,
    sectors: registrySectors(r.entityTypes),
    entity_types: r.entityTypes,
    classification_eu: r.classification?.eu ?? null,
    classification_nl: r.classification?.nl ?? null,
    province: registryProvince(r),
    latest_submission_id: data.submissionId,
    // Never later than its arrival: a sender's clock (or a forged envelope) claiming the future
    // must not pin the entry against the real updates that follow.
    latest_submitted_at: submittedAt > receivedAt ? receivedAt : submittedAt,
    latest_received_at: receivedAt,
    latest_reference: data.authorityReference,
  });
}
