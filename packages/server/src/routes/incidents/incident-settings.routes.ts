import { IncidentSettingsSchema, IncidentSettingsUpdateSchema } from '@weerbaar/core/incidents';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { getIncidentSettings } from '../../services/incidents/incident-settings.ts';
import { updateIncidentSettings } from '../../services/incidents/update-incident-settings.ts';
import type { RouteDeps } from '../route-deps.ts';

const tags = ['Incidents'];

export const incidentSettingsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/incident-settings',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Which significance criteria apply, contact person, reminder moments and webhook',
        response: { 200: IncidentSettingsSchema },
      },
    },
    async (request) => getIncidentSettings(db, orgContext(request)),
  );

  app.patch(
    '/api/v1/incident-settings',
    {
      // Entity type, trust service and critical entity status are registration facts (owner/admin).
      config: { access: 'registration:write' },
      schema: {
        tags,
        summary: 'Change the incident settings; reminders are re-planned',
        body: IncidentSettingsUpdateSchema,
        response: { 200: IncidentSettingsSchema },
      },
    },
    async (request) => updateIncidentSettings(deps, orgContext(request), request.body),
  );
};
