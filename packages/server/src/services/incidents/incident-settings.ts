import type { IncidentSettings } from '@weerbaar/core/incidents';
import type { Db, DbOrTrx } from '../../db/database.ts';
import { findIncidentSettings } from '../../repositories/incident-settings.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentIncidentSettings } from './incident.presenter.ts';

/** The organisation's settings; defaults until someone saves them. */
export async function loadIncidentSettings(db: DbOrTrx, orgId: string): Promise<IncidentSettings> {
  return presentIncidentSettings(await findIncidentSettings(db, orgId));
}

export async function getIncidentSettings(db: Db, ctx: OrgActor): Promise<IncidentSettings> {
  authorize(ctx, 'read', { type: 'incident-settings', orgId: ctx.orgId }, 'Incident settings');
  return loadIncidentSettings(db, ctx.orgId);
}
