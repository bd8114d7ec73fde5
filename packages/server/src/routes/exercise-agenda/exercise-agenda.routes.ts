// The interdepartmental exercise agenda (issue 16 item 6): the authority's multi-year agenda, its items on
// the nine RbRA themes, invitations, and the coverage picture; the invited organisation's side
// (participations: confirm or decline, link its own exercise).
import {
  AgendaCreateSchema,
  AgendaInvitationCreateSchema,
  AgendaItemCreateSchema,
  AgendaItemParams,
  AgendaItemSchema,
  AgendaItemUpdateSchema,
  AgendaParams,
  AgendaSchema,
  AgendaSummarySchema,
  ExerciseCrisisStartSchema,
  InviteeSchema,
  ParticipationLinkSchema,
  ParticipationParams,
  ParticipationResponseSchema,
  ParticipationSchema,
} from '@weerbaar/core/exercise-agenda';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { declareCrisis } from '../../services/crisis/declare-crisis.ts';
import { answerAgendaInvitation } from '../../services/exercise-agenda/answer-agenda-invitation.ts';
import { createExerciseAgenda } from '../../services/exercise-agenda/create-exercise-agenda.ts';
import {
  exerciseCrisisDeclaration,
  getAgenda,
  getAgendaItem,
  listOrgAgendas,
  listOrgInvitees,
  listOwnParticipations,
} from '../../services/exercise-agenda/exercise-agenda-queries.ts';
import { inviteToAgendaItem } from '../../services/exercise-agenda/invite-to-agenda-item.ts';
import { linkAgendaExercise } from '../../services/exercise-agenda/link-agenda-exercise.ts';
import { planAgendaItem } from '../../services/exercise-agenda/plan-agenda-item.ts';
import { updateAgendaItem } from '../../services/exercise-agenda/update-agenda-item.ts';
import { itemsOf, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Exercise agenda'];
const WRONG_STATUS = problem('Not possible in the item’s current status');

export const exerciseAgendaRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;

  app.get(
    '/api/v1/exercise-agendas',
    {
      config: { access: 'authority:read' },
      schema: { tags, summary: 'The authority’s exercise agendas', response: { 200: itemsOf(AgendaSummarySchema) } },
    },
    async (request) => ({ items: await listOrgAgendas(db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/exercise-agendas',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Start a multi-year exercise agenda (at most eight years)',
        body: AgendaCreateSchema,
        response: { 201: AgendaSummarySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createExerciseAgenda(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/exercise-agendas/:agendaId',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'One agenda: its items and the coverage of the nine RbRA themes per year',
        params: AgendaParams,
        response: { 200: AgendaSchema },
      },
    },
    async (request) => getAgenda(db, orgContext(request), request.params.agendaId),
  );

  app.post(
    '/api/v1/exercise-agendas/:agendaId/items',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Put an exercise on the agenda (theme, scenario, organiser, objectives, planned period)',
        params: AgendaParams,
        body: AgendaItemCreateSchema,
        response: { 201: AgendaItemSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await planAgendaItem(deps, orgContext(request), { agendaId: request.params.agendaId, item: request.body }),
        ),
  );

  app.get(
    '/api/v1/exercise-agenda-items/:itemId',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'One agenda item in full',
        params: AgendaItemParams,
        response: { 200: AgendaItemSchema },
      },
    },
    async (request) => getAgendaItem(db, orgContext(request), request.params.itemId),
  );

  app.patch(
    '/api/v1/exercise-agenda-items/:itemId',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Move the item along (prepared, held, evaluated, cancelled) and write findings and lessons',
        params: AgendaItemParams,
        body: AgendaItemUpdateSchema,
        response: { 200: AgendaItemSchema, 409: WRONG_STATUS },
      },
    },
    async (request) =>
      updateAgendaItem(deps, orgContext(request), { itemId: request.params.itemId, changes: request.body }),
  );

  app.post(
    '/api/v1/exercise-agenda-items/:itemId/invitations',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Invite an organisation on this platform to take part',
        params: AgendaItemParams,
        body: AgendaInvitationCreateSchema,
        response: { 201: AgendaItemSchema, 409: problem('Already invited, or the item is held or closed') },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await inviteToAgendaItem(deps, orgContext(request), {
          itemId: request.params.itemId,
          invitation: request.body,
        }),
      ),
  );

  app.get(
    '/api/v1/exercise-agenda-invitees',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Organisations on this platform the authority can invite (name, kind, sector only)',
        response: { 200: itemsOf(InviteeSchema) },
      },
    },
    async (request) => ({ items: await listOrgInvitees(db, orgContext(request)) }),
  );

  app.get(
    '/api/v1/exercise-agenda-participations',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Agenda items of authorities this organisation is invited to, with its answer and linked exercise',
        response: { 200: itemsOf(ParticipationSchema) },
      },
    },
    async (request) => ({ items: await listOwnParticipations(db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/exercise-agenda-participations/:participationId/responses',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Confirm or decline taking part (a person, not an API token; until the exercise is held)',
        params: ParticipationParams,
        body: ParticipationResponseSchema,
        response: { 200: ParticipationSchema, 409: problem('The exercise is held or closed') },
      },
    },
    async (request) =>
      answerAgendaInvitation(deps, orgContext(request), {
        participationId: request.params.participationId,
        answer: request.body,
      }),
  );

  app.put(
    '/api/v1/exercise-agenda-participations/:participationId/linked-exercise',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Link one of the organisation’s own exercises as its part of the item (null removes the link)',
        params: ParticipationParams,
        body: ParticipationLinkSchema,
        response: { 200: ParticipationSchema },
      },
    },
    async (request) =>
      linkAgendaExercise(deps, orgContext(request), {
        participationId: request.params.participationId,
        exerciseId: request.body.exerciseId,
      }),
  );

  // Exercise mode (issue 16 item 6): "Start als oefencrisis" declares a crisis through the crisis module's own
  // use case, marked as an exercise and naming this item; the item then links to it.
  app.post(
    '/api/v1/exercise-agenda-items/:itemId/crises',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Start a crisis in exercise mode from this item (marked as an exercise, never mixed with real ones)',
        params: AgendaItemParams,
        body: ExerciseCrisisStartSchema,
        response: { 201: AgendaItemSchema, 409: problem('The item is closed, or its exercise crisis already started') },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request);
      const declaration = await exerciseCrisisDeclaration(db, ctx, request.params.itemId, request.body);
      await declareCrisis(deps, ctx, declaration);
      return reply.status(201).send(await getAgendaItem(db, ctx, request.params.itemId));
    },
  );
};
