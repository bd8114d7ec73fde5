// The overview: what needs doing today, on one page, for an entity and for the authority. Each part is
// a view of another area's data (incidents, registration, scope, assets, risk; inbox, registry); the overview
// owns nothing.
import { z } from 'zod';
import { SubmissionStatusSchema } from '../delivery/submission.contracts.ts';
import { InboxReportSummarySchema } from '../inbox/inbox.contracts.ts';
import { DeadlineDashboardItemSchema } from '../incidents/incident-report-view.contracts.ts';
import { IncidentSummarySchema } from '../incidents/incident.contracts.ts';
import { RegistrationStateSchema, RegistryEntitySchema } from '../registration/registration-view.contracts.ts';
import { RiskSummarySchema } from '../risk/risk.contracts.ts';
import { PlansOverviewSchema } from '../continuity/plan.contracts.ts';
import { ClassificationSchema } from '../scope/scope-result.schema.ts';

/** How many items each list shows; the page links to the full list. */
export const OVERVIEW_LIST_LIMIT = 5;
/** The authority's "new registrations": first received within this many days. */
export const NEW_REGISTRATION_DAYS = 14;
/** Missed deadlines are looked for in chains with a report received within this many days. */
export const MISSED_DEADLINE_WINDOW_DAYS = 30;

const countedList = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });

export const OverviewTaskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  dueAt: z.iso.datetime().nullable(),
  /** Where the task comes from: an incident, an exercise or a crisis (one task mechanism, incident_tasks). */
  incident: z.object({ id: z.uuid(), reference: z.string(), title: z.string() }).optional(),
  exercise: z.object({ id: z.uuid(), title: z.string() }).optional(),
  /** A crisis's action or a lesson's improvement action; the link goes to its crisis room. */
  crisis: z.object({ id: z.uuid(), reference: z.string(), title: z.string() }).optional(),
});
export type OverviewTask = z.infer<typeof OverviewTaskSchema>;

export const EntityOverviewSchema = z.object({
  kind: z.literal('entity'),
  now: z.iso.datetime(),
  /** Reports owed across incidents (NIS2 Art. 23(4); CER Art. 15(1)), the most urgent first. */
  deadlines: z.array(DeadlineDashboardItemSchema),
  openIncidents: countedList(IncidentSummarySchema),
  /** Open incident tasks and exercise improvement actions whose assignee is the signed-in user (by name or e-mail address). */
  myTasks: countedList(OverviewTaskSchema),
  registration: RegistrationStateSchema.pick({ submittedVersion: true, changeDeadlines: true }).extend({
    /** The saved version; null before the first save. */
    currentVersion: z.number().int().nullable(),
    latestSubmissionStatus: SubmissionStatusSchema.nullable(),
  }),
  scope: z
    .object({
      assessedAt: z.iso.datetime(),
      eu: ClassificationSchema.nullable(),
      nl: ClassificationSchema.nullable(),
    })
    .nullable(),
  assets: z.object({ services: z.number().int(), assets: z.number().int(), crownJewels: z.number().int() }),
  /** The risk analysis (NIS2 Art. 21(2)(a); CER Art. 12): its size, what waits for a decision or a review. */
  risks: RiskSummarySchema,
  /** Continuity plans and crisis protocols (NIS2 Art. 21(2)(c)): in force, due for review, printed pack outdated. */
  continuityPlans: PlansOverviewSchema,
  /** Invitations from other organisations to exercises that are still planned (the page then loads them). */
  exerciseInvitations: z.int().min(0),
});
export type EntityOverview = z.infer<typeof EntityOverviewSchema>;

export const AuthorityOverviewSchema = z.object({
  kind: z.literal('authority'),
  now: z.iso.datetime(),
  /** Early warnings without initial feedback yet, with the 24 h clock (NIS2 Art. 23(5); Cbw art. 36). */
  awaitingAcknowledgement: countedList(InboxReportSummarySchema),
  /** The latest report of each recently active chain in which the entity missed a deadline. */
  missedDeadlines: countedList(InboxReportSummarySchema),
  /** Entities first registered within NEW_REGISTRATION_DAYS, newest first. */
  newRegistrations: countedList(RegistryEntitySchema),
  /** Open crisis actions and improvement actions (and any incident or exercise task) whose assignee is the signed-in user. */
  myTasks: countedList(OverviewTaskSchema),
});
export type AuthorityOverview = z.infer<typeof AuthorityOverviewSchema>;

export const OverviewSchema = z.discriminatedUnion('kind', [EntityOverviewSchema, AuthorityOverviewSchema]);
export type Overview = z.infer<typeof OverviewSchema>;
