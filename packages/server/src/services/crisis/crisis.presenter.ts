// What leaves the server about a crisis: explicit allow-lists typed by the core contracts. Pure: no database,
// no clock (now is passed in).
import {
  nextSitrepDueAt,
  type Crisis,
  type CrisisAction,
  type CrisisDecision,
  type CrisisFact,
  type CrisisLevelChangeEntry,
  type CrisisLevelDefinition,
  type CrisisSitrep,
  type CrisisStructureDefinition,
  type CrisisSummary,
  type CrisisTeamMember,
} from '@weerbaar/core/crisis';
import type {
  CrisisDecisionRow,
  CrisisFactRow,
  CrisisLessonRow,
  CrisisLevelChangeRow,
  CrisisRow,
  CrisisSitrepRow,
  CrisisTeamRow,
} from '../../db/schema-crisis.ts';
import type { IncidentTaskRow } from '../../db/schema-incidents.ts';

export function levelLabel(levels: readonly CrisisLevelDefinition[], key: string): string {
  return levels.find((l) => l.key === key)?.label ?? key;
}

export function presentCrisisSummary(
  row: CrisisRow,
  levels: readonly CrisisLevelDefinition[],
  lastSitrepAt: Date | null,
  now: Date,
): CrisisSummary {
  const due = nextSitrepDueAt({
    status: row.status,
    declaredAt: row.declared_at,
    lastSitrepAt,
    intervalMinutes: row.sitrep_interval_minutes,
  });
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    level: row.level,
    levelLabel: levelLabel(levels, row.level),
    status: row.status,
    isExercise: row.is_exercise,
    declaredAt: row.declared_at.toISOString(),
    nextSitrepDueAt: due?.toISOString() ?? null,
    sitrepOverdue: due !== null && due.getTime() <= now.getTime(),
    ownerOrgId: row.org_id,
  };
}

export const presentFact = (f: CrisisFactRow): CrisisFact => ({
  id: f.id,
  statement: f.statement,
  certainty: f.certainty,
  source: f.source,
  observedAt: f.observed_at.toISOString(),
  recordedBy: f.recorded_by,
  recordedAt: f.recorded_at.toISOString(),
});

export const presentDecision = (d: CrisisDecisionRow): CrisisDecision => ({
  id: d.id,
  number: d.number,
  decision: d.decision,
  decidedBy: d.decided_by,
  decidedAt: d.decided_at.toISOString(),
  basis: d.basis,
  structure: d.structure,
  recordedBy: d.recorded_by,
  recordedAt: d.recorded_at.toISOString(),
});

export const presentAction = (t: IncidentTaskRow, now: Date): CrisisAction => ({
  id: t.id,
  title: t.title,
  owner: t.assignee,
  dueAt: t.due_at?.toISOString() ?? null,
  doneAt: t.done_at?.toISOString() ?? null,
  kind: t.kind,
  overdue: t.done_at === null && t.due_at !== null && t.due_at.getTime() < now.getTime(),
});

export const presentLevelChange = (c: CrisisLevelChangeRow): CrisisLevelChangeEntry => ({
  kind: c.kind,
  fromLevel: c.from_level,
  toLevel: c.to_level,
  reason: c.reason,
  changedBy: c.changed_by,
  changedAt: c.changed_at.toISOString(),
});

export const presentSitrep = (s: CrisisSitrepRow): CrisisSitrep => ({
  id: s.id,
  number: s.number,
  summary: s.summary,
  issuedBy: s.issued_by,
  issuedAt: s.issued_at.toISOString(),
  content: s.content,
});

export const presentTeamMember = (t: CrisisTeamRow & { name: string; email: string }): CrisisTeamMember => ({
  userId: t.user_id,
  name: t.name,
  email: t.email,
  role: t.role,
});

export interface CrisisFacts {
  row: CrisisRow;
  levels: readonly CrisisLevelDefinition[];
  structures: readonly CrisisStructureDefinition[];
  levelChanges: CrisisLevelChangeRow[];
  members: { member_org_id: string; name: string }[];
  remoteMembers: { entity_id: string; name: string }[];
  team: (CrisisTeamRow & { name: string; email: string })[];
  scope: {
    inboxReports: { submission_id: string; incident_reference: string; incident_title: string; sender_name: string }[];
    advisories: { id: string; tracking_id: string; title: string }[];
    observables: { indicator_type: string; indicator_value: string }[];
  };
  facts: CrisisFactRow[];
  decisions: CrisisDecisionRow[];
  tasks: IncidentTaskRow[];
  sitreps: CrisisSitrepRow[];
  lessons: CrisisLessonRow[];
  may: { post: boolean; manage: boolean };
}

export function presentCrisis(f: CrisisFacts, now: Date): Crisis {
  const last = f.sitreps.at(-1)?.issued_at ?? null;
  const structures = f.row.structures.map((key) => f.structures.find((s) => s.key === key) ?? { key, label: key });
  return {
    ...presentCrisisSummary(f.row, f.levels, last, now),
    description: f.row.description,
    sectors: f.row.sectors,
    regions: f.row.regions,
    structures,
    sitrepIntervalMinutes: f.row.sitrep_interval_minutes,
    exerciseAgendaItemId: f.row.exercise_agenda_item_id,
    declaredBy: f.row.declared_by,
    closedAt: f.row.closed_at?.toISOString() ?? null,
    evaluation: f.row.evaluation,
    scope: {
      inboxReports: f.scope.inboxReports.map((r) => ({
        id: r.submission_id,
        reference: r.incident_reference,
        title: r.incident_title,
        senderName: r.sender_name,
      })),
      advisories: f.scope.advisories.map((a) => ({ id: a.id, trackingId: a.tracking_id, title: a.title })),
      observables: f.scope.observables.map((o) => ({ type: o.indicator_type, value: o.indicator_value })),
    },
    members: [
      ...f.members.map((m) => ({ orgId: m.member_org_id, name: m.name, remote: false })),
      ...f.remoteMembers.map((m) => ({ orgId: m.entity_id, name: m.name, remote: true })),
    ],
    team: f.team.map(presentTeamMember),
    levels: [...f.levels].sort((a, b) => a.rank - b.rank),
    levelChanges: f.levelChanges.map(presentLevelChange),
    facts: f.facts.map(presentFact),
    decisions: f.decisions.map(presentDecision),
    actions: f.tasks.map((t) => presentAction(t, now)),
    sitreps: f.sitreps.map((s) => ({
      id: s.id,
      number: s.number,
      summary: s.summary,
      issuedBy: s.issued_by,
      issuedAt: s.issued_at.toISOString(),
    })),
    lessons: f.lessons.map((l) => ({ id: l.id, lesson: l.lesson, taskId: l.task_id })),
    may: f.may,
  };
}
