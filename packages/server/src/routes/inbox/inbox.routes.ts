import {
  AcknowledgementCreateSchema,
  InboxAcknowledgementSchema,
  InboxQuerySchema,
  InboxReportDetailSchema,
  InboxReportSummarySchema,
  IntermediateReportRequestCreateSchema,
  IntermediateReportRequestSchema,
} from '@weerbaar/core/inbox';
import { SubmissionFeedbackSchema } from '@weerbaar/core/delivery';
import { ExportFormatQuerySchema, pageOf } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { acknowledgeReport } from '../../services/inbox/acknowledge-report.ts';
import { getSubmissionFeedback } from '../../services/inbox/submission-feedback-queries.ts';
import { requestIntermediateReport } from '../../services/inbox/request-intermediate-report.ts';
import { exportInboxCsv, getInboxReport, listInbox } from '../../services/inbox/inbox-queries.ts';
import { IdParams, problem, type RouteDeps, sendCsv } from '../route-deps.ts';

const tags = ['Authority inbox'];
const ExportQuerySchema = InboxQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape);

export const inboxRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;
  app.get(
    '/api/v1/inbox/reports',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary:
          'Received incident reports, newest first; filters by sector, stage, category, severity; with feedback clock and missed deadlines',
        querystring: InboxQuerySchema,
        response: { 200: pageOf(InboxReportSummarySchema) },
      },
    },
    async (request) => listInbox(db, orgContext(request), request.query, clock.now()),
  );

  app.get(
    '/api/v1/inbox/reports/export',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'The filtered inbox as CSV, oldest first',
        querystring: ExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, one report a row') },
      },
    },
    async (request, reply) => {
      return sendCsv(reply, 'meldingen.csv', exportInboxCsv(db, orgContext(request), request.query));
    },
  );

  app.get(
    '/api/v1/inbox/reports/:id',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'One received report with its chain, the entity’s deadlines, acknowledgements and requests',
        params: IdParams,
        response: { 200: InboxReportDetailSchema },
      },
    },
    async (request) => getInboxReport(db, orgContext(request), request.params.id, clock.now()),
  );

  app.post(
    '/api/v1/inbox/reports/:id/acknowledgements',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Give initial feedback (NIS2 Art. 23(5): where possible within 24 h of the early warning)',
        params: IdParams,
        body: AcknowledgementCreateSchema,
        response: { 201: InboxAcknowledgementSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await acknowledgeReport(deps, orgContext(request), { id: request.params.id, ...request.body })),
  );

  app.post(
    '/api/v1/inbox/reports/:id/intermediate-report-requests',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Ask the entity for an intermediate report by a set time (NIS2 Art. 23(4)(c))',
        params: IdParams,
        body: IntermediateReportRequestCreateSchema,
        response: {
          201: IntermediateReportRequestSchema,
          409: problem('A voluntary notification (NIS2 Art. 30) gets no intermediate-report request'),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestIntermediateReport(deps, orgContext(request), { id: request.params.id, ...request.body })),
  );

  app.get(
    '/api/v1/submissions/:id/feedback',
    {
      config: { access: 'submissions:deliver' },
      schema: {
        tags,
        summary:
          "For the delivering installation: the authority's acknowledgements and intermediate-report requests about a submission",
        params: IdParams,
        response: { 200: SubmissionFeedbackSchema },
      },
    },
    async (request) => getSubmissionFeedback(db, orgContext(request), request.params.id),
  );
};
