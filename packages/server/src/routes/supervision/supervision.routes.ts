// Supervision (issue 15 item 3): the supervisor's side (kinds, sector table, entities, requests, findings)
// and the entity's side (received requests and findings, answers).
import {
  AuthorityKindsSchema,
  FindingCreateSchema,
  FindingListSchema,
  FindingSchema,
  FindingUpdateSchema,
  InformationRequestCreateSchema,
  InformationRequestListSchema,
  InformationRequestSchema,
  RequestAnswerSchema,
  RequestAssessmentSchema,
  RequestListQuerySchema,
  SectorAuthorityListSchema,
  SectorAuthoritySchema,
  SectorAuthorityUpdateSchema,
  SupervisedEntitySchema,
} from '@weerbaar/core/supervision';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { answerInformationRequest } from '../../services/supervision/answer-information-request.ts';
import { assessInformationRequest } from '../../services/supervision/assess-information-request.ts';
import { recordFinding } from '../../services/supervision/record-finding.ts';
import { sendInformationRequest } from '../../services/supervision/send-information-request.ts';
import { setAuthorityKinds } from '../../services/supervision/set-authority-kinds.ts';
import { setSectorAuthority } from '../../services/supervision/set-sector-authority.ts';
import {
  getAuthorityKinds,
  getReceivedRequest,
  getSentRequest,
  getSupervisedEntity,
  listFindingsReceived,
  listRequestsReceived,
  listSentRequests,
  listSupervisionFindings,
  sectorAuthorities,
} from '../../services/supervision/supervision-queries.ts';
import { updateFinding } from '../../services/supervision/update-finding.ts';
import { IdParams, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Supervision'];
const NOT_OWED = problem('The request is not in a state for this step (no answer owed, or nothing to judge)');

export const supervisionRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/api/v1/supervision/authority-kinds',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'What this authority organisation is: competent authority, CSIRT, supervisor',
        response: { 200: AuthorityKindsSchema },
      },
    },
    async (request) => getAuthorityKinds(db, orgContext(request)),
  );

  app.put(
    '/api/v1/supervision/authority-kinds',
    {
      config: { access: 'authority:configure' },
      schema: {
        tags,
        summary: 'Set the kinds of this authority organisation (several allowed)',
        body: AuthorityKindsSchema,
        response: { 200: AuthorityKindsSchema },
      },
    },
    async (request) => setAuthorityKinds(deps, orgContext(request), request.body),
  );

  app.get(
    '/api/v1/supervision/sector-authorities',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary:
          'Competent authority (Cbw art. 15) and supervisor (designated under Cbw art. 68(1)) per sector: defaults and own settings',
        response: { 200: SectorAuthorityListSchema },
      },
    },
    async (request) => ({ items: await sectorAuthorities(db, orgContext(request)) }),
  );

  app.put(
    '/api/v1/supervision/sector-authorities',
    {
      config: { access: 'authority:configure' },
      schema: {
        tags,
        summary: 'Set the authorities of one sector (null: back to the default)',
        body: SectorAuthorityUpdateSchema,
        response: { 200: SectorAuthoritySchema },
      },
    },
    async (request) => setSectorAuthority(deps, orgContext(request), request.body),
  );

  app.get(
    '/api/v1/supervision/entities/:id',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'One entity of the registry under supervision: its authorities per sector, requests and findings',
        params: IdParams,
        response: { 200: SupervisedEntitySchema },
      },
    },
    async (request) => getSupervisedEntity(db, orgContext(request), request.params.id, clock.now()),
  );

  app.get(
    '/api/v1/supervision/requests',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'Information requests this supervisor sent; overdue answers flagged',
        querystring: RequestListQuerySchema,
        response: { 200: InformationRequestListSchema },
      },
    },
    async (request) => ({ items: await listSentRequests(db, orgContext(request), request.query, clock.now()) }),
  );

  app.post(
    '/api/v1/supervision/requests',
    {
      config: { access: 'supervision:send' },
      schema: {
        tags,
        summary:
          'Send an information request to an entity (Awb art. 5:16-5:17; answer within the period, art. 5:20(1))',
        body: InformationRequestCreateSchema,
        // An entity on another installation pulls it over its delivery connection (docs/DELIVERY.md).
        response: { 201: InformationRequestSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sendInformationRequest(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/supervision/requests/:id',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'One information request with the answers and documents',
        params: IdParams,
        response: { 200: InformationRequestSchema },
      },
    },
    async (request) => getSentRequest(db, orgContext(request), request.params.id, clock.now()),
  );

  app.post(
    '/api/v1/supervision/requests/:id/assessments',
    {
      config: { access: 'supervision:send' },
      schema: {
        tags,
        summary: 'Judge the answer: accepted, or more asked with a new period',
        params: IdParams,
        body: RequestAssessmentSchema,
        response: {
          200: InformationRequestSchema,
          409: problem(
            'The request is not in a state to be judged, or more is asked of an entity on another installation (ask in a new request)',
          ),
        },
      },
    },
    async (request) =>
      assessInformationRequest(deps, orgContext(request), { requestId: request.params.id, assessment: request.body }),
  );

  app.get(
    '/api/v1/supervision/findings',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'Findings this supervisor recorded',
        querystring: z.object({ entityId: z.uuid().optional() }).strict(),
        response: { 200: FindingListSchema },
      },
    },
    async (request) => ({
      items: await listSupervisionFindings(db, orgContext(request), request.query.entityId, clock.now()),
    }),
  );

  app.post(
    '/api/v1/supervision/findings',
    {
      config: { access: 'supervision:send' },
      schema: {
        tags,
        summary: 'Record a finding about an entity, with the day its follow-up is due',
        body: FindingCreateSchema,
        response: { 201: FindingSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await recordFinding(deps, orgContext(request), request.body)),
  );

  app.patch(
    '/api/v1/supervision/findings/:id',
    {
      config: { access: 'supervision:send' },
      schema: {
        tags,
        summary: 'Keep the follow-up of a finding',
        params: IdParams,
        body: FindingUpdateSchema,
        response: { 200: FindingSchema },
      },
    },
    async (request) => updateFinding(deps, orgContext(request), { findingId: request.params.id, update: request.body }),
  );

  // ---- The entity's side

  app.get(
    '/api/v1/supervision/received-requests',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Information requests supervisors sent to this organisation',
        response: { 200: InformationRequestListSchema },
      },
    },
    async (request) => ({ items: await listRequestsReceived(db, orgContext(request), clock.now()) }),
  );

  app.get(
    '/api/v1/supervision/received-requests/:id',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'One information request received, with the exchange and documents',
        params: IdParams,
        response: { 200: InformationRequestSchema },
      },
    },
    async (request) => getReceivedRequest(db, orgContext(request), request.params.id, clock.now()),
  );

  app.post(
    '/api/v1/supervision/received-requests/:id/answers',
    {
      config: { access: 'supervision:answer' },
      schema: {
        tags,
        summary: 'Answer: text, the documents added, and optionally the measures dossier as it is now',
        params: IdParams,
        body: RequestAnswerSchema,
        response: { 201: InformationRequestSchema, 409: NOT_OWED },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await answerInformationRequest(deps, orgContext(request), {
          requestId: request.params.id,
          answer: request.body,
        }),
      ),
  );

  app.get(
    '/api/v1/supervision/received-findings',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Findings supervisors recorded about this organisation',
        response: { 200: FindingListSchema },
      },
    },
    async (request) => ({ items: await listFindingsReceived(db, orgContext(request), clock.now()) }),
  );
};
