import { PageQuerySchema, pageOf } from '@weerbaar/core/platform';
import {
  ScopeAssessmentSchema,
  ScopeAssessmentSummarySchema,
  ScopeEvaluationRequestSchema,
  ScopeEvaluationSchema,
  evaluateScope,
} from '@weerbaar/core/scope';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { getScopeAssessment, listOrgScopeAssessments, saveScopeAssessment } from '../../services/scope/index.ts';
import { IdParams, type RouteDeps } from '../route-deps.ts';

const tags = ['Scope'];
// Public and stateless, but a full unknown-answers evaluation costs tens of milliseconds of CPU:
// enough for a person going through the wizard, not for bulk use from one address.
const EVALUATIONS_PER_MINUTE = { max: 60, timeWindow: '1 minute' };

export const scopeRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.post(
    '/api/v1/scope-evaluations',
    {
      config: { access: 'public', stateless: true, rateLimit: EVALUATIONS_PER_MINUTE },
      schema: {
        tags,
        summary: 'Does NIS2 / the Cyberbeveiligingswet apply? Classify a set of answers; nothing is stored',
        description:
          "Answers in the `input` format of the scope worked cases. A figure or flag answered 'unknown' gives a conditional " +
          'outcome: the classifications still possible and the answers they depend on. Anonymous callers send the ' +
          'X-CSRF-Token header like the web app does; machines use an API token. Rules: docs/scope-rules.md.',
        body: ScopeEvaluationRequestSchema,
        response: { 200: ScopeEvaluationSchema },
      },
    },
    async (request) => evaluateScope(request.body),
  );

  app.post(
    '/api/v1/scope-assessments',
    {
      config: { access: 'scope:write' },
      schema: {
        tags,
        summary: "Evaluate the answers and save them and the outcome in the organisation's history",
        body: ScopeEvaluationRequestSchema,
        response: { 201: ScopeAssessmentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await saveScopeAssessment(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/scope-assessments',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: "The organisation's saved scope assessments, newest first",
        querystring: PageQuerySchema,
        response: { 200: pageOf(ScopeAssessmentSummarySchema) },
      },
    },
    async (request) => listOrgScopeAssessments(db, orgContext(request), request.query),
  );

  app.get(
    '/api/v1/scope-assessments/:id',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'One saved scope assessment with its answers and outcome',
        params: IdParams,
        response: { 200: ScopeAssessmentSchema },
      },
    },
    async (request) => getScopeAssessment(db, orgContext(request), request.params.id),
  );
};
