import {
  FrameworkParams,
  MeasureBulkResultSchema,
  MeasureBulkUpdateSchema,
  MeasureCoverageSchema,
  MeasureFrameworkListSchema,
  MeasureFrameworkSchema,
  MeasureImplementationInputSchema,
  MeasureQuerySchema,
  MeasureSchema,
  RequirementParams,
} from '@weerbaar/core/measures';
import { ExportFormatQuerySchema } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { adoptFramework } from '../../services/measures/adopt-framework.ts';
import { bulkUpdateMeasures } from '../../services/measures/bulk-update-measures.ts';
import { dropFramework } from '../../services/measures/drop-framework.ts';
import {
  getMeasure,
  listMeasureFrameworks,
  listMeasures,
  measureCoverage,
} from '../../services/measures/measure-queries.ts';
import { exportStatementOfApplicability } from '../../services/measures/measure-export.ts';
import { updateMeasure } from '../../services/measures/update-measure.ts';
import { itemsOf, NO_CONTENT, type RouteDeps, sendCsv } from '../route-deps.ts';

const tags = ['Measures'];

export const measureRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/api/v1/measure-frameworks',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Catalogues the organisation adopted (who confirmed, when) and every catalogue available',
        response: { 200: MeasureFrameworkListSchema },
      },
    },
    async (request) => listMeasureFrameworks(db, orgContext(request)),
  );

  app.put(
    '/api/v1/measure-frameworks/:catalogueId',
    {
      config: { access: 'measures:write' },
      schema: {
        tags,
        summary: 'Adopt a catalogue (idempotent): the organisation confirms it applies',
        params: FrameworkParams,
        response: { 200: MeasureFrameworkSchema },
      },
    },
    async (request) => adoptFramework(deps, orgContext(request), { catalogueId: request.params.catalogueId }),
  );

  app.delete(
    '/api/v1/measure-frameworks/:catalogueId',
    {
      config: { access: 'measures:write' },
      schema: {
        tags,
        summary: 'Stop applying a catalogue; the implementation records stay (they may count elsewhere)',
        params: FrameworkParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await dropFramework(deps, orgContext(request), { catalogueId: request.params.catalogueId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/measures',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary:
          'Every requirement of the adopted catalogues with its implementation (filters: catalogue, status, owner, overdue)',
        querystring: MeasureQuerySchema,
        response: { 200: itemsOf(MeasureSchema) },
      },
    },
    async (request) => ({ items: await listMeasures(db, orgContext(request), request.query, clock.now()) }),
  );

  app.get(
    '/api/v1/measures/export',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary:
          'The Statement of Applicability as CSV: every requirement of the adopted catalogues (same filters as the list)',
        querystring: MeasureQuerySchema.extend(ExportFormatQuerySchema.shape),
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, one requirement a row') },
      },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        'verklaring-van-toepasselijkheid.csv',
        exportStatementOfApplicability(db, orgContext(request), request.query, clock.now()),
      ),
  );

  app.get(
    '/api/v1/measures/:requirementId',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'One requirement with its implementation, crosswalk credit and what it also counts for',
        params: RequirementParams,
        response: { 200: MeasureSchema },
      },
    },
    async (request) => getMeasure(db, orgContext(request), request.params.requirementId, clock.now()),
  );

  app.put(
    '/api/v1/measures/:requirementId',
    {
      config: { access: 'measures:write' },
      schema: {
        tags,
        summary: 'Record the implementation of a requirement (the whole record; not-applicable needs a justification)',
        params: RequirementParams,
        body: MeasureImplementationInputSchema,
        response: { 200: MeasureSchema },
      },
    },
    async (request) => {
      const ctx = orgContext(request);
      await updateMeasure(deps, ctx, { ...request.body, requirementId: request.params.requirementId });
      return getMeasure(db, ctx, request.params.requirementId, clock.now());
    },
  );

  app.post(
    '/api/v1/measure-bulk-updates',
    {
      config: { access: 'measures:write' },
      schema: {
        tags,
        summary: 'Apply one change (status, owner, due date) to many requirements at once, all or nothing',
        body: MeasureBulkUpdateSchema,
        response: { 200: MeasureBulkResultSchema },
      },
    },
    async (request) => bulkUpdateMeasures(deps, orgContext(request), request.body),
  );

  app.get(
    '/api/v1/measure-coverage',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Coverage per adopted catalogue and section (crosswalk included), the gaps, and coverage over time',
        response: { 200: MeasureCoverageSchema },
      },
    },
    async (request) => measureCoverage(db, orgContext(request), clock.now()),
  );
};
