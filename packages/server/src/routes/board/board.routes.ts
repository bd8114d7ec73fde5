import {
  ApprovalParams,
  BoardTrainingInputSchema,
  BoardTrainingParams,
  BoardTrainingSchema,
  MeasureApprovalChangeSchema,
  MeasureApprovalInputSchema,
  MeasureApprovalSchema,
} from '@weerbaar/core/measures';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { approveMeasures } from '../../services/board/approve-measures.ts';
import {
  getMeasureApproval,
  listChangesSinceApproval,
  listMeasureApprovals,
  listTrainings,
} from '../../services/board/board-queries.ts';
import { recordBoardTraining } from '../../services/board/record-board-training.ts';
import { removeBoardTraining } from '../../services/board/remove-board-training.ts';
import { itemsOf, NO_CONTENT, type RouteDeps } from '../route-deps.ts';

const tags = ['Measures'];

// The board and the measures: NIS2 Art. 20; Cyberbeveiligingswet art. 24.
export const boardRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/api/v1/measure-approvals',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: "The board's approvals of the measures, newest (the one in force) first",
        response: { 200: itemsOf(MeasureApprovalSchema) },
      },
    },
    async (request) => ({ items: await listMeasureApprovals(db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/measure-approvals',
    {
      config: { access: 'board:approve' },
      schema: {
        tags,
        summary:
          'Record that the board approved the measures as they stand (NIS2 Art. 20(1); Cbw art. 24(1)); never edited, a new approval supersedes',
        body: MeasureApprovalInputSchema,
        response: { 201: MeasureApprovalSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await approveMeasures(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/measure-approvals/:approvalId',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'One approval with what changed since the approval before it',
        params: ApprovalParams,
        response: { 200: MeasureApprovalSchema },
      },
    },
    async (request) => getMeasureApproval(db, orgContext(request), request.params.approvalId),
  );

  app.get(
    '/api/v1/measure-approval-changes',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Implementation records whose status or maturity changed since the approval in force',
        response: { 200: itemsOf(MeasureApprovalChangeSchema) },
      },
    },
    async (request) => ({ items: await listChangesSinceApproval(db, orgContext(request)) }),
  );

  app.get(
    '/api/v1/board-trainings',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary:
          "Board members' cybersecurity training with the expiry of each certificate (NIS2 Art. 20(2); Cbw art. 24)",
        response: { 200: itemsOf(BoardTrainingSchema) },
      },
    },
    async (request) => ({ items: await listTrainings(db, orgContext(request), clock.now()) }),
  );

  app.post(
    '/api/v1/board-trainings',
    {
      config: { access: 'measures:write' },
      schema: {
        tags,
        summary: "Record a board member's training; a certificate with an expiry date gets a reminder before it",
        body: BoardTrainingInputSchema,
        response: { 201: BoardTrainingSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordBoardTraining(deps, orgContext(request), request.body)),
  );

  app.delete(
    '/api/v1/board-trainings/:trainingId',
    {
      config: { access: 'measures:write' },
      schema: {
        tags,
        summary: 'Remove a training record entered by mistake (the audit trail keeps it)',
        params: BoardTrainingParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await removeBoardTraining(deps, orgContext(request), { trainingId: request.params.trainingId });
      return reply.status(204).send(null);
    },
  );
};
