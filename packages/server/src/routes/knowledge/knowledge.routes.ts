// The knowledge base (issue 14 item 6): the authority writes and publishes articles; every organisation
// reads what its TLP label and audience allow; published TLP:CLEAR articles are public, without sign-in.
import {
  KnowledgeArticleInputSchema,
  KnowledgeArticleQuerySchema,
  KnowledgeArticleSchema,
  KnowledgeArticleSummarySchema,
  PublicKnowledgeArticleSchema,
} from '@weerbaar/core/knowledge';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { changeKnowledgeArticle } from '../../services/knowledge/change-knowledge-article.ts';
import { createKnowledgeArticle } from '../../services/knowledge/create-knowledge-article.ts';
import {
  getKnowledgeArticle,
  getPublicKnowledgeArticle,
  listKnowledgeArticles,
  listPublicKnowledgeArticles,
} from '../../services/knowledge/knowledge-queries.ts';
import { publishKnowledgeArticle } from '../../services/knowledge/publish-knowledge-article.ts';
import { IdParams, itemsOf, type RouteDeps } from '../route-deps.ts';

const tags = ['Knowledge'];

export const knowledgeRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;

  app.get(
    '/api/v1/knowledge-articles',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Knowledge articles the organisation may read under TLP 2.0, and its own drafts (newest first)',
        querystring: KnowledgeArticleQuerySchema,
        response: { 200: itemsOf(KnowledgeArticleSummarySchema) },
      },
    },
    async (request) => ({ items: await listKnowledgeArticles(db, orgContext(request), request.query) }),
  );

  app.post(
    '/api/v1/knowledge-articles',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Write a knowledge article (a draft) for a community, with its TLP 2.0 label (the authority)',
        body: KnowledgeArticleInputSchema,
        response: { 201: KnowledgeArticleSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createKnowledgeArticle(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/knowledge-articles/:id',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'One knowledge article', params: IdParams, response: { 200: KnowledgeArticleSchema } },
    },
    async (request) => getKnowledgeArticle(db, orgContext(request), request.params.id),
  );

  app.put(
    '/api/v1/knowledge-articles/:id',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Change a knowledge article (a new version); the authority that wrote it',
        params: IdParams,
        body: KnowledgeArticleInputSchema,
        response: { 200: KnowledgeArticleSchema },
      },
    },
    async (request) =>
      changeKnowledgeArticle(deps, orgContext(request), { id: request.params.id, article: request.body }),
  );

  app.post(
    '/api/v1/knowledge-articles/:id/publish',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Publish a draft knowledge article to its audience',
        params: IdParams,
        response: { 200: KnowledgeArticleSchema },
      },
    },
    async (request) => publishKnowledgeArticle(deps, orgContext(request), { id: request.params.id }),
  );

  app.get(
    '/api/v1/public/knowledge-articles',
    {
      config: { access: 'public', stateless: true },
      schema: {
        tags,
        summary: 'Published TLP:CLEAR knowledge articles, for every organisation without signing in',
        querystring: KnowledgeArticleQuerySchema,
        response: { 200: itemsOf(PublicKnowledgeArticleSchema) },
      },
    },
    async (request) => ({ items: await listPublicKnowledgeArticles(db, request.query) }),
  );

  app.get(
    '/api/v1/public/knowledge-articles/:id',
    {
      config: { access: 'public', stateless: true },
      schema: {
        tags,
        summary: 'One published TLP:CLEAR knowledge article, without signing in',
        params: IdParams,
        response: { 200: PublicKnowledgeArticleSchema },
      },
    },
    async (request) => getPublicKnowledgeArticle(db, request.params.id),
  );
};
