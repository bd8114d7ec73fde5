// The quarterly trend report (issue 15 item 1): the PDF for the authority's analysts, publishing it as a
// knowledge article of kind 'trend', and the frozen PDF for everyone who may read that article (TLP 2.0).
import { KnowledgeArticleSchema } from '@weerbaar/core/knowledge';
import { QuarterlyReportPublishSchema, QuarterlyReportQuerySchema } from '@weerbaar/core/trends';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { exportQuarterlyReportPdf } from '../../services/trends/export-quarterly-report.ts';
import { publishQuarterlyReport } from '../../services/trends/publish-quarterly-report.ts';
import { renderPublishedQuarterlyReport } from '../../services/trends/quarterly-report-download.ts';
import { IdParams, type RouteDeps } from '../route-deps.ts';

const PdfSchema = z.string().meta({ format: 'binary' }).describe('The quarterly trend report as PDF (A4)');

const sendPdf = (reply: FastifyReply, { filename, pdf }: { filename: string; pdf: Buffer }) =>
  reply
    .type('application/pdf')
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .send(pdf as never); // a Buffer is not the schema type; Fastify sends it as is

export const quarterlyReportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;

  app.get(
    '/api/v1/trends/quarterly-report',
    {
      config: { access: 'authority:read' },
      schema: {
        tags: ['Authority trends'],
        summary:
          'The trends of one calendar quarter as a Dutch PDF, counts from fewer than 3 entities suppressed; the export is recorded on the audit trail',
        querystring: QuarterlyReportQuerySchema,
        produces: ['application/pdf'],
        response: { 200: PdfSchema },
      },
    },
    async (request, reply) => sendPdf(reply, await exportQuarterlyReportPdf(deps, orgContext(request), request.query)),
  );

  app.post(
    '/api/v1/trends/quarterly-reports',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags: ['Authority trends'],
        summary:
          'Publish the quarterly trend report as a knowledge article (kind trend) under TLP 2.0, with its figures frozen',
        body: QuarterlyReportPublishSchema,
        response: { 201: KnowledgeArticleSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await publishQuarterlyReport(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/knowledge-articles/:id/report',
    {
      config: { access: 'org:read' },
      schema: {
        tags: ['Knowledge'],
        summary: 'The PDF of a published quarterly trend report, as frozen when it was published',
        params: IdParams,
        produces: ['application/pdf'],
        response: { 200: PdfSchema },
      },
    },
    async (request, reply) =>
      sendPdf(reply, await renderPublishedQuarterlyReport(db, orgContext(request), request.params.id)),
  );

  app.get(
    '/api/v1/public/knowledge-articles/:id/report',
    {
      config: { access: 'public', stateless: true },
      schema: {
        tags: ['Knowledge'],
        summary: 'The PDF of a published TLP:CLEAR quarterly trend report, without signing in',
        params: IdParams,
        produces: ['application/pdf'],
        response: { 200: PdfSchema },
      },
    },
    async (request, reply) => sendPdf(reply, await renderPublishedQuarterlyReport(db, null, request.params.id)),
  );
};
