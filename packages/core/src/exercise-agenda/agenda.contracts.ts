// The interdepartmental exercise agenda (issue 16 item 6): a multi-year agenda an authority organisation
// keeps of exercises across departments and organisations, each on a theme and scenario of the national
// risk analysis (Rijksbrede Risicoanalyse Nationale Veiligheid 2022, nine threat themes; reference §6.8).
// The themes are the risk module's (THREAT_THEMES), never a second list. Organisations on the platform are
// invited and confirm or decline; an invited entity may link one of its own continuity exercises (its
// internal part) to the item: a link, not a copy. NIS2 Art. 9(4)(d): the national large-scale incident and
// crisis response plan lays down national preparedness measures, including exercises and training activities;
// the minister of J&V adopts that plan (Cbw art. 20) and is the cyber crisis management authority (Cbw art. 18,
// NIS2 Art. 9(1)).
import { z } from 'zod';
import { DateInputSchema, TextSchema } from '../platform/input.contracts.ts';
import { ThreatThemeSchema } from '../risk/risk.contracts.ts';

const text = (max: number) => TextSchema.trim().min(1).max(max);
const instantOut = () => z.iso.datetime();
const dateOut = () => z.iso.date();

/** The years an agenda may span: a cabinet period and a bit; longer is not an agenda but a wish list. */
export const AGENDA_MAX_YEARS = 8;

export const AGENDA_ITEM_STATUSES = ['planned', 'prepared', 'held', 'evaluated', 'cancelled'] as const;
export const AgendaItemStatusSchema = z.enum(AGENDA_ITEM_STATUSES);
export type AgendaItemStatus = z.infer<typeof AgendaItemStatusSchema>;

/**
 * Where an item may go from each status: planned → prepared (scenario and injects ready) → held → evaluated;
 * called off from planned or prepared, and a called-off item may be planned again. Evaluated is closed.
 */
export const AGENDA_ITEM_TRANSITIONS: Record<AgendaItemStatus, readonly AgendaItemStatus[]> = {
  planned: ['prepared', 'held', 'cancelled'],
  prepared: ['held', 'cancelled'],
  held: ['evaluated'],
  evaluated: [],
  cancelled: ['planned'],
};

/** The statuses in which a theme counts as exercised. */
export const EXERCISED_AGENDA_STATUSES: readonly AgendaItemStatus[] = ['held', 'evaluated'];
/** The statuses in which a theme counts as planned (not yet exercised). */
export const PLANNED_AGENDA_STATUSES: readonly AgendaItemStatus[] = ['planned', 'prepared'];

export const PARTICIPATION_STATUSES = ['invited', 'confirmed', 'declined'] as const;
export const ParticipationStatusSchema = z.enum(PARTICIPATION_STATUSES);
export type ParticipationStatus = z.infer<typeof ParticipationStatusSchema>;

const Year = z.int().min(2000).max(2100);

export const AgendaCreateSchema = z
  .object({ title: text(200), firstYear: Year, lastYear: Year })
  .strict()
  .refine((a) => a.lastYear >= a.firstYear, { path: ['lastYear'], message: 'lies before firstYear' })
  .refine((a) => a.lastYear - a.firstYear < AGENDA_MAX_YEARS, {
    path: ['lastYear'],
    message: `an agenda spans at most ${AGENDA_MAX_YEARS} years`,
  });
export type AgendaCreate = z.infer<typeof AgendaCreateSchema>;

export const AgendaItemCreateSchema = z
  .object({
    title: text(200),
    /** One of the nine RbRA threat themes (the risk module's ids). */
    theme: ThreatThemeSchema,
    /** The scenario in words ("ransomware legt de zuivering van drinkwaterbedrijven stil"). */
    scenario: text(2000),
    /** Optionally a threat of the all-hazards catalogue the scenario plays (core/risk THREAT_CATALOGUE id). */
    threatId: TextSchema.min(1).max(100).nullish(),
    /** Who organises it: a department or organisation, as text ("NCSC met ministerie van IenW"). */
    organiser: text(200),
    objectives: z.array(text(500)).min(1).max(20),
    plannedFrom: DateInputSchema,
    plannedTo: DateInputSchema,
    /** Departments and organisations that take part but are not on this platform, by name. */
    otherParticipants: z.array(text(200)).max(100).default([]),
  })
  .strict()
  .refine((i) => i.plannedTo >= i.plannedFrom, { path: ['plannedTo'], message: 'lies before plannedFrom' });
export type AgendaItemCreate = z.infer<typeof AgendaItemCreateSchema>;

/** PATCH: move the status along and write the evaluation (findings and lessons) once it is held. */
export const AgendaItemUpdateSchema = z
  .object({
    status: AgendaItemStatusSchema.optional(),
    findings: TextSchema.trim().max(20_000).optional(),
    lessons: TextSchema.trim().max(20_000).optional(),
  })
  .strict();
export type AgendaItemUpdate = z.infer<typeof AgendaItemUpdateSchema>;

