// Table types of the exercise agenda (migration 20261210_0300_exercise_agenda).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp, NullableTimestamp } from './column-types.ts';

type Json<T> = ColumnType<T, string | undefined, string>;

export interface ExerciseAgendasTable {
  org_id: string;
  id: Generated<string>;
  title: string;
  first_year: number;
  last_year: number;
  created_at: DefaultTimestamp;
}

export interface ExerciseAgendaItemsTable {
  org_id: string;
  id: Generated<string>;
  agenda_id: string;
  title: string;
  theme: string;
  scenario: string;
  threat_id: string | null;
  organiser: string;
  objectives: Json<string[]>;
  other_participants: Json<string[]>;
  planned_from: string;
  planned_to: string;
  status: Generated<'planned' | 'prepared' | 'held' | 'evaluated' | 'cancelled'>;
  findings: string | null;
  lessons: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface ExerciseAgendaInvitationsTable {
  org_id: string;
  id: Generated<string>;
  item_id: string;
  invited_org_id: string;
  status: Generated<'invited' | 'confirmed' | 'declined'>;
  responded_at: NullableTimestamp;
  responded_by: string | null;
  linked_exercise_id: string | null;
  created_at: DefaultTimestamp;
}

export interface ExerciseAgendaTables {
  exercise_agendas: ExerciseAgendasTable;
  exercise_agenda_items: ExerciseAgendaItemsTable;
  exercise_agenda_invitations: ExerciseAgendaInvitationsTable;
}

export type ExerciseAgendaRow = Selectable<ExerciseAgendasTable>;
export type ExerciseAgendaItemRow = Selectable<ExerciseAgendaItemsTable>;
export type ExerciseAgendaInvitationRow = Selectable<ExerciseAgendaInvitationsTable>;
