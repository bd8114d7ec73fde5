// The overview: what needs doing today. Every part is read through its own area's query, so the
// area's policy decides what this actor may see; the overview adds no rule of its own.
import {
  MISSED_DEADLINE_WINDOW_DAYS,
  NEW_REGISTRATION_DAYS,
  OVERVIEW_LIST_LIMIT,
  type AuthorityOverview,
  type EntityOverview,
  type Overview,
} from '@weerbaar/core/overview';
import { DAY_MS } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { findUser } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { countOrgAssets } from '../assets/asset-queries.ts';
import { countOwnInvitations } from '../continuity/exercise-queries.ts';
import { listInbox, listMissedDeadlines } from '../inbox/inbox-queries.ts';
import { getDeadlineDashboard } from '../incidents/incident-report-queries.ts';
import { listOpenTasksOf, listOrgIncidents } from '../incidents/incident-queries.ts';
import { getRegistration } from '../registration/get-registration.ts';
import { listNewRegistrations } from '../registry/registry-queries.ts';
import { listOrgScopeAssessments } from '../scope/list-scope-assessments.ts';
import { summariseRisks } from '../risk/risk-queries.ts';
import { summarisePlans } from '../continuity/continuity-plan-queries.ts';

export async function getOverview(db: Db, ctx: OrgActor, now: Date): Promise<Overview> {
  return ctx.orgKind === 'authority' ? authorityOverview(db, ctx, now) : entityOverview(db, ctx, now);
}

async function entityOverview(db: Db, ctx: OrgActor, now: Date): Promise<EntityOverview> {
  const user = ctx.actor.type === 'user' ? await findUser(db, ctx.actor.userId) : undefined;
  const [dashboard, incidents, tasks, registration, assessments, assets, risks, continuityPlans, exerciseInvitations] =
    await Promise.all([
      getDeadlineDashboard(db, ctx, now),
      listOrgIncidents(db, ctx, { open: true, page: 1, pageSize: OVERVIEW_LIST_LIMIT }),
      user ? listOpenTasksOf(db, ctx, user, OVERVIEW_LIST_LIMIT) : { items: [], total: 0 },
      getRegistration(db, ctx),
      listOrgScopeAssessments(db, ctx, { page: 1, pageSize: 1 }),
      countOrgAssets(db, ctx),
      summariseRisks(db, ctx, now),
      summarisePlans(db, ctx, now),
      countOwnInvitations(db, ctx),
    ]);
  const assessment = assessments.items[0];
  return {
    kind: 'entity',
    now: now.toISOString(),
    deadlines: dashboard.items,
    openIncidents: { total: incidents.total, items: incidents.items },
    myTasks: tasks,
    registration: {
      currentVersion: registration.current?.version ?? null,
      submittedVersion: registration.submittedVersion,
      changeDeadlines: registration.changeDeadlines,
      latestSubmissionStatus: registration.latestSubmission?.status ?? null,
    },
    scope: assessment
      ? { assessedAt: assessment.createdAt, eu: assessment.euClassification, nl: assessment.nlClassification }
      : null,
    assets,
    risks,
    continuityPlans,
    exerciseInvitations,
  };
}

async function authorityOverview(db: Db, ctx: OrgActor, now: Date): Promise<AuthorityOverview> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const user = ctx.actor.type === 'user' ? await findUser(db, ctx.actor.userId) : undefined;
  const [awaiting, missed, registrations, tasks] = await Promise.all([
    listInbox(db, ctx, { unacknowledged: true, page: 1, pageSize: OVERVIEW_LIST_LIMIT }, now),
    listMissedDeadlines(db, ctx, daysAgo(MISSED_DEADLINE_WINDOW_DAYS), now, OVERVIEW_LIST_LIMIT),
    listNewRegistrations(db, ctx, daysAgo(NEW_REGISTRATION_DAYS), OVERVIEW_LIST_LIMIT),
    // The crisis room's actions and lessons are tasks of the one mechanism: the same list as an entity's.
    user ? listOpenTasksOf(db, ctx, user, OVERVIEW_LIST_LIMIT) : { items: [], total: 0 },
  ]);
  return {
    kind: 'authority',
    now: now.toISOString(),
    awaitingAcknowledgement: { total: awaiting.total, items: awaiting.items },
    missedDeadlines: missed,
    newRegistrations: registrations,
    myTasks: tasks,
  };
}
