import { catalogueThreat, THREAT_CATALOGUE, type Threat, type ThreatRef } from '@weerbaar/core/risk';
import type { DbOrTrx } from '../../db/database.ts';
import { findRiskThreat, listRiskThreats } from '../../repositories/risk-threat.repository.ts';
import { presentCatalogueThreat, presentOwnThreat } from './risk.presenter.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A catalogue threat by slug or one of the organisation's own by id; undefined when neither exists. */
export async function findThreat(db: DbOrTrx, orgId: string, threatId: string): Promise<Threat | undefined> {
  const listed = catalogueThreat(threatId);
  if (listed) return presentCatalogueThreat(listed);
  if (!UUID.test(threatId)) return undefined;
  const own = await findRiskThreat(db, orgId, threatId);
  return own ? presentOwnThreat(own) : undefined;
}

/** Every threat scenarios may point at, by id: the catalogue and the organisation's own. */
export async function threatRefs(db: DbOrTrx, orgId: string): Promise<Map<string, ThreatRef>> {
  const refs = new Map<string, ThreatRef>();
  for (const t of THREAT_CATALOGUE) refs.set(t.id, { id: t.id, origin: 'catalogue', theme: t.theme, name: t.nameNl });
  for (const r of await listRiskThreats(db, orgId)) {
    refs.set(r.id, { id: r.id, origin: 'organisation', theme: r.theme as ThreatRef['theme'], name: r.name });
  }
  return refs;
}

/** For a scenario whose threat is gone (cannot happen today: threats are never deleted). */
export const UNKNOWN_THREAT = (id: string): ThreatRef => ({
  id,
  origin: 'organisation',
  theme: 'cyber-threats',
  name: id,
});
