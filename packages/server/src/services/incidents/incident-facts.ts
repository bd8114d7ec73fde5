// Checks of what a use case writes on an incident: its services and assets exist, its impact facts fit.
import { IncidentImpactSchema } from '@weerbaar/core/incidents';
import { invalidParamsFromZod } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import { findAssetsByIds } from '../../repositories/asset.repository.ts';
import { throwIfProblems } from './incident-guards.ts';
import { readImpact } from './significance-proposal.ts';

export async function assertAssetsExist(db: DbOrTrx, orgId: string, ids: readonly string[]): Promise<void> {
  const found = new Set((await findAssetsByIds(db, orgId, ids)).map((a) => a.id));
  const problems = ids.flatMap((id, i) =>
    found.has(id)
      ? []
      : [
          {
            name: `body.assetIds.${i}`,
            reason: 'is not a service or asset of this organisation',
            code: 'unknown_reference' as const,
          },
        ],
  );
  throwIfProblems(problems);
}

/** Facts given replace stored ones; null makes a fact unknown again. The result is checked as a whole. */
export function mergeImpact(
  stored: Record<string, unknown>,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const merged = Object.fromEntries(
    Object.entries({ ...readImpact(stored), ...changes }).filter(([, v]) => v !== null && v !== undefined),
  );
  const checked = IncidentImpactSchema.safeParse(merged);
  if (!checked.success) throwIfProblems(invalidParamsFromZod(checked.error, 'body.impact'));
  return merged;
}
