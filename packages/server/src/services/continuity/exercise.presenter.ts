// How exercises are shown: to the organiser in full, to an invited organisation the invitation's facts only.
import type { Exercise, ExerciseAction, ExerciseSummary, ReceivedInvitation } from '@weerbaar/core/continuity';
import type {
  ExerciseFindingRow,
  ExerciseInvitationRow,
  ExerciseLogEntryRow,
  ExerciseRow,
} from '../../db/schema-continuity-people-exercises.ts';
import type { IncidentTaskRow } from '../../db/schema-incidents.ts';
import type { ReceivedInvitationRow } from '../../repositories/exercise.repository.ts';

export function presentExerciseSummary(row: ExerciseRow, scenarioTitle: string): ExerciseSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at?.toISOString() ?? null,
    scenario: { id: row.scenario_id, title: scenarioTitle },
  };
}

export function presentExerciseAction(r: IncidentTaskRow): ExerciseAction {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    assignee: r.assignee,
    dueAt: r.due_at?.toISOString() ?? null,
    doneAt: r.done_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    findingId: r.finding_id,
  };
}

export function presentExercise(
  row: ExerciseRow,
  facts: {
    scenarioTitle: string;
    plans: Exercise['plans'];
    invitations: (ExerciseInvitationRow & { org_name: string })[];
    log: ExerciseLogEntryRow[];
    findings: ExerciseFindingRow[];
    actions: IncidentTaskRow[];
  },
): Exercise {
  return {
    ...presentExerciseSummary(row, facts.scenarioTitle),
    objectives: row.objectives,
    plans: facts.plans,
    participants: row.participants.map((p) => ({ name: p.name, role: p.role })),
    invitations: facts.invitations.map((i) => ({
      id: i.id,
      org: { id: i.invited_org_id, name: i.org_name },
      role: i.role,
      status: i.status,
      respondedAt: i.responded_at?.toISOString() ?? null,
    })),
    log: facts.log.map((e) => ({
      id: e.id,
      occurredAt: e.occurred_at.toISOString(),
      kind: e.kind,
      text: e.text,
      recordedBy: e.recorded_by,
    })),
    evaluation: row.evaluation,
    findings: facts.findings.map((f) => ({
      id: f.id,
      text: f.text,
      createdAt: f.created_at.toISOString(),
      actions: facts.actions.filter((a) => a.finding_id === f.id).map(presentExerciseAction),
    })),
    createdAt: row.created_at.toISOString(),
  };
}

/** What an invited organisation sees: the invitation's facts, nothing else of the organiser. */
export function presentReceivedInvitation(r: ReceivedInvitationRow): ReceivedInvitation {
  return {
    id: r.id,
    exerciseTitle: r.exercise_title,
    kind: r.kind,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at?.toISOString() ?? null,
    organiser: { name: r.organiser_name },
    scenarioTitle: r.scenario_title,
    role: r.role,
    status: r.status,
    exerciseStatus: r.exercise_status,
    respondedAt: r.responded_at?.toISOString() ?? null,
  };
}
