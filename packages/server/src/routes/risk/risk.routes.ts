import {
  RiskCreateSchema,
  RiskMatrixConfigSchema,
  RiskMatrixSchema,
  RiskQuerySchema,
  RiskReviewCreateSchema,
  RiskScenarioCreateSchema,
  RiskScenarioSchema,
  RiskScenarioUpdateSchema,
  RiskSchema,
  RiskUpdateSchema,
  ThreatCreateSchema,
  ThreatSchema,
  ThreatUpdateSchema,
} from '@weerbaar/core/risk';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { changeRiskMatrix } from '../../services/risk/change-risk-matrix.ts';
import { changeRiskScenario } from '../../services/risk/change-risk-scenario.ts';
import { changeRisk } from '../../services/risk/change-risk.ts';
import { changeThreat } from '../../services/risk/change-threat.ts';
import { createRiskScenario } from '../../services/risk/create-risk-scenario.ts';
import { createRisk } from '../../services/risk/create-risk.ts';
import { createThreat } from '../../services/risk/create-threat.ts';
import {
  getRisk,
  getRiskMatrix,
  getScenario,
  listOrgRisks,
  listOrgScenarios,
  listOrgThreats,
} from '../../services/risk/risk-queries.ts';
import { reviewRisk } from '../../services/risk/review-risk.ts';
import { IdParams, itemsOf, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Risk analysis'];
const NAME_TAKEN = problem('A threat with this name already exists');
const MATRIX_IN_USE = problem('Risks already scored do not fit this matrix');

export const riskRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/api/v1/threats',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The all-hazards threat catalogue (by RbRA theme) and the organisation’s own threats',
        response: { 200: itemsOf(ThreatSchema) },
      },
    },
    async (request) => ({ items: await listOrgThreats(db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/threats',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Add an own threat',
        body: ThreatCreateSchema,
        response: { 201: ThreatSchema, 409: NAME_TAKEN },
      },
    },
    async (request, reply) => reply.status(201).send(await createThreat(deps, orgContext(request), request.body)),
  );

  app.patch(
    '/api/v1/threats/:id',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Change an own threat (catalogue threats are shared and not changed)',
        params: IdParams,
        body: ThreatUpdateSchema,
        response: { 200: ThreatSchema, 409: NAME_TAKEN },
      },
    },
    async (request) => changeThreat(deps, orgContext(request), { id: request.params.id, changes: request.body }),
  );

  app.get(
    '/api/v1/risk-matrix',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'The organisation’s risk matrix (default 5×5)', response: { 200: RiskMatrixSchema } },
    },
    async (request) => getRiskMatrix(db, orgContext(request)),
  );

  app.put(
    '/api/v1/risk-matrix',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Adopt an own risk matrix: levels, colour bands, impact dimensions, review interval',
        body: RiskMatrixConfigSchema,
        response: { 200: RiskMatrixSchema, 409: MATRIX_IN_USE },
      },
    },
    async (request) => changeRiskMatrix(deps, orgContext(request), request.body),
  );

  app.get(
    '/api/v1/risk-scenarios',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Scenarios: a threat against the assets it hits',
        response: { 200: itemsOf(RiskScenarioSchema) },
      },
    },
    async (request) => ({ items: await listOrgScenarios(db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/risk-scenarios',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Add a scenario',
        body: RiskScenarioCreateSchema,
        response: { 201: RiskScenarioSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createRiskScenario(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/risk-scenarios/:id',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'One scenario', params: IdParams, response: { 200: RiskScenarioSchema } },
    },
    async (request) => getScenario(db, orgContext(request), request.params.id),
  );

  app.patch(
    '/api/v1/risk-scenarios/:id',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Change a scenario',
        params: IdParams,
        body: RiskScenarioUpdateSchema,
        response: { 200: RiskScenarioSchema },
      },
    },
    async (request) => changeRiskScenario(deps, orgContext(request), { id: request.params.id, changes: request.body }),
  );

  app.get(
    '/api/v1/risks',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The risk register, highest risk first',
        querystring: RiskQuerySchema,
        response: { 200: itemsOf(RiskSchema) },
      },
    },
    async (request) => ({ items: await listOrgRisks(db, orgContext(request), request.query, clock.now()) }),
  );

  app.post(
    '/api/v1/risks',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Score a scenario as a risk (accepting one needs risk:accept)',
        body: RiskCreateSchema,
        response: { 201: RiskSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createRisk(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/risks/:id',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'One risk', params: IdParams, response: { 200: RiskSchema } },
    },
    async (request) => getRisk(db, orgContext(request), request.params.id, clock.now()),
  );

  app.patch(
    '/api/v1/risks/:id',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Change a risk: scores, measures, treatment (accepting one needs risk:accept)',
        params: IdParams,
        body: RiskUpdateSchema,
        response: { 200: RiskSchema },
      },
    },
    async (request) => changeRisk(deps, orgContext(request), { id: request.params.id, changes: request.body }),
  );

  app.post(
    '/api/v1/risks/:id/reviews',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Record that the risk was reviewed; sets the next review (CER Art. 12(1): at most four years)',
        params: IdParams,
        body: RiskReviewCreateSchema,
        response: { 201: RiskSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reviewRisk(deps, orgContext(request), { id: request.params.id, review: request.body })),
  );
};
