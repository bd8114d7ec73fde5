import { ExportFormatQuerySchema } from '@weerbaar/core/platform';
import { TrendQuerySchema, TrendTableSchema } from '@weerbaar/core/trends';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { exportTrendsCsv } from '../../services/trends/export-trends.ts';
import { getTrendTable } from '../../services/trends/trends-queries.ts';
import type { RouteDeps } from '../route-deps.ts';

const tags = ['Authority trends'];
const ExportQuerySchema = TrendQuerySchema.extend(ExportFormatQuerySchema.shape);

export const trendsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;
  app.get(
    '/api/v1/trends',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary:
          'Received incidents, reporting deadlines (NIS2 Art. 23(4)) or registrations per week, month or quarter by one dimension; counts from fewer than 3 entities are suppressed',
        querystring: TrendQuerySchema,
        response: { 200: TrendTableSchema },
      },
    },
    async (request) => getTrendTable(db, orgContext(request), request.query, clock.now()),
  );

  app.get(
    '/api/v1/trends/export',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'The trend table as CSV, suppressed as on screen; the export is recorded on the audit trail',
        querystring: ExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, one dimension value a row, one bucket a column') },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const { csv } = await exportTrendsCsv(deps, orgContext(request), { query, format });
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="trends.csv"')
        .send(csv);
    },
  );
};
