import {
  MemberSchema,
  MemberUpdateSchema,
  OrganisationSchema,
  OrganisationUpdateSchema,
  pageOf,
  PageQuerySchema,
} from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { changeMemberRole } from '../../services/accounts/change-member-role.ts';
import { changeOrganisation } from '../../services/accounts/change-organisation.ts';
import { listOrgMembers } from '../../services/accounts/member-queries.ts';
import { getCurrentOrganisation } from '../../services/accounts/organisation-queries.ts';
import { removeMember } from '../../services/accounts/remove-member.ts';
import { NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const LAST_OWNER = problem('An organisation keeps at least one owner');

const UserIdParams = z.object({ userId: z.uuid() });

export const organisationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/organisations/current',
    {
      config: { access: 'org:read' },
      schema: { tags: ['Organisations'], summary: 'The active organisation', response: { 200: OrganisationSchema } },
    },
    async (request) => getCurrentOrganisation(db, orgContext(request)),
  );

  app.patch(
    '/api/v1/organisations/current',
    {
      config: { access: 'members:manage' },
      schema: {
        tags: ['Organisations'],
        summary: 'Change name, KvK number or sector',
        body: OrganisationUpdateSchema,
        response: { 200: OrganisationSchema },
      },
    },
    async (request) => changeOrganisation(deps, orgContext(request), request.body),
  );

  app.get(
    '/api/v1/members',
    {
      config: { access: 'org:read' },
      schema: {
        tags: ['Members'],
        summary: 'People in the active organisation',
        querystring: PageQuerySchema,
        response: { 200: pageOf(MemberSchema) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { items, total } = await listOrgMembers(db, orgContext(request), {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items, page, pageSize, total };
    },
  );

  app.patch(
    '/api/v1/members/:userId',
    {
      config: { access: 'members:manage' },
      schema: {
        tags: ['Members'],
        summary: "Change a member's role",
        params: UserIdParams,
        body: MemberUpdateSchema,
        response: { 200: MemberSchema, 409: LAST_OWNER },
      },
    },
    async (request) =>
      changeMemberRole(deps, orgContext(request), { userId: request.params.userId, role: request.body.role }),
  );

  app.delete(
    '/api/v1/members/:userId',
    {
      config: { access: 'members:manage' },
      schema: {
        tags: ['Members'],
        summary: 'Remove a member',
        params: UserIdParams,
        response: { ...NO_CONTENT, 409: LAST_OWNER },
      },
    },
    async (request, reply) => {
      await removeMember(deps, orgContext(request), { userId: request.params.userId });
      return reply.status(204).send(null);
    },
  );
};
