import { DEFAULT_RISK_MATRIX } from '@weerbaar/core/risk';
import { expect, it } from 'vitest';
import type { Trx } from '../../src/db/database.ts';
import { lockRiskMatrix, upsertRiskMatrixConfig } from '../../src/repositories/risk-matrix.repository.ts';
import { createRisk } from '../../src/services/risk/create-risk.ts';
import { createRiskScenario } from '../../src/services/risk/create-risk-scenario.ts';
import { createTestOrg } from '../support/fixtures.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

// A matrix never shrinks under a risk being scored on it: scoring waits for a change of the matrix and is
// then checked against the new one (and a change waits for the scoring, then sees its levels in use).
it('scores a risk on the matrix as it is after a change that was under way', async () => {
  const org = await createTestOrg(t.db, 'Matrix Slot', 'entity', ['risk-manager']);
  const ctx = {
    actor: { type: 'system', label: 'test' },
    orgId: org.id,
    role: 'risk-manager',
    orgKind: 'entity',
  } as never;
  const deps = testDeps(t.db);
  const scenario = await createRiskScenario(deps, ctx, {
    title: 'Stroom weg',
    threatId: 'power-outage',
    assetIds: [],
  } as never);
  const fourLevels = {
    ...DEFAULT_RISK_MATRIX,
    likelihood: DEFAULT_RISK_MATRIX.likelihood.slice(0, 4),
    bands: DEFAULT_RISK_MATRIX.bands.filter((b) => b.minScore <= 20),
  };
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const isHeld = new Promise<void>((resolve) => (held = resolve));
  // Another process changes the matrix, as change-risk-matrix does: holding the lock, then saving.
  const change = t.db.transaction().execute(async (trx) => {
    await lockRiskMatrix(trx as unknown as Trx, org.id, 'change');
    held();
    await released;
    await upsertRiskMatrixConfig(trx as unknown as Trx, org.id, fourLevels, new Date());
  });
  await isHeld;
  const scoring = createRisk(deps, ctx, {
    scenarioId: scenario.id,
    title: 'Lange stroomstoring',
    inherent: { likelihood: 5, impacts: { continuity: 5 } },
  } as never).then(
    () => 'scored',
    (e: { code?: string }) => e.code,
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  release();
  await change;
  expect(await scoring).toBe('validation_failed');
});
