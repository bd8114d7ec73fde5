import { DomainError, type InvalidParam } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import { findAssetsByIds } from '../../repositories/asset.repository.ts';
import { findThreat } from './threat-lookup.ts';

/** The threat and assets a scenario names must exist in this organisation (another's ids read as unknown). */
export async function assertScenarioInputs(
  trx: Trx,
  orgId: string,
  input: { threatId?: string | undefined; assetIds?: readonly string[] | undefined },
): Promise<void> {
  const problems: InvalidParam[] = [];
  if (input.threatId !== undefined && !(await findThreat(trx, orgId, input.threatId))) {
    problems.push({
      name: 'body.threatId',
      reason: 'is not a threat of the catalogue or of this organisation',
      code: 'unknown_reference',
    });
  }
  if (input.assetIds !== undefined) {
    const unique = [...new Set(input.assetIds)];
    const found = new Set((await findAssetsByIds(trx, orgId, unique)).map((a) => a.id));
    unique.forEach((id) => {
      if (!found.has(id)) {
        problems.push({
          name: `body.assetIds.${input.assetIds!.indexOf(id)}`,
          reason: 'is not an asset of this organisation',
          code: 'unknown_reference',
        });
      }
    });
  }
  if (problems.length > 0) throw new DomainError('validation_failed', 'The scenario names unknown things', problems);
}
