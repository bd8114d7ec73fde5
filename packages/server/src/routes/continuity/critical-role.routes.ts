// Critical roles, the people who fill them, awareness activities and attendance (NIS2 Art. 21(2)(g),
// Art. 20(2); CER Art. 13(1)(e)-(f)).
import {
  ActivityParams,
  AttendanceCreateSchema,
  AwarenessActivityCreateSchema,
  AwarenessActivitySchema,
  CriticalRoleCreateSchema,
  CriticalRoleSchema,
  HolderParams,
  RoleHolderCreateSchema,
  RoleParams,
} from '@weerbaar/core/continuity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addRoleHolder } from '../../services/continuity/add-role-holder.ts';
import { createAwarenessActivity } from '../../services/continuity/create-awareness-activity.ts';
import { createCriticalRole } from '../../services/continuity/create-critical-role.ts';
import {
  getCriticalRole,
  listOrgAwarenessActivities,
  listOrgCriticalRoles,
} from '../../services/continuity/critical-role-queries.ts';
import { recordAttendance } from '../../services/continuity/record-attendance.ts';
import { removeCriticalRole } from '../../services/continuity/remove-critical-role.ts';
import { removeRoleHolder } from '../../services/continuity/remove-role-holder.ts';
import { itemsOf, NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Critical roles and awareness'];

export const criticalRoleRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/api/v1/critical-roles',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Critical roles with their holders and deputies, and who is trained and current (coverage)',
        response: { 200: itemsOf(CriticalRoleSchema) },
      },
    },
    async (request) => ({ items: await listOrgCriticalRoles(db, orgContext(request), clock.now()) }),
  );

  app.post(
    '/api/v1/critical-roles',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Mark a critical role and the services it keeps running',
        body: CriticalRoleCreateSchema,
        response: { 201: CriticalRoleSchema, 409: problem('A critical role with this name already exists') },
      },
    },
    async (request, reply) => reply.status(201).send(await createCriticalRole(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/critical-roles/:roleId',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'One critical role', params: RoleParams, response: { 200: CriticalRoleSchema } },
    },
    async (request) => getCriticalRole(db, orgContext(request), request.params.roleId, clock.now()),
  );

  app.delete(
    '/api/v1/critical-roles/:roleId',
    {
      config: { access: 'risk:write' },
      schema: { tags, summary: 'Remove a critical role', params: RoleParams, response: NO_CONTENT },
    },
    async (request, reply) => {
      await removeCriticalRole(deps, orgContext(request), { roleId: request.params.roleId });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/critical-roles/:roleId/holders',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Name a person who fills the role, or a deputy (a member of the organisation, or a name)',
        params: RoleParams,
        body: RoleHolderCreateSchema,
        response: { 201: CriticalRoleSchema, 409: problem('This person already fills this role') },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addRoleHolder(deps, orgContext(request), { roleId: request.params.roleId, holder: request.body })),
  );

  app.delete(
    '/api/v1/critical-roles/:roleId/holders/:holderId',
    {
      config: { access: 'risk:write' },
      schema: { tags, summary: 'Remove a holder from the role', params: HolderParams, response: NO_CONTENT },
    },
    async (request, reply) => {
      await removeRoleHolder(deps, orgContext(request), request.params);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/awareness-activities',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Awareness and training activities with the roles they are for and attendance',
        response: { 200: itemsOf(AwarenessActivitySchema) },
      },
    },
    async (request) => ({ items: await listOrgAwarenessActivities(db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/awareness-activities',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Add an awareness or training activity with a due date and how long attendance counts',
        body: AwarenessActivityCreateSchema,
        response: { 201: AwarenessActivitySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAwarenessActivity(deps, orgContext(request), request.body)),
  );

  app.post(
    '/api/v1/awareness-activities/:activityId/attendance',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Record that a person attended',
        params: ActivityParams,
        body: AttendanceCreateSchema,
        response: { 201: AwarenessActivitySchema, 409: problem('This attendance is already recorded') },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordAttendance(deps, orgContext(request), {
          activityId: request.params.activityId,
          attendance: request.body,
        }),
      ),
  );
};
