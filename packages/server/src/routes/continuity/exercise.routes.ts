// Exercises of continuity and crisis plans with partners on the platform (issue 13 item 6), and the
// invitations an organisation received from others.
import {
  ExerciseActionCreateSchema,
  ExerciseActionParams,
  ExerciseActionSchema,
  ExerciseActionUpdateSchema,
  ExerciseCreateSchema,
  ExerciseParams,
  ExerciseSchema,
  ExerciseSummarySchema,
  ExerciseUpdateSchema,
  FindingCreateSchema,
  FindingParams,
  FindingSchema,
  InvitationCreateSchema,
  InvitationParams,
  InvitationResponseSchema,
  LogEntryCreateSchema,
  LogEntrySchema,
  PlanExerciseCoverageSchema,
  ReceivedInvitationSchema,
} from '@weerbaar/core/continuity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addExerciseAction } from '../../services/continuity/add-exercise-action.ts';
import { addExerciseFinding } from '../../services/continuity/add-exercise-finding.ts';
import { addExerciseLogEntry } from '../../services/continuity/add-exercise-log-entry.ts';
import { answerInvitation } from '../../services/continuity/answer-invitation.ts';
import { changeExerciseAction } from '../../services/continuity/change-exercise-action.ts';
import {
  getExercise,
  getExerciseCalendar,
  listInvitableOrganisations,
  listOrgExercises,
  listOwnInvitations,
  listPlanExerciseCoverage,
} from '../../services/continuity/exercise-queries.ts';
import { inviteOrganisation } from '../../services/continuity/invite-organisation.ts';
import { planExercise } from '../../services/continuity/plan-exercise.ts';
import { updateExercise } from '../../services/continuity/update-exercise.ts';
import { itemsOf, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Exercises'];
const WRONG_STATUS = problem('Not possible in the exercise’s current status');

const CalendarQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const CalendarSchema = z.object({
  year: z.int(),
  months: z.array(z.object({ month: z.int().min(1).max(12), items: z.array(ExerciseSummarySchema) })),
});
const InvitableOrganisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['entity', 'authority']),
  sector: z.string().nullable(),
});

export const exerciseRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/api/v1/exercises',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The organisation’s exercises, by start',
        response: { 200: itemsOf(ExerciseSummarySchema) },
      },
    },
    async (request) => ({ items: await listOrgExercises(db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/exercises',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Plan an exercise (tabletop, technical, full-scale) on a scenario of the risk analysis',
        body: ExerciseCreateSchema,
        response: { 201: ExerciseSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await planExercise(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/exercise-calendar',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary:
          'The yearly exercise calendar: twelve months with the exercises starting in each (this year by default)',
        querystring: CalendarQuery,
        response: { 200: CalendarSchema },
      },
    },
    async (request) => getExerciseCalendar(db, orgContext(request), request.query.year ?? clock.now().getUTCFullYear()),
  );

  app.get(
    '/api/v1/plan-exercise-coverage',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Per continuity plan and crisis protocol: when it was last exercised, and whether it is due',
        response: { 200: itemsOf(PlanExerciseCoverageSchema) },
      },
    },
    async (request) => ({ items: await listPlanExerciseCoverage(db, orgContext(request), clock.now()) }),
  );

  app.get(
    '/api/v1/exercise-partners',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Organisations on this platform that can be invited (name, kind, sector only)',
        response: { 200: itemsOf(InvitableOrganisationSchema) },
      },
    },
    async (request) => ({ items: await listInvitableOrganisations(db, orgContext(request)) }),
  );

  app.get(
    '/api/v1/exercises/:exerciseId',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'One exercise in full', params: ExerciseParams, response: { 200: ExerciseSchema } },
    },
    async (request) => getExercise(db, orgContext(request), request.params.exerciseId),
  );

  app.patch(
    '/api/v1/exercises/:exerciseId',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Move the exercise along (held, evaluated, cancelled) and write its evaluation',
        params: ExerciseParams,
        body: ExerciseUpdateSchema,
        response: { 200: ExerciseSchema, 409: WRONG_STATUS },
      },
    },
    async (request) =>
      updateExercise(deps, orgContext(request), { exerciseId: request.params.exerciseId, changes: request.body }),
  );

  app.post(
    '/api/v1/exercises/:exerciseId/invitations',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Invite another organisation on this platform (sector or chain partner)',
        params: ExerciseParams,
        body: InvitationCreateSchema,
        response: { 201: ExerciseSchema, 409: problem('Already invited, or the exercise is no longer planned') },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await inviteOrganisation(deps, orgContext(request), {
          exerciseId: request.params.exerciseId,
          invitation: request.body,
        }),
      ),
  );

  app.post(
    '/api/v1/exercises/:exerciseId/log-entries',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Add an inject, decision or observation to the run log',
        params: ExerciseParams,
        body: LogEntryCreateSchema,
        response: { 201: LogEntrySchema, 409: WRONG_STATUS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addExerciseLogEntry(deps, orgContext(request), {
          exerciseId: request.params.exerciseId,
          entry: request.body,
        }),
      ),
  );

  app.post(
    '/api/v1/exercises/:exerciseId/findings',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Record a finding of the evaluation',
        params: ExerciseParams,
        body: FindingCreateSchema,
        response: { 201: FindingSchema, 409: WRONG_STATUS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addExerciseFinding(deps, orgContext(request), {
          exerciseId: request.params.exerciseId,
          finding: request.body,
        }),
      ),
  );

  app.post(
    '/api/v1/exercises/:exerciseId/findings/:findingId/actions',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Turn a finding into an improvement action with an owner (shown under "my tasks" like incident tasks)',
        params: FindingParams,
        body: ExerciseActionCreateSchema,
        response: { 201: ExerciseActionSchema, 409: WRONG_STATUS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addExerciseAction(deps, orgContext(request), { ...request.params, action: request.body })),
  );

  app.patch(
    '/api/v1/exercises/:exerciseId/actions/:actionId',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Mark an improvement action done, or open again',
        params: ExerciseActionParams,
        body: ExerciseActionUpdateSchema,
        response: { 200: ExerciseActionSchema, 409: WRONG_STATUS },
      },
    },
    async (request) => changeExerciseAction(deps, orgContext(request), { ...request.params, done: request.body.done }),
  );

  app.get(
    '/api/v1/exercise-invitations',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary:
          'Invitations this organisation received from organisers on this platform (title, date, organiser, scenario, own part)',
        response: { 200: itemsOf(ReceivedInvitationSchema) },
      },
    },
    async (request) => ({ items: await listOwnInvitations(db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/exercise-invitations/:invitationId/responses',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Accept or decline an invitation (a person, not an API token; until the exercise is held)',
        params: InvitationParams,
        body: InvitationResponseSchema,
        response: { 200: ReceivedInvitationSchema, 409: problem('The exercise is no longer planned') },
      },
    },
    async (request) =>
      answerInvitation(deps, orgContext(request), { invitationId: request.params.invitationId, answer: request.body }),
  );
};
