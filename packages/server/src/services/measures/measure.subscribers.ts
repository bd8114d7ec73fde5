// Every essential and important entity has the duty of NIS2 Art. 21(2) (Cbw art. 21), so a new entity
// starts with that catalogue adopted; the owner or an admin adds or removes catalogues after that.
import type { DomainEvents } from '../../kernel/domain-events.ts';
import { insertFramework } from '../../repositories/measure.repository.ts';

export const DEFAULT_CATALOGUE = 'nis2-art21';
export const DEFAULT_ADOPTER = 'Weerbaar (standaard voor elke entiteit)';

export function registerMeasureSubscribers(events: DomainEvents): void {
  events.onEach('organisation.created', 'measures.adopt-art21-for-entities', async ({ trx, now }, e) => {
    if (e.data.kind !== 'entity' || !e.orgId) return;
    await insertFramework(trx, {
      org_id: e.orgId,
      catalogue_id: DEFAULT_CATALOGUE,
      adopted_by: DEFAULT_ADOPTER,
      adopted_at: now,
    });
  });
}
