import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { secureCookiesOf, type Config } from './config.ts';
import type { Db } from './db/database.ts';
import { loggerOptions } from './logger.ts';
import { createDeps } from './modules.ts';
import { registerAccessControl } from './plugins/access-control.ts';
import { clientErrorHandler, frameworkErrorHandler, registerErrorHandler } from './plugins/error-handler.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerSecurity } from './plugins/security.ts';
import { registerWebApp } from './plugins/web-app.ts';
import { apiTokenRoutes } from './routes/accounts/api-token.routes.ts';
import { invitationRoutes } from './routes/accounts/invitation.routes.ts';
import { organisationRoutes } from './routes/accounts/organisation.routes.ts';
import { passwordResetRoutes } from './routes/accounts/password-reset.routes.ts';
import { profileRoutes } from './routes/accounts/profile.routes.ts';
import { sessionRoutes } from './routes/accounts/session.routes.ts';
import { advisoryRoutes } from './routes/advisories/advisory.routes.ts';
import { csafProviderRoutes } from './routes/advisories/csaf-provider.routes.ts';
import { assetRoutes } from './routes/assets/asset.routes.ts';
import { continuityPlanRoutes } from './routes/continuity/plan.routes.ts';
import { riskExportRoutes } from './routes/risk/risk-export.routes.ts';
import { riskRoutes } from './routes/risk/risk.routes.ts';
import { criticalRoleRoutes } from './routes/continuity/critical-role.routes.ts';
import { exerciseRoutes } from './routes/continuity/exercise.routes.ts';
import { businessImpactRoutes } from './routes/continuity/business-impact.routes.ts';
import { supplierRoutes } from './routes/suppliers/supplier.routes.ts';
import { inboxRoutes } from './routes/inbox/inbox.routes.ts';
import { campaignRoutes } from './routes/campaigns/campaign.routes.ts';
import { exerciseAgendaRoutes } from './routes/exercise-agenda/exercise-agenda.routes.ts';
import { quarterlyReportRoutes } from './routes/trends/quarterly-report.routes.ts';
import { trendsRoutes } from './routes/trends/trends.routes.ts';
import { incidentActivityRoutes } from './routes/incidents/incident-activity.routes.ts';
import { incidentAttachmentRoutes } from './routes/incidents/incident-attachment.routes.ts';
import { measureEvidenceRoutes } from './routes/measures/measure-evidence.routes.ts';
import { measureExportRoutes } from './routes/measures/measure-export.routes.ts';
import { measureCatalogueRoutes } from './routes/measures/measure-catalogue.routes.ts';
import { measureRoutes } from './routes/measures/measure.routes.ts';
import { boardRoutes } from './routes/board/board.routes.ts';
import { incidentReportRoutes } from './routes/incidents/incident-report.routes.ts';
import { incidentReportPdfRoutes } from './routes/incidents/incident-report-pdf.routes.ts';
import { incidentSettingsRoutes } from './routes/incidents/incident-settings.routes.ts';
import { incidentRoutes } from './routes/incidents/incident.routes.ts';
import { notificationRoutes } from './routes/incidents/notification.routes.ts';
import { auditEventRoutes } from './routes/audit/audit-event.routes.ts';
import { deliveryRoutes } from './routes/delivery/delivery.routes.ts';
import { ssoRoutes } from './routes/accounts/sso.routes.ts';
import { registrationRoutes } from './routes/registration/registration.routes.ts';
import { registryRoutes } from './routes/registry/registry.routes.ts';
import { supervisionRoutes } from './routes/supervision/supervision.routes.ts';
import { crisisRequestRoutes } from './routes/crisis-requests/crisis-requests.routes.ts';
import { supervisionDocumentRoutes } from './routes/supervision/supervision-document.routes.ts';
import { crisisRoutes } from './routes/crisis/crisis.routes.ts';
import { healthRoutes } from './routes/platform/health.routes.ts';
import { openApiRoutes } from './routes/platform/openapi.routes.ts';
import { overviewRoutes } from './routes/overview/overview.routes.ts';
import { scopeRoutes } from './routes/scope/scope.routes.ts';
import { sharingRoutes } from './routes/sharing/sharing.routes.ts';
import { knowledgeRoutes } from './routes/knowledge/knowledge.routes.ts';
import { taxiiRoutes } from './routes/taxii/taxii.routes.ts';
import type { Clock, Deps } from './kernel/deps.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** What the routes, use cases and the job runner of this app share (modules.ts). */
    deps: Deps;
  }
}

export interface AppOptions {
  db: Db;
  config: Config;
  /** Tests pass false to keep output quiet. */
  logger?: boolean;
  /** Tests and benchmarks lift the limit without building their own Config. */
  rateLimitPerMinute?: number;
  /** Tests drive time. */
  clock?: Clock;
}

export async function buildApp({
  db,
  config,
  logger = true,
  rateLimitPerMinute,
  clock,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? loggerOptions(config.logLevel) : false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    // What Node's HTTP parser and Fastify's router refuse before any hook runs also leaves as a problem.
    clientErrorHandler,
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });

  registerErrorHandler(app);
  await registerOpenApi(app);
  await registerSecurity(app, {
    secureCookies: secureCookiesOf(config),
    rateLimitPerMinute: rateLimitPerMinute ?? config.rateLimitPerMinute,
    config,
  });
  registerAccessControl(app, db, config);

  const deps = createDeps({ db, config, log: app.log, clock });
  app.decorate('deps', deps);
  for (const routes of [
    healthRoutes,
    openApiRoutes,
    sessionRoutes,
    profileRoutes,
    passwordResetRoutes,
    organisationRoutes,
    invitationRoutes,
    apiTokenRoutes,
    ssoRoutes,
    auditEventRoutes,
    deliveryRoutes,
    registrationRoutes,
    registryRoutes,
    supervisionRoutes,
    supervisionDocumentRoutes,
    crisisRoutes,
    crisisRequestRoutes,
    scopeRoutes,
    assetRoutes,
    riskExportRoutes,
    riskRoutes,
    incidentRoutes,
    incidentActivityRoutes,
    incidentAttachmentRoutes,
    incidentReportRoutes,
    incidentReportPdfRoutes,
    incidentSettingsRoutes,
    notificationRoutes,
    inboxRoutes,
    campaignRoutes,
    trendsRoutes,
    quarterlyReportRoutes,
    overviewRoutes,
    measureRoutes,
    measureEvidenceRoutes,
    boardRoutes,
    measureExportRoutes,
    measureCatalogueRoutes,
    continuityPlanRoutes,
    criticalRoleRoutes,
    exerciseRoutes,
    sharingRoutes,
    businessImpactRoutes,
    supplierRoutes,
    advisoryRoutes,
    csafProviderRoutes,
    knowledgeRoutes,
    exerciseAgendaRoutes,
  ]) {
    await app.register(routes, deps);
  }
  // TAXII 2.1 under /taxii2/, with its own media type, errors and authentication (routes/taxii).
  await app.register(taxiiRoutes, { ...deps, prefix: '/taxii2' });
  await registerWebApp(app, config.webDist);
  await app.ready();
  return app;
}
