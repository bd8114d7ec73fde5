import type { SignificanceDecision } from '@weerbaar/core/incidents';
import type { Db } from '../../db/database.ts';
import { listDecisions } from '../../repositories/incident.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { requireIncident } from './incident-guards.ts';
import { presentDecision } from './incident.presenter.ts';

export async function listSignificanceDecisions(
  db: Db,
  { orgId }: OrgActor,
  incidentId: string,
): Promise<SignificanceDecision[]> {
  await requireIncident(db, orgId, incidentId);
  return (await listDecisions(db, orgId, incidentId)).map(presentDecision);
}
