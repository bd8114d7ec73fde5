// The business impact analysis of an asset as the API shows it. It lives with the assets (the lower area):
// continuity reads and records it, and an asset that stops being a service clears part of it (change-asset.ts).
import type { BusinessImpact } from '@weerbaar/core/continuity';
import type { BusinessImpactRow } from '../../db/schema-continuity-bia.ts';

export function presentBusinessImpact(r: BusinessImpactRow): BusinessImpact {
  return {
    assetId: r.asset_id,
    rtoHours: r.rto_hours,
    rpoHours: r.rpo_hours,
    minimumServiceLevel: r.minimum_service_level,
    peakPeriods: r.peak_periods,
    physicalEffects:
      r.safety_effect === null || r.health_effect === null || r.environment_effect === null
        ? null
        : {
            safety: r.safety_effect,
            health: r.health_effect,
            environment: r.environment_effect,
            description: r.physical_effects_description,
          },
    updatedAt: r.updated_at.toISOString(),
  };
}
