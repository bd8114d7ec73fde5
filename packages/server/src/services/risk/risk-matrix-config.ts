import { DEFAULT_RISK_MATRIX, RiskMatrixConfigSchema, type RiskMatrixConfig } from '@weerbaar/core/risk';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import { findRiskMatrixConfig, lockRiskMatrix } from '../../repositories/risk-matrix.repository.ts';

/** The organisation's matrix, or the default 5×5 while it has none of its own. */
export async function loadRiskMatrix(
  db: DbOrTrx,
  orgId: string,
): Promise<{ config: RiskMatrixConfig; custom: boolean }> {
  const stored = await findRiskMatrixConfig(db, orgId);
  if (stored === undefined) return { config: DEFAULT_RISK_MATRIX, custom: false };
  // Stored only after validation (change-risk-matrix.ts); parsed again so a later rule cannot be bypassed.
  return { config: RiskMatrixConfigSchema.parse(stored), custom: true };
}

/** The matrix, held until the transaction ends (repositories `lockRiskMatrix`): `keep` to score on it. */
export async function lockAndLoadRiskMatrix(
  trx: Trx,
  orgId: string,
  mode: 'change' | 'keep',
): Promise<{ config: RiskMatrixConfig; custom: boolean }> {
  await lockRiskMatrix(trx, orgId, mode);
  return loadRiskMatrix(trx, orgId);
}