export const AgendaInvitationCreateSchema = z.object({ orgId: z.uuid() }).strict();
export type AgendaInvitationCreate = z.infer<typeof AgendaInvitationCreateSchema>;

export const ParticipationResponseSchema = z.object({ response: z.enum(['confirmed', 'declined']) }).strict();
export type ParticipationResponse = z.infer<typeof ParticipationResponseSchema>;

/** The invited entity's own continuity exercise that is its part of the item; null removes the link. */
export const ParticipationLinkSchema = z.object({ exerciseId: z.uuid().nullable() }).strict();
export type ParticipationLink = z.infer<typeof ParticipationLinkSchema>;

export const AgendaInvitationSchema = z.object({
  id: z.uuid(),
  org: z.object({ id: z.uuid(), name: z.string() }),
  status: ParticipationStatusSchema,
  respondedAt: instantOut().nullable(),
  /** Whether the organisation linked one of its own exercises (which one stays its own). */
  linkedOwnExercise: z.boolean(),
});
export type AgendaInvitation = z.infer<typeof AgendaInvitationSchema>;

export const AgendaItemSummarySchema = z.object({
  id: z.uuid(),
  agendaId: z.uuid(),
  title: z.string(),
  theme: ThreatThemeSchema,
  organiser: z.string(),
  plannedFrom: dateOut(),
  plannedTo: dateOut(),
  status: AgendaItemStatusSchema,
});
export type AgendaItemSummary = z.infer<typeof AgendaItemSummarySchema>;

export const AgendaItemSchema = AgendaItemSummarySchema.extend({
  scenario: z.string(),
  threatId: z.string().nullable(),
  objectives: z.array(z.string()),
  otherParticipants: z.array(z.string()),
  invitations: z.array(AgendaInvitationSchema),
  findings: z.string().nullable(),
  lessons: z.string().nullable(),
  /** The crisis started in exercise mode from this item (the crisis module's), if any. */
  crisis: z.object({ id: z.uuid() }).nullable(),
  createdAt: instantOut(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const COVERAGE_STATES = ['exercised', 'planned', 'none'] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

export const CoverageCellSchema = z.object({
  year: z.int(),
  state: z.enum(COVERAGE_STATES),
  exercised: z.int().min(0),
  planned: z.int().min(0),
  /** Who organised the items counted in this cell, sorted, once each. */
  organisers: z.array(z.string()),
});
export type CoverageCell = z.infer<typeof CoverageCellSchema>;

export const AgendaCoverageSchema = z.object({
  years: z.array(z.int()),
  themes: z.array(z.object({ theme: ThreatThemeSchema, cells: z.array(CoverageCellSchema) })),
  /** Themes with no item held, evaluated or planned in any year of the agenda. */
  uncovered: z.array(ThreatThemeSchema),
});
export type AgendaCoverage = z.infer<typeof AgendaCoverageSchema>;

export const AgendaSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  firstYear: z.int(),
  lastYear: z.int(),
  itemCount: z.int().min(0),
});
export type AgendaSummary = z.infer<typeof AgendaSummarySchema>;

export const AgendaSchema = AgendaSummarySchema.extend({
  items: z.array(AgendaItemSummarySchema),
  coverage: AgendaCoverageSchema,
});
export type Agenda = z.infer<typeof AgendaSchema>;

/**
 * What an invited organisation sees of an agenda item in its own platform: the item's plan (title, theme,
 * scenario, organiser, objectives, period, status) and its own answer and link. Not the other invitees nor
 * the authority's evaluation: those stay the authority's.
 */
export const ParticipationSchema = z.object({
  id: z.uuid(),
  authority: z.object({ name: z.string() }),
  item: z.object({
    id: z.uuid(),
    title: z.string(),
    theme: ThreatThemeSchema,
    scenario: z.string(),
    organiser: z.string(),
    objectives: z.array(z.string()),
    plannedFrom: dateOut(),
    plannedTo: dateOut(),
    status: AgendaItemStatusSchema,
  }),
  status: ParticipationStatusSchema,
  respondedAt: instantOut().nullable(),
  linkedExercise: z.object({ id: z.uuid(), title: z.string() }).nullable(),
});
export type Participation = z.infer<typeof ParticipationSchema>;

export const InviteeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['entity', 'authority']),
  sector: z.string().nullable(),
});
export type Invitee = z.infer<typeof InviteeSchema>;

/** "Start als oefencrisis": the level (a key of the crisis settings above normal) and an optional reason. */
export const ExerciseCrisisStartSchema = z
  .object({
    level: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
    reason: TextSchema.trim().min(1).max(4000).optional(),
  })
  .strict();
export type ExerciseCrisisStart = z.infer<typeof ExerciseCrisisStartSchema>;

export const AgendaParams = z.object({ agendaId: z.uuid() });
export const AgendaItemParams = z.object({ itemId: z.uuid() });
export const ParticipationParams = z.object({ participationId: z.uuid() });
