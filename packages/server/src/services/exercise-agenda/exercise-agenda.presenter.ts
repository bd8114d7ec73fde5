// How the exercise agenda is shown: to the authority in full, to an invited organisation the item's plan
// and its own answer only (never the other invitees or the authority's evaluation).
import type { AgendaItem, AgendaItemSummary, AgendaSummary, Participation } from '@weerbaar/core/exercise-agenda';
import type { ThreatThemeId } from '@weerbaar/core/risk';
import type {
  ExerciseAgendaInvitationRow,
  ExerciseAgendaItemRow,
  ExerciseAgendaRow,
} from '../../db/schema-exercise-agenda.ts';
import type { ParticipationRow } from '../../repositories/exercise-agenda.repository.ts';

// The column's CHECK holds it to the nine theme ids.
const theme = (t: string) => t as ThreatThemeId;

export function presentAgendaSummary(row: ExerciseAgendaRow, itemCount: number): AgendaSummary {
  return { id: row.id, title: row.title, firstYear: row.first_year, lastYear: row.last_year, itemCount };
}

export function presentAgendaItemSummary(row: ExerciseAgendaItemRow): AgendaItemSummary {
  return {
    id: row.id,
    agendaId: row.agenda_id,
    title: row.title,
    theme: theme(row.theme),
    organiser: row.organiser,
    plannedFrom: row.planned_from,
    plannedTo: row.planned_to,
    status: row.status,
  };
}

export function presentAgendaItem(
  row: ExerciseAgendaItemRow,
  facts: { invitations: (ExerciseAgendaInvitationRow & { org_name: string })[]; crisisId: string | null },
): AgendaItem {
  return {
    ...presentAgendaItemSummary(row),
    scenario: row.scenario,
    threatId: row.threat_id,
    objectives: row.objectives,
    otherParticipants: row.other_participants,
    invitations: facts.invitations.map((i) => ({
      id: i.id,
      org: { id: i.invited_org_id, name: i.org_name },
      status: i.status,
      respondedAt: i.responded_at?.toISOString() ?? null,
      linkedOwnExercise: i.linked_exercise_id !== null,
    })),
    findings: row.findings,
    lessons: row.lessons,
    crisis: facts.crisisId ? { id: facts.crisisId } : null,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentParticipation(row: ParticipationRow): Participation {
  return {
    id: row.id,
    authority: { name: row.authority_name },
    item: {
      id: row.item_id,
      title: row.title,
      theme: theme(row.theme),
      scenario: row.scenario,
      organiser: row.organiser,
      objectives: row.objectives,
      plannedFrom: row.planned_from,
      plannedTo: row.planned_to,
      status: row.item_status,
    },
    status: row.status,
    respondedAt: row.responded_at?.toISOString() ?? null,
    linkedExercise:
      row.linked_exercise_id && row.linked_exercise_title
        ? { id: row.linked_exercise_id, title: row.linked_exercise_title }
        : null,
  };
}
