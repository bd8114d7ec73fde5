// Requests for information (uitvraag) and crisis communication (issue 16 items 3-4): the authority's side
// (suggest affected entities, send, follow answers and non-answers), the pull that entity installations make
// with their delivery token (docs/DELIVERY.md, "Authority → entity"), and the entity's side (read, answer).
import {
  AffectedEntityListSchema,
  CrisisAnswerInputSchema,
  CrisisRequestListSchema,
  CrisisRequestSchema,
  MessagePullResultSchema,
  MessagePullSchema,
  ReceivedCrisisRequestListSchema,
  ReceivedCrisisRequestSchema,
  SendCrisisRequestSchema,
} from '@weerbaar/core/crisis';
import { CommaListSchema } from '@weerbaar/core/platform';
import { PROVINCE_IDS } from '@weerbaar/core/registration';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { answerCrisisRequest } from '../../services/crisis-requests/answer-crisis-request.ts';
import {
  getCrisisRequest,
  getReceivedRequest,
  listCrisisRequests,
  listReceivedRequests,
  suggestAffected,
} from '../../services/crisis-requests/crisis-request-queries.ts';
import { markCrisisRequestRead } from '../../services/crisis-requests/mark-crisis-request-read.ts';
import { pullNow } from '../../services/crisis-requests/pull-messages.job.ts';
import { sendCrisisRequest } from '../../services/crisis-requests/send-crisis-request.ts';
import { serveMessagePull } from '../../services/crisis-requests/serve-message-pull.ts';
import { IdParams, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Crisis requests'];

/** A comma-separated list in the query string; absent is empty. */
const list = CommaListSchema.optional().transform((v) => v ?? []);

const AffectedQuerySchema = z.object({
  sectors: list.describe('Sector ids, comma-separated'),
  provinces: list.pipe(z.array(z.enum(PROVINCE_IDS))).describe('Province ids, comma-separated'),
  observables: list.describe('Indicator values seen in received incident reports, comma-separated'),
  advisoryId: z.uuid().optional().describe('An advisory of this authority: entities whose inventory matched'),
});
const ListQuerySchema = z.object({ crisisId: z.uuid().optional() });

export const crisisRequestRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/api/v1/crisis-requests/affected-entities',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary:
          'Registered entities that may be hit: by sector and province (registry), by observables in received reports, by an advisory',
        querystring: AffectedQuerySchema,
        response: { 200: AffectedEntityListSchema },
      },
    },
    async (request) =>
      suggestAffected(db, orgContext(request), {
        sectors: request.query.sectors,
        provinces: request.query.provinces,
        observables: request.query.observables,
        advisoryId: request.query.advisoryId,
      }),
  );

  app.get(
    '/api/v1/crisis-requests',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'Requests for information and crisis messages this authority sent, with delivery and answer counts',
        querystring: ListQuerySchema,
        response: { 200: CrisisRequestListSchema },
      },
    },
    async (request) => listCrisisRequests(db, orgContext(request), request.query, clock.now()),
  );

  app.post(
    '/api/v1/crisis-requests',
    {
      config: { access: 'crisis-requests:send' },
      schema: {
        tags,
        summary:
          'Send an uitvraag or a crisis message to registered entities (Cbw art. 18; NIS2 Art. 9); repeat-safe by id',
        body: SendCrisisRequestSchema,
        response: { 201: CrisisRequestSchema, 409: problem('The id was used for another request') },
      },
    },
    async (request, reply) => reply.status(201).send(await sendCrisisRequest(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/crisis-requests/:id',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'One request with every recipient: delivered, read, answered, overdue, and the answers',
        params: IdParams,
        response: { 200: CrisisRequestSchema },
      },
    },
    async (request) => getCrisisRequest(db, orgContext(request), request.params.id, clock.now()),
  );

  app.post(
    '/api/v1/authority-messages/pull',
    {
      config: { access: 'submissions:deliver' },
      schema: {
        tags,
        summary:
          "For the entity's installation (its delivery token): confirm stored and read messages, receive the ones not stored yet (crisis messages and supervision's information requests)",
        body: MessagePullSchema,
        response: { 200: MessagePullResultSchema },
      },
    },
    async (request) => serveMessagePull(deps, orgContext(request), request.body),
  );

  app.get(
    '/api/v1/received-crisis-requests',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Requests for information and crisis messages this organisation received from its authority',
        response: { 200: ReceivedCrisisRequestListSchema },
      },
    },
    async (request) => listReceivedRequests(db, orgContext(request), clock.now()),
  );

  app.post(
    '/api/v1/received-crisis-requests/pulls',
    {
      config: { access: 'crisis-requests:answer' },
      schema: {
        tags,
        summary: 'Ask the authority for new messages now (otherwise every 30 seconds)',
        response: { 200: z.object({ received: z.number().int() }) },
      },
    },
    async (request) => ({ received: await pullNow(deps, orgContext(request).orgId) }),
  );

  app.get(
    '/api/v1/received-crisis-requests/:id',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'One received request or message, with this organisation’s answer and its delivery',
        params: IdParams,
        response: { 200: ReceivedCrisisRequestSchema },
      },
    },
    async (request) => getReceivedRequest(db, orgContext(request), request.params.id, clock.now()),
  );

  app.post(
    '/api/v1/received-crisis-requests/:id/read',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Note that a person opened the message (the authority sees it as read)',
        params: IdParams,
        response: { 200: ReceivedCrisisRequestSchema },
      },
    },
    async (request) => markCrisisRequestRead(deps, orgContext(request), { messageId: request.params.id }),
  );

  app.post(
    '/api/v1/received-crisis-requests/:id/answers',
    {
      config: { access: 'crisis-requests:answer' },
      schema: {
        tags,
        summary:
          'Answer an uitvraag: affected, since when, impact, services; delivered to the authority with a receipt',
        params: IdParams,
        body: CrisisAnswerInputSchema,
        response: { 201: ReceivedCrisisRequestSchema, 409: problem('A crisis message asks for no answer') },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await answerCrisisRequest(deps, orgContext(request), { ...request.body, messageId: request.params.id })),
  );
};
