import { AuditEventQuerySchema, AuditEventSchema, AuditFacetsSchema, pageOf } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { exportOrgAuditEventsCsv, getAuditFacets, listOrgAuditEvents } from '../../services/audit/list-audit-events.ts';
import { type RouteDeps, sendCsv } from '../route-deps.ts';

const tags = ['Audit trail'];
const ExportQuerySchema = AuditEventQuerySchema.omit({ page: true, pageSize: true });

export const auditEventRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get(
    '/api/v1/audit-events',
    {
      config: { access: 'audit:read' },
      schema: {
        tags,
        summary: 'The audit trail of the active organisation, newest first',
        querystring: AuditEventQuerySchema,
        response: { 200: pageOf(AuditEventSchema) },
      },
    },
    async (request) => listOrgAuditEvents(db, orgContext(request), request.query),
  );

  app.get(
    '/api/v1/audit-events/facets',
    {
      config: { access: 'audit:read' },
      schema: {
        tags,
        summary: 'Who acted in the audit trail and on what kinds of subject (the choices of its filters)',
        response: { 200: AuditFacetsSchema },
      },
    },
    async (request) => getAuditFacets(db, orgContext(request)),
  );

  app.get(
    '/api/v1/audit-events/export',
    {
      config: { access: 'audit:read' },
      schema: {
        tags,
        summary: 'The audit trail as CSV, oldest first',
        querystring: ExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, one event a row') },
      },
    },
    async (request, reply) => {
      return sendCsv(reply, 'auditlog.csv', exportOrgAuditEventsCsv(db, orgContext(request), request.query));
    },
  );
};
