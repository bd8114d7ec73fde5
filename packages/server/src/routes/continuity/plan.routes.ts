import {
  IncidentResponsePlanSchema,
  PackSchema,
  PackStatusSchema,
  PlanApproveSchema,
  PlanCreateSchema,
  PlanDetailSchema,
  PlanSummarySchema,
  PlanUpdateSchema,
} from '@weerbaar/core/continuity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { approveContinuityPlan } from '../../services/continuity/approve-continuity-plan.ts';
import { changeContinuityPlan } from '../../services/continuity/change-continuity-plan.ts';
import { renderPackHtml } from '../../services/continuity/continuity-pack-html.ts';
import { renderPackPdf } from '../../services/continuity/continuity-pack-pdf.ts';
import {
  getContinuityPack,
  getContinuityPlan,
  getIncidentResponsePlan,
  getPackStatus,
  listContinuityPlans,
  loadPackDocument,
  packFileName,
} from '../../services/continuity/continuity-plan-queries.ts';
import { createContinuityPlan } from '../../services/continuity/create-continuity-plan.ts';
import { makeContinuityPack } from '../../services/continuity/make-continuity-pack.ts';
import { IdParams, itemsOf, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Continuity'];
const NOT_THE_DRAFT = problem('The version is not the open draft (someone changed or approved it meanwhile)');

export const continuityPlanRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/api/v1/continuity-plans',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Continuity plans per critical service and crisis protocols (NIS2 Art. 21(2)(c))',
        response: { 200: itemsOf(PlanSummarySchema) },
      },
    },
    async (request) => ({ items: await listContinuityPlans(db, orgContext(request), clock.now()) }),
  );

  app.post(
    '/api/v1/continuity-plans',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Start a continuity plan for a service, or a crisis protocol (draft version 1)',
        body: PlanCreateSchema,
        response: { 201: PlanDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createContinuityPlan(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/continuity-plans/incident-response-plan',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The crisis protocol marked as incident response plan, which incident handling links to',
        response: { 200: IncidentResponsePlanSchema },
      },
    },
    async (request) => getIncidentResponsePlan(db, orgContext(request)),
  );

  app.get(
    '/api/v1/continuity-plans/:id',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'A plan with all its versions and what changed in each',
        params: IdParams,
        response: { 200: PlanDetailSchema },
      },
    },
    async (request) => getContinuityPlan(db, orgContext(request), request.params.id, clock.now()),
  );

  app.patch(
    '/api/v1/continuity-plans/:id',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Change a plan: content goes into the draft (a new draft when the last version is approved)',
        params: IdParams,
        body: PlanUpdateSchema,
        response: { 200: PlanDetailSchema },
      },
    },
    async (request) =>
      changeContinuityPlan(deps, orgContext(request), { id: request.params.id, changes: request.body }),
  );

  app.post(
    '/api/v1/continuity-plans/:id/approval',
    {
      config: { access: 'continuity:approve' },
      schema: {
        tags,
        summary: 'Approve the draft: it is frozen and in force, the version before it is superseded',
        params: IdParams,
        body: PlanApproveSchema,
        response: { 200: PlanDetailSchema, 409: NOT_THE_DRAFT },
      },
    },
    async (request) =>
      approveContinuityPlan(deps, orgContext(request), { id: request.params.id, approval: request.body }),
  );

  app.get(
    '/api/v1/continuity-packs/status',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The last offline pack and the plans it no longer matches',
        response: { 200: PackStatusSchema },
      },
    },
    async (request) => getPackStatus(db, orgContext(request)),
  );

  app.post(
    '/api/v1/continuity-packs',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Make an offline pack of the plans in force (recorded with their versions)',
        response: { 201: PackSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await makeContinuityPack(deps, orgContext(request), { via: 'web' })),
  );

  app.get(
    '/api/v1/continuity-packs/:id',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'An offline pack as it was made', params: IdParams, response: { 200: PackSchema } },
    },
    async (request) => getContinuityPack(db, orgContext(request), request.params.id),
  );

  app.get(
    '/api/v1/continuity-packs/:id/pdf',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The offline pack as a printable PDF',
        params: IdParams,
        produces: ['application/pdf'],
        response: { 200: z.string().meta({ format: 'binary' }).describe('The pack as PDF') },
      },
    },
    async (request, reply) => {
      // One load: the document holds the pack's version and date for the file name.
      const pack = await loadPackDocument(db, orgContext(request), request.params.id);
      const pdf = await renderPackPdf(pack);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${packFileName(pack, 'pdf')}"`)
        .send(pdf as never);
    },
  );

  app.get(
    '/api/v1/continuity-packs/:id/html',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The offline pack as one static HTML file that opens from disk without a server',
        params: IdParams,
        produces: ['text/html'],
        response: { 200: z.string().describe('One self-contained HTML file (inline CSS, no scripts)') },
      },
    },
    async (request, reply) => {
      // One load: the document holds the pack's version and date for the file name.
      const pack = await loadPackDocument(db, orgContext(request), request.params.id);
      const html = renderPackHtml(pack);
      return reply
        .type('text/html; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${packFileName(pack, 'html')}"`)
        .send(html);
    },
  );
};
