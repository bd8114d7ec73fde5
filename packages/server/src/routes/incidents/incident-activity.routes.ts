import {
  IncidentTaskCreateSchema,
  IncidentTaskSchema,
  IncidentTaskUpdateSchema,
  ObservableInputSchema,
  ObservableSchema,
  RecipientCommunicationCreateSchema,
  RecipientCommunicationSchema,
  TimelineEntrySchema,
  TimelineNoteCreateSchema,
} from '@weerbaar/core/incidents';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addIncidentObservable } from '../../services/incidents/add-incident-observable.ts';
import { addIncidentTask } from '../../services/incidents/add-incident-task.ts';
import { addTimelineNote } from '../../services/incidents/add-timeline-note.ts';
import { changeIncidentTask } from '../../services/incidents/change-incident-task.ts';
import {
  listIncidentObservables,
  listIncidentRecipientCommunications,
  listIncidentTasks,
  listIncidentTimeline,
} from '../../services/incidents/incident-queries.ts';
import { recordRecipientCommunication } from '../../services/incidents/record-recipient-communication.ts';
import { IdParams, itemsOf, type RouteDeps } from '../route-deps.ts';

const tags = ['Incidents'];

export const incidentActivityRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/incidents/:id/timeline',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'What happened and what was done, in order',
        params: IdParams,
        response: { 200: itemsOf(TimelineEntrySchema) },
      },
    },
    async (request) => ({ items: await listIncidentTimeline(db, orgContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/incidents/:id/timeline',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Add a note to the timeline',
        params: IdParams,
        body: TimelineNoteCreateSchema,
        response: { 201: TimelineEntrySchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addTimelineNote(deps, orgContext(request), { incidentId: request.params.id, ...request.body })),
  );

  app.get(
    '/api/v1/incidents/:id/tasks',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Response tasks and improvement actions',
        params: IdParams,
        response: { 200: itemsOf(IncidentTaskSchema) },
      },
    },
    async (request) => ({ items: await listIncidentTasks(db, orgContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/incidents/:id/tasks',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Add a task or improvement action',
        params: IdParams,
        body: IncidentTaskCreateSchema,
        response: { 201: IncidentTaskSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addIncidentTask(deps, orgContext(request), { incidentId: request.params.id, task: request.body })),
  );

  app.patch(
    '/api/v1/incidents/:id/tasks/:taskId',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Change or complete a task',
        params: IdParams.extend({ taskId: z.uuid() }),
        body: IncidentTaskUpdateSchema,
        response: { 200: IncidentTaskSchema },
      },
    },
    async (request) =>
      changeIncidentTask(deps, orgContext(request), {
        incidentId: request.params.id,
        taskId: request.params.taskId,
        changes: request.body,
      }),
  );

  app.get(
    '/api/v1/incidents/:id/observables',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Observables and indicators of compromise',
        params: IdParams,
        response: { 200: itemsOf(ObservableSchema) },
      },
    },
    async (request) => ({ items: await listIncidentObservables(db, orgContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/incidents/:id/observables',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Add an observable (ipv4, ipv6, domain, url, md5, sha1, sha256, email); validated and normalised',
        params: IdParams,
        body: ObservableInputSchema,
        response: { 200: ObservableSchema.describe('Already recorded'), 201: ObservableSchema },
      },
    },
    async (request, reply) => {
      const { created, observable } = await addIncidentObservable(deps, orgContext(request), {
        incidentId: request.params.id,
        observable: request.body,
      });
      return reply.status(created ? 201 : 200).send(observable);
    },
  );

  app.get(
    '/api/v1/incidents/:id/recipient-communications',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Log of what recipients of services were told (NIS2 Art. 23(1)-(2))',
        params: IdParams,
        response: { 200: itemsOf(RecipientCommunicationSchema) },
      },
    },
    async (request) => ({
      items: await listIncidentRecipientCommunications(db, orgContext(request), request.params.id),
    }),
  );

  app.post(
    '/api/v1/incidents/:id/recipient-communications',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Record that recipients of services were informed',
        params: IdParams,
        body: RecipientCommunicationCreateSchema,
        response: { 201: RecipientCommunicationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordRecipientCommunication(deps, orgContext(request), {
          incidentId: request.params.id,
          communication: request.body,
        }),
      ),
  );
};
