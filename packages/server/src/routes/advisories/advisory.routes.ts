// CSAF advisories, the product inventory on assets and "u bent geraakt" alerts (issue 14 items 4 and 5).
import {
  AdvisoryAlertSchema,
  AdvisoryImportedSchema,
  AdvisoryAuthorSchema,
  AdvisoryPassOnChoicesSchema,
  AdvisoryPassOnSchema,
  AdvisoryDetailSchema,
  AdvisorySummarySchema,
  AffectedEntitySchema,
  InventoryImportResultSchema,
  InventoryImportSchema,
  InventoryItemCreateSchema,
  InventoryItemSchema,
  PublicAdvisoryDetailSchema,
  PublicAdvisorySummarySchema,
} from '@weerbaar/core/advisories';
import { TextSchema } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addInventoryItem } from '../../services/advisories/add-inventory-item.ts';
import {
  getAdvisory,
  getAdvisoryDocument,
  listAdvisories,
  listAdvisoryAlerts,
  listAffectedEntities,
  listInventoryItems,
} from '../../services/advisories/advisory-queries.ts';
import { sha512Of } from '../../services/advisories/csaf-sources.ts';
import { importCsafAdvisory } from '../../services/advisories/import-csaf-advisory.ts';
import { importInventory } from '../../services/advisories/import-inventory.ts';
import { passOnAdvisory } from '../../services/advisories/pass-on-advisory.ts';
import { passOnChoices } from '../../services/advisories/pass-on-rule.ts';
import { getPublicAdvisory, listPublicAdvisories } from '../../services/advisories/public-advisory-queries.ts';
import { publishAdvisory } from '../../services/advisories/publish-advisory.ts';
import { removeInventoryItem } from '../../services/advisories/remove-inventory-item.ts';
import { IdParams, itemsOf, NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Advisories'];
const CsafDocumentSchema = z.record(z.string(), z.unknown());

export const advisoryRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;

  app.get(
    '/api/v1/advisories',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The CSAF advisories the organisation may read (its own imports and what the authority shares)',
        querystring: z.object({ q: TextSchema.trim().max(200).optional() }),
        response: { 200: itemsOf(AdvisorySummarySchema) },
      },
    },
    async (request) => ({ items: await listAdvisories(db, orgContext(request), { q: request.query.q }) }),
  );

  app.get(
    '/api/v1/public/advisories',
    {
      config: { access: 'public', stateless: true },
      schema: {
        tags,
        summary: 'TLP:CLEAR advisories, for everyone without signing in (newest first)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: itemsOf(PublicAdvisorySummarySchema) },
      },
    },
    async (request) => ({ items: await listPublicAdvisories(db, { limit: request.query.limit }) }),
  );

  app.get(
    '/api/v1/public/advisories/:id',
    {
      config: { access: 'public', stateless: true },
      schema: {
        tags,
        summary: 'One TLP:CLEAR advisory in detail, without signing in (no matches or alerts)',
        params: IdParams,
        response: { 200: PublicAdvisoryDetailSchema },
      },
    },
    async (request) => getPublicAdvisory(db, request.params.id),
  );

  app.post(
    '/api/v1/advisories',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Write and publish a CSAF 2.0 advisory of the authority',
        body: AdvisoryAuthorSchema,
        response: { 201: AdvisoryImportedSchema, 409: problem('An advisory with this tracking id exists') },
      },
    },
    async (request, reply) => reply.status(201).send(await publishAdvisory(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/advisories/:id/pass-on',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: 'Whether the organisation may pass this advisory on (TLP:AMBER) and to which client organisations',
        params: IdParams,
        response: { 200: AdvisoryPassOnChoicesSchema },
      },
    },
    async (request) => passOnChoices(db, orgContext(request), request.params.id),
  );

  app.post(
    '/api/v1/advisories/:id/pass-on',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: 'Pass a TLP:AMBER advisory on to named client organisations (TLP 2.0 AMBER, need-to-know)',
        params: IdParams,
        body: AdvisoryPassOnSchema,
        response: {
          200: z.object({ passedOnTo: z.array(z.uuid()) }),
          409: problem('Not AMBER, or the organisation is not a recipient of it'),
        },
      },
    },
    async (request) => passOnAdvisory(deps, orgContext(request), { ...request.body, advisoryId: request.params.id }),
  );

  app.post(
    '/api/v1/advisories/import',
    {
      config: { access: 'information:share' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import a CSAF 2.0 advisory (validated: JSON schema and every mandatory test)',
        body: z.object({ document: CsafDocumentSchema }),
        response: { 201: AdvisoryImportedSchema },
      },
    },
    async (request, reply) => {
      const document = request.body.document;
      const result = await importCsafAdvisory(deps, orgContext(request), {
        document,
        sha512: sha512Of(JSON.stringify(document)),
        source: 'file',
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/v1/advisories/:id',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'One advisory in detail', params: IdParams, response: { 200: AdvisoryDetailSchema } },
    },
    async (request) => getAdvisory(db, orgContext(request), request.params.id),
  );

  app.get(
    '/api/v1/advisories/:id/csaf',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The advisory as a CSAF 2.0 document (its TLP 1.0 label as imported or mapped from TLP 2.0)',
        params: IdParams,
        response: { 200: CsafDocumentSchema },
      },
    },
    async (request) => getAdvisoryDocument(db, orgContext(request), request.params.id),
  );

  app.get(
    '/api/v1/advisories/:id/affected-entities',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: "Entities the authority's advisory hits (names and counts, not their inventories)",
        params: IdParams,
        response: { 200: itemsOf(AffectedEntitySchema) },
      },
    },
    async (request) => ({ items: await listAffectedEntities(db, orgContext(request), request.params.id) }),
  );

  app.get(
    '/api/v1/advisory-alerts',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: '"U bent geraakt": advisories that hit the products on the organisation\'s assets',
        querystring: z.object({ advisoryId: z.uuid().optional() }),
        response: { 200: itemsOf(AdvisoryAlertSchema) },
      },
    },
    async (request) => ({ items: await listAdvisoryAlerts(db, orgContext(request), request.query.advisoryId) }),
  );

  app.get(
    '/api/v1/inventory',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: "The products on the organisation's assets (vendor, product, version, CPE, purl)",
        querystring: z.object({ assetId: z.uuid().optional() }),
        response: { 200: itemsOf(InventoryItemSchema) },
      },
    },
    async (request) => ({ items: await listInventoryItems(db, orgContext(request), request.query.assetId) }),
  );

  app.post(
    '/api/v1/inventory',
    {
      config: { access: 'assets:write' },
      schema: {
        tags,
        summary: 'Add a product to an asset',
        body: InventoryItemCreateSchema,
        response: { 201: InventoryItemSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addInventoryItem(deps, orgContext(request), request.body)),
  );

  app.post(
    '/api/v1/inventory/import',
    {
      config: { access: 'assets:write' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Import products from a CSV file or a CycloneDX / SPDX JSON SBOM: the good lines, each refused line reported',
        body: InventoryImportSchema,
        response: { 201: InventoryImportResultSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await importInventory(deps, orgContext(request), request.body)),
  );

  app.delete(
    '/api/v1/inventory/:id',
    {
      config: { access: 'assets:write' },
      schema: { tags, summary: 'Remove a product from an asset', params: IdParams, response: NO_CONTENT },
    },
    async (request, reply) => {
      await removeInventoryItem(deps, orgContext(request), { id: request.params.id });
      return reply.status(204).send(null);
    },
  );
};
