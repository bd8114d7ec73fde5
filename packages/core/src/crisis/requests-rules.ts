// The rules of the affected-entities suggestion and of the uitvraag's clock (issue 16 item 3), pure.
import type { AffectedEntity, AffectedEntityCriteria, SuggestionReason } from './requests.contracts.ts';

/** What the registry knows of one entity. */
export interface RegistryCandidate {
  entityId: string;
  name: string;
  sectors: readonly string[];
  province: string | null;
}

/**
 * Which registered entities may be hit. An entity is suggested when it matches any given criterion: one of
 * the sectors or provinces (both given: it must match both, a sector in that region), or it is named by a hit
 * of an observable in its received reports or by an advisory's product match. Each suggestion says why.
 */
export function suggestAffectedEntities(
  registry: readonly RegistryCandidate[],
  criteria: Pick<AffectedEntityCriteria, 'sectors' | 'provinces'>,
  hits: readonly { entityId: string; reason: SuggestionReason }[] = [],
): AffectedEntity[] {
  const bySector = criteria.sectors.length > 0;
  const byProvince = criteria.provinces.length > 0;
  const hitReasons = new Map<string, SuggestionReason[]>();
  for (const hit of hits) {
    const reasons = hitReasons.get(hit.entityId) ?? [];
    if (!reasons.some((r) => r.kind === hit.reason.kind && r.detail === hit.reason.detail)) reasons.push(hit.reason);
    hitReasons.set(hit.entityId, reasons);
  }
  const out: AffectedEntity[] = [];
  for (const entity of registry) {
    const reasons: SuggestionReason[] = [];
    if (bySector || byProvince) {
      const sectors = entity.sectors.filter((s) => criteria.sectors.includes(s));
      const inProvince =
        entity.province !== null && (criteria.provinces as readonly string[]).includes(entity.province);
      if ((!bySector || sectors.length > 0) && (!byProvince || inProvince)) {
        for (const s of sectors) reasons.push({ kind: 'sector', detail: s });
        if (inProvince) reasons.push({ kind: 'province', detail: entity.province! });
      }
    }
    reasons.push(...(hitReasons.get(entity.entityId) ?? []));
    if (reasons.length > 0)
      out.push({
        entityId: entity.entityId,
        name: entity.name,
        sectors: [...entity.sectors],
        province: entity.province,
        reasons,
      });
  }
  // Most reasons first, then by name.
  return out.sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name, 'nl'));
}

/** An uitvraag without an answer after its due time is overdue; a crisis message never is. */
export function isOverdue(request: { kind: string; dueAt: Date | null }, answeredAt: Date | null, now: Date): boolean {
  return request.kind === 'information-request' && answeredAt === null && request.dueAt !== null && now > request.dueAt;
}
