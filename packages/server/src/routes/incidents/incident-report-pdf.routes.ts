import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { renderIncidentReportPdf } from '../../services/incidents/report-pdf.ts';
import type { RouteDeps } from '../route-deps.ts';

const tags = ['Incident reports'];

export const incidentReportPdfRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, clock }) => {
  app.get(
    '/api/v1/incidents/:id/reports/:reportId/pdf',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'A PDF copy (A4) of a submitted report, rendered from the stored immutable report',
        params: z.object({ id: z.uuid(), reportId: z.uuid() }),
        produces: ['application/pdf'],
        response: { 200: z.string().meta({ format: 'binary' }).describe('The report as PDF') },
      },
    },
    async (request, reply) => {
      const { filename, pdf } = await renderIncidentReportPdf(
        db,
        orgContext(request),
        request.params.id,
        request.params.reportId,
        clock.now(),
      );
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .send(pdf as never); // a Buffer is not the schema type; Fastify sends it as is
    },
  );
};
