// Exports of the measures (issue 12 items 4 and 6): OSCAL component-definition, the gap analysis as CSV
// (people's or machine form), and the Dutch PDF report (coverage, gaps, Statement of Applicability). The
// Statement of Applicability as CSV is GET /measures/export (measure.routes.ts, with the list's filters).
import { ExportFormatQuerySchema } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import {
  exportGapAnalysisCsv,
  measureReportPdf,
  oscalComponentDefinition,
} from '../../services/measures/measure-export-queries.ts';
import { type RouteDeps, sendCsv } from '../route-deps.ts';

const tags = ['Measures'];

export const measureExportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, clock }) => {
  app.get(
    '/api/v1/measure-exports/oscal-component-definition',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary:
          "The organisation's implementation as an OSCAL 1.0.6 component-definition (status, how, evidence per requirement of each adopted catalogue)",
        response: {
          200: z
            .looseObject({ 'component-definition': z.looseObject({ uuid: z.string() }) })
            .describe('An OSCAL component-definition document (JSON)'),
        },
      },
    },
    async (request, reply) => {
      const doc = await oscalComponentDefinition(db, orgContext(request), clock.now());
      return reply
        .header('Content-Disposition', 'attachment; filename="maatregelen-oscal-component.json"')
        .send(doc as never); // typed in core; the response schema lets every OSCAL field through
    },
  );

  app.get(
    '/api/v1/measure-exports/gap-analysis',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The gap analysis as CSV: applicable requirements not fully covered, highest residual risk first',
        querystring: ExportFormatQuerySchema,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, one requirement a row') },
      },
    },
    async (request, reply) => {
      const { filename, rows } = await exportGapAnalysisCsv(db, orgContext(request), clock.now(), request.query.format);
      return sendCsv(reply, filename, rows);
    },
  );

  app.get(
    '/api/v1/measure-exports/report',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Coverage per catalogue and section, the gaps and the Statement of Applicability as a Dutch PDF',
        produces: ['application/pdf'],
        response: { 200: z.string().meta({ format: 'binary' }).describe('The report as PDF') },
      },
    },
    async (request, reply) => {
      const { filename, pdf } = await measureReportPdf(db, orgContext(request), clock.now());
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .send(pdf as never); // a Buffer is not the schema type; Fastify sends it as is
    },
  );
};
