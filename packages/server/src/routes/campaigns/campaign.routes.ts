// Campaigns across entities and the analyst's cases (issue 15 item 2): authority only.
import {
  CampaignCaseCreateSchema,
  CampaignCaseSchema,
  CampaignCaseSummarySchema,
  CampaignDetailSchema,
  CampaignQuerySchema,
  CampaignSummarySchema,
  CaseEntryCreateSchema,
  CaseReportAddSchema,
} from '@weerbaar/core/campaigns';
import { PageQuerySchema, pageOf } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addCaseEntry } from '../../services/campaigns/add-case-entry.ts';
import { addCaseReport } from '../../services/campaigns/add-case-report.ts';
import {
  getCampaign,
  getCampaignCase,
  listCampaignCases,
  listCampaigns,
} from '../../services/campaigns/campaign-queries.ts';
import { createCampaignCase } from '../../services/campaigns/create-campaign-case.ts';
import { removeCaseReport } from '../../services/campaigns/remove-case-report.ts';
import { IdParams, type RouteDeps } from '../route-deps.ts';

const tags = ['Authority campaigns'];
const CaseReportParams = z.object({ id: z.uuid(), reportId: z.uuid() });

export const campaignRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;

  app.get(
    '/api/v1/campaigns',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'Indicators that two or more different entities reported, latest first',
        querystring: CampaignQuerySchema,
        response: { 200: pageOf(CampaignSummarySchema) },
      },
    },
    async (request) => listCampaigns(db, orgContext(request), request.query),
  );

  app.get(
    '/api/v1/campaigns/:id',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'One campaign with the received reports that name its indicator and the cases that hold them',
        params: IdParams,
        response: { 200: CampaignDetailSchema },
      },
    },
    async (request) => getCampaign(db, orgContext(request), request.params.id),
  );

  app.get(
    '/api/v1/campaign-cases',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'Cases that merge linked reports, most recently changed first',
        querystring: PageQuerySchema,
        response: { 200: pageOf(CampaignCaseSummarySchema) },
      },
    },
    async (request) => listCampaignCases(db, orgContext(request), request.query),
  );

  app.post(
    '/api/v1/campaign-cases',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Merge received reports into one case',
        body: CampaignCaseCreateSchema,
        response: { 201: CampaignCaseSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createCampaignCase(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/campaign-cases/:id',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'One case with its linked reports and timeline',
        params: IdParams,
        response: { 200: CampaignCaseSchema },
      },
    },
    async (request) => getCampaignCase(db, orgContext(request), request.params.id),
  );

  app.post(
    '/api/v1/campaign-cases/:id/reports',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Link one more received report to the case (a repeat changes nothing)',
        params: IdParams,
        body: CaseReportAddSchema,
        response: { 200: CampaignCaseSchema },
      },
    },
    async (request) =>
      addCaseReport(deps, orgContext(request), { caseId: request.params.id, reportId: request.body.reportId }),
  );

  app.delete(
    '/api/v1/campaign-cases/:id/reports/:reportId',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Take a report out of the case (the timeline keeps that it was there)',
        params: CaseReportParams,
        response: { 200: CampaignCaseSchema },
      },
    },
    async (request) =>
      removeCaseReport(deps, orgContext(request), { caseId: request.params.id, reportId: request.params.reportId }),
  );

  app.post(
    '/api/v1/campaign-cases/:id/entries',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Add a note or a decision to the case’s timeline',
        params: IdParams,
        body: CaseEntryCreateSchema,
        response: { 201: CampaignCaseSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCaseEntry(deps, orgContext(request), { caseId: request.params.id, entry: request.body })),
  );
};
