import { findEntityType } from '@weerbaar/core/scope';
import {
  diffJson,
  needsEnisaRegistration,
  registrationUpdateDeadlines,
  type Registration,
  type RegistrationState,
  type RegistrationSubmission,
} from '@weerbaar/core/registration';
import type { Db } from '../../db/database.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import { findLatestRegistrationVersion, listRegistrationVersions } from '../../repositories/registration.repository.ts';
import { listScopeAssessments } from '../../repositories/scope-assessment.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { getSubmission, listSubmissions } from '../delivery/outbox-queries.ts';
import { notFound } from '@weerbaar/core/platform';
import { presentRegistrationSubmission, presentRegistrationVersion } from './registration.presenter.ts';

/** The registration's submissions, newest first, each with the version it carried. */
export async function listRegistrationSubmissions(db: Db, ctx: OrgActor): Promise<RegistrationSubmission[]> {
  const [entries, versions] = await Promise.all([
    listSubmissions(db, ctx, { kind: 'registration' }),
    listRegistrationVersions(db, ctx.orgId),
  ]);
  const versionOf = new Map(versions.map((v) => [v.id, v.version]));
  return entries.map((e) => presentRegistrationSubmission(e, versionOf));
}

export async function getRegistrationSubmission(db: Db, ctx: OrgActor, id: string): Promise<RegistrationSubmission> {
  const entry = await getSubmission(db, ctx, id);
  if (entry.kind !== 'registration') throw notFound('Submission');
  const versions = await listRegistrationVersions(db, ctx.orgId);
  return presentRegistrationSubmission(entry, new Map(versions.map((v) => [v.id, v.version])));
}

export async function getRegistration(db: Db, ctx: OrgActor): Promise<RegistrationState> {
  const [latest, org, assessments, submissions] = await Promise.all([
    findLatestRegistrationVersion(db, ctx.orgId),
    findOrganisation(db, ctx.orgId),
    listScopeAssessments(db, ctx.orgId, { limit: 1, offset: 0 }),
    listRegistrationSubmissions(db, ctx),
  ]);
  const current = latest ? presentRegistrationVersion(latest) : null;
  const assessment = assessments.rows[0];
  // A refused submission does not count: the register never got it.
  const submittedVersion =
    Math.max(0, ...submissions.filter((s) => s.status !== 'failed').map((s) => s.version ?? 0)) || null;
  const unsubmitted = current !== null && (submittedVersion === null || submittedVersion < current.version);
  return {
    current,
    prefill: {
      name: org?.name ?? null,
      kvkNumber: org?.kvk_number ?? null,
      classification: assessment ? { eu: assessment.eu_classification, nl: assessment.nl_classification } : null,
      entityTypes: assessment && findEntityType(assessment.entity_type_ref) ? [assessment.entity_type_ref] : [],
    },
    submittedVersion,
    changeDeadlines: unsubmitted
      ? registrationUpdateDeadlines(new Date(current.savedAt), current.data.entityTypes)
      : [],
    enisaRegistry: current ? needsEnisaRegistration(current.data.entityTypes) : false,
    latestSubmission: submissions[0] ?? null,
  };
}

/** Every version, newest first, with what it changed compared with the one before. */
export async function listRegistrationVersionHistory(db: Db, ctx: OrgActor) {
  const rows = await listRegistrationVersions(db, ctx.orgId);
  return rows
    .map((row, i) => {
      const { data, ...summary } = presentRegistrationVersion(row);
      const previous = i > 0 ? (rows[i - 1]!.data as unknown as Registration) : undefined;
      return { ...summary, changes: previous ? diffJson(previous, data) : [] };
    })
    .reverse();
}
