import {
  IncidentCreateSchema,
  IncidentDeadlinesSchema,
  IncidentQuerySchema,
  IncidentSchema,
  IncidentSummarySchema,
  IncidentUpdateSchema,
  RecurrenceOverrideCreateSchema,
  SignificanceDecisionCreateSchema,
  SignificanceDecisionSchema,
  StatusTransitionCreateSchema,
} from '@weerbaar/core/incidents';
import { pageOf, TextSchema } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { decideSignificance } from '../../services/incidents/decide-significance.ts';
import { changeIncident } from '../../services/incidents/change-incident.ts';
import { createIncident } from '../../services/incidents/create-incident.ts';
import { getIncident, listOrgIncidents, listSignificanceDecisions } from '../../services/incidents/incident-queries.ts';
import { getIncidentDeadlines } from '../../services/incidents/incident-report-queries.ts';
import { overrideRecurrence } from '../../services/incidents/override-recurrence.ts';
import { transitionIncidentStatus } from '../../services/incidents/transition-incident-status.ts';
import { IdParams, itemsOf, type RouteDeps } from '../route-deps.ts';

const tags = ['Incidents'];

export const incidentRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/incidents',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The incident register, newest first, with filters',
        querystring: IncidentQuerySchema,
        response: { 200: pageOf(IncidentSummarySchema) },
      },
    },
    async (request) => listOrgIncidents(db, orgContext(request), request.query),
  );

  app.post(
    '/api/v1/incidents',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary:
          'Record an incident (by hand, or by a SIEM/monitoring tool with an API token); idempotent by externalId or Idempotency-Key',
        headers: z.object({ 'idempotency-key': TextSchema.trim().min(1).max(200).optional() }),
        body: IncidentCreateSchema,
        response: {
          200: IncidentSchema.describe('Already recorded under this key: the first incident'),
          201: IncidentSchema,
        },
      },
    },
    async (request, reply) => {
      const { created, incident } = await createIncident(deps, orgContext(request), {
        incident: request.body,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.status(created ? 201 : 200).send(incident);
    },
  );

  app.get(
    '/api/v1/incidents/:id',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'One incident with its proposed and decided significance',
        params: IdParams,
        response: { 200: IncidentSchema },
      },
    },
    async (request) => getIncident(db, orgContext(request), request.params.id),
  );

  app.patch(
    '/api/v1/incidents/:id',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Change the facts of an incident (status changes go through status-transitions)',
        params: IdParams,
        body: IncidentUpdateSchema,
        response: { 200: IncidentSchema },
      },
    },
    async (request) => changeIncident(deps, orgContext(request), { id: request.params.id, changes: request.body }),
  );

  app.post(
    '/api/v1/incidents/:id/status-transitions',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Move the incident along the handling workflow',
        params: IdParams,
        body: StatusTransitionCreateSchema,
        response: { 201: IncidentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await transitionIncidentStatus(deps, orgContext(request), { id: request.params.id, ...request.body })),
  );

  app.get(
    '/api/v1/incidents/:id/significance-decisions',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The significance decisions taken, newest first',
        params: IdParams,
        response: { 200: itemsOf(SignificanceDecisionSchema) },
      },
    },
    async (request) => ({ items: await listSignificanceDecisions(db, orgContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/incidents/:id/significance-decisions',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Confirm or override the proposed significance; significant starts the reporting clock at awareAt',
        params: IdParams,
        body: SignificanceDecisionCreateSchema,
        response: { 201: IncidentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await decideSignificance(deps, orgContext(request), { id: request.params.id, decision: request.body })),
  );

  app.put(
    '/api/v1/incidents/:id/recurrence-override',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary:
          'Replace the count of recurring incidents (Impl. Reg. 2024/2690 Art. 4) that the register gives, with a reason',
        params: IdParams,
        body: RecurrenceOverrideCreateSchema,
        response: { 200: IncidentSchema },
      },
    },
    async (request) => overrideRecurrence(deps, orgContext(request), { id: request.params.id, override: request.body }),
  );

  app.delete(
    '/api/v1/incidents/:id/recurrence-override',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Return to the count of recurring incidents that the register gives',
        params: IdParams,
        response: { 200: IncidentSchema },
      },
    },
    async (request) => overrideRecurrence(deps, orgContext(request), { id: request.params.id, override: null }),
  );

  app.get(
    '/api/v1/incidents/:id/deadlines',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The reporting clock of the incident: every stage with its deadline and state',
        params: IdParams,
        response: { 200: IncidentDeadlinesSchema },
      },
    },
    async (request) => getIncidentDeadlines(db, orgContext(request), request.params.id, deps.clock.now()),
  );
};
