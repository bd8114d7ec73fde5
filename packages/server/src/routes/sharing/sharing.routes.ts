import { randomUUID } from 'node:crypto';
import {
  BundleImportResultSchema,
  BundleImportSchema,
  CommunityCreateSchema,
  CommunityMemberAddSchema,
  CommunityMemberParams,
  CommunityMemberSchema,
  CommunityPersonSchema,
  CommunitySchema,
  OrganisationChoiceSchema,
  SharedObjectQuerySchema,
  SharedObjectSchema,
  ShareObservablesSchema,
} from '@weerbaar/core/sharing';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addCommunityMember } from '../../services/sharing/add-community-member.ts';
import { createCommunity } from '../../services/sharing/create-community.ts';
import { importStixBundle } from '../../services/sharing/import-stix-bundle.ts';
import { leaveCommunity } from '../../services/sharing/leave-community.ts';
import { removeCommunityMember } from '../../services/sharing/remove-community-member.ts';
import { shareIncidentObservables } from '../../services/sharing/share-incident-observables.ts';
import {
  exportCommunityBundle,
  getMyCommunity,
  listMembersOf,
  listMyCommunities,
  listPeopleOf,
  listPublicObjects,
  listSharedObjects,
  organisationChoices,
} from '../../services/sharing/sharing-queries.ts';
import { IdParams, itemsOf, NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Sharing'];
const NAME_TAKEN = problem('Your organisation already has a community with this name');

export const sharingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;

  app.get(
    '/api/v1/sharing/communities',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Communities the organisation owns or is a member of',
        response: { 200: itemsOf(CommunitySchema) },
      },
    },
    async (request) => ({ items: await listMyCommunities(db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/sharing/communities',
    {
      config: { access: 'members:manage' },
      schema: {
        tags,
        summary: 'Create a community (all entities, a sector ISAC, authority only, ad hoc); the organisation owns it',
        body: CommunityCreateSchema,
        response: { 201: CommunitySchema, 409: NAME_TAKEN },
      },
    },
    async (request, reply) => reply.status(201).send(await createCommunity(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/sharing/communities/:id',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'One community', params: IdParams, response: { 200: CommunitySchema } },
    },
    async (request) => getMyCommunity(db, orgContext(request), request.params.id),
  );

  app.get(
    '/api/v1/sharing/communities/:id/members',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Member organisations of a community',
        params: IdParams,
        response: { 200: itemsOf(CommunityMemberSchema) },
      },
    },
    async (request) => ({ items: await listMembersOf(db, orgContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/sharing/communities/:id/members',
    {
      config: { access: 'members:manage' },
      schema: {
        tags,
        summary: 'Add an organisation to a community (its owner only)',
        params: IdParams,
        body: CommunityMemberAddSchema,
        response: { 200: CommunityMemberSchema },
      },
    },
    async (request) =>
      addCommunityMember(deps, orgContext(request), { communityId: request.params.id, orgId: request.body.orgId }),
  );

  app.delete(
    '/api/v1/sharing/communities/:id/members/:orgId',
    {
      config: { access: 'members:manage' },
      schema: {
        tags,
        summary: 'Remove an organisation from a community (its owner only)',
        params: CommunityMemberParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await removeCommunityMember(deps, orgContext(request), {
        communityId: request.params.id,
        orgId: request.params.orgId,
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/sharing/communities/:id/membership',
    {
      config: { access: 'members:manage' },
      schema: {
        tags,
        summary: 'Leave a community (a member, not its owner)',
        params: IdParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await leaveCommunity(deps, orgContext(request), { communityId: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/sharing/communities/:id/people',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: "People of the community's organisations, by name: whom a TLP:RED object can name",
        params: IdParams,
        response: { 200: itemsOf(CommunityPersonSchema) },
      },
    },
    async (request) => ({ items: await listPeopleOf(db, orgContext(request), request.params.id) }),
  );

  app.get(
    '/api/v1/sharing/organisations',
    {
      config: { access: 'members:manage' },
      schema: {
        tags,
        summary:
          'Organisations a community owner can add: all for an authority, for an entity those it shares a community with',
        response: { 200: itemsOf(OrganisationChoiceSchema) },
      },
    },
    async (request) => ({ items: await organisationChoices(db, orgContext(request)) }),
  );

  app.get(
    '/api/v1/sharing/objects',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Shared STIX objects the organisation may read under TLP 2.0 (latest versions, newest first)',
        querystring: SharedObjectQuerySchema,
        response: { 200: itemsOf(SharedObjectSchema) },
      },
    },
    async (request) => ({ items: await listSharedObjects(db, orgContext(request), request.query) }),
  );

  app.get(
    '/api/v1/public/shared-objects',
    {
      config: { access: 'public', stateless: true },
      schema: {
        tags,
        summary: 'TLP:CLEAR objects, for everyone without signing in',
        querystring: SharedObjectQuerySchema,
        response: { 200: itemsOf(SharedObjectSchema) },
      },
    },
    async (request) => ({ items: await listPublicObjects(db, request.query) }),
  );

  app.post(
    '/api/v1/sharing/communities/:id/bundles',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: 'Import a STIX 2.1 bundle into a community; a result per object (partial success)',
        params: IdParams,
        body: BundleImportSchema,
        response: { 200: BundleImportResultSchema },
      },
    },
    async (request) => importStixBundle(deps, orgContext(request), { ...request.body, communityId: request.params.id }),
  );

  app.get(
    '/api/v1/sharing/communities/:id/bundle',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Export what the organisation may read of a community as a STIX 2.1 bundle',
        params: IdParams,
        response: { 200: z.string().describe('A STIX 2.1 bundle (application/stix+json;version=2.1)') },
      },
    },
    async (request, reply) => {
      const bundle = await exportCommunityBundle(db, orgContext(request), request.params.id, `bundle--${randomUUID()}`);
      return reply
        .type('application/stix+json;version=2.1')
        .header('Content-Disposition', `attachment; filename="community-${request.params.id}.json"`)
        .serializer((s: string) => s)
        .send(bundle);
    },
  );

  app.post(
    '/api/v1/incidents/:id/shared-observables',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: "Share the incident's observables with a community as STIX indicators, under the chosen TLP",
        params: IdParams,
        body: ShareObservablesSchema,
        response: { 200: BundleImportResultSchema },
      },
    },
    async (request) =>
      shareIncidentObservables(deps, orgContext(request), { ...request.body, incidentId: request.params.id }),
  );
};
