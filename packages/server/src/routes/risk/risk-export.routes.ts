import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import {
  exportRiskRegisterCsv,
  exportRiskRegisterXlsx,
  riskReportPdf,
} from '../../services/risk/risk-export-queries.ts';
import { type RouteDeps, sendCsv } from '../route-deps.ts';

const tags = ['Risk analysis'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const riskExportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, clock }) => {
  app.get(
    '/api/v1/risks/export',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The risk register as CSV or XLSX, highest risk first',
        querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }),
        produces: ['text/csv', XLSX],
        response: { 200: z.string().describe('CSV or XLSX, one risk a row') },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request);
      if (request.query.format === 'csv') {
        return sendCsv(reply, 'risicoregister.csv', await exportRiskRegisterCsv(db, ctx, clock.now()));
      }
      const xlsx = await exportRiskRegisterXlsx(db, ctx, clock.now());
      return reply
        .type(XLSX)
        .header('Content-Disposition', 'attachment; filename="risicoregister.xlsx"')
        .send(xlsx as never); // a Buffer is not the schema type; Fastify sends it as is
    },
  );

  app.get(
    '/api/v1/risks/report',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The risk analysis as a Dutch PDF report for the management body (NIS2 Art. 20(1))',
        produces: ['application/pdf'],
        response: { 200: z.string().meta({ format: 'binary' }).describe('The report as PDF') },
      },
    },
    async (request, reply) => {
      const { filename, pdf } = await riskReportPdf(db, orgContext(request), clock.now());
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .send(pdf as never);
    },
  );
};
