import {
  DeadlineDashboardSchema,
  IncidentReportViewSchema,
  ReportDraftSchema,
  ReportStageSchema,
  ReportSubmissionSchema,
} from '@weerbaar/core/incidents';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import {
  getDeadlineDashboard,
  getReportDraft,
  listIncidentReportViews,
} from '../../services/incidents/incident-report-queries.ts';
import { checkFeedbackNow } from '../../services/incidents/check-incident-feedback.ts';
import { submitIncidentReport } from '../../services/incidents/submit-incident-report.ts';
import { IdParams, itemsOf, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Incident reports'];

export const incidentReportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/incidents/:id/reports',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Reports submitted for the incident, with delivery status, receipt and feedback',
        params: IdParams,
        response: { 200: itemsOf(IncidentReportViewSchema) },
      },
    },
    async (request) => ({ items: await listIncidentReportViews(db, orgContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/incidents/:id/reports',
    {
      config: { access: 'reports:submit' },
      schema: {
        tags,
        summary:
          'Submit a report of a stage: validated, stored immutable with a version, queued for delivery; idempotent by reportId',
        params: IdParams,
        body: ReportSubmissionSchema,
        response: {
          200: IncidentReportViewSchema.describe('Already submitted under this reportId'),
          201: IncidentReportViewSchema,
          409: problem(
            'Not possible yet for this incident (e.g. significance not decided, or the stage before not sent), ' +
              'or this reportId was used for another report',
          ),
        },
      },
    },
    async (request, reply) => {
      const { created, report } = await submitIncidentReport(deps, orgContext(request), {
        incidentId: request.params.id,
        report: request.body,
      });
      return reply.status(created ? 201 : 200).send(report);
    },
  );

  app.get(
    '/api/v1/incidents/:id/report-drafts/:stage',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'A draft of a stage, pre-filled from the register (or from the version it corrects)',
        params: IdParams.extend({ stage: ReportStageSchema }),
        response: { 200: ReportDraftSchema },
      },
    },
    async (request) => getReportDraft(db, orgContext(request), request.params.id, request.params.stage),
  );

  app.get(
    '/api/v1/incident-deadlines',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Countdown: every report still owed across incidents, the most urgent first',
        response: { 200: DeadlineDashboardSchema },
      },
    },
    async (request) => getDeadlineDashboard(db, orgContext(request), deps.clock.now()),
  );

  app.post(
    '/api/v1/incidents/:id/feedback-checks',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary:
          "Look now at the authority for feedback on the incident's delivered reports (otherwise polled every 30 s, later every 15 min)",
        params: IdParams,
        body: z.object({}).strict().optional(),
        response: { 201: z.object({ newItems: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await checkFeedbackNow(deps, orgContext(request), request.params.id)),
  );
};
