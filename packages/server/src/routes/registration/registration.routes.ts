import {
  RegistrationSchema,
  RegistrationStateSchema,
  RegistrationSubmissionSchema,
  RegistrationSubmitSchema,
  RegistrationVersionSchema,
  RegistrationVersionSummarySchema,
} from '@weerbaar/core/registration';
import { pageOf } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import {
  getRegistration,
  getRegistrationSubmission,
  listRegistrationSubmissions,
  listRegistrationVersionHistory,
} from '../../services/registration/get-registration.ts';
import { saveRegistration } from '../../services/registration/save-registration.ts';
import { submitRegistration } from '../../services/registration/submit-registration.ts';
import { IdParams, onePage, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Registration'];

export const registrationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/registration',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The registration record (latest saved version), prefill, update deadlines and the latest submission',
        response: { 200: RegistrationStateSchema },
      },
    },
    async (request) => getRegistration(db, orgContext(request)),
  );

  app.put(
    '/api/v1/registration',
    {
      config: { access: 'registration:write' },
      schema: {
        tags,
        summary: 'Save the registration; a change becomes a new version',
        body: RegistrationSchema,
        response: {
          200: RegistrationVersionSchema.describe('Unchanged: the current version'),
          201: RegistrationVersionSchema,
          409: problem('Someone else saved the registration at the same moment; reload and try again'),
        },
      },
    },
    async (request, reply) => {
      const { created, version } = await saveRegistration(deps, orgContext(request), request.body);
      return reply.status(created ? 201 : 200).send(version);
    },
  );

  app.get(
    '/api/v1/registration/versions',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Change history: every saved version, newest first, with the changed fields',
        response: { 200: pageOf(RegistrationVersionSummarySchema) },
      },
    },
    async (request) => onePage(await listRegistrationVersionHistory(db, orgContext(request))),
  );

  app.get(
    '/api/v1/registration/submissions',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Submissions of the registration to the authority, with status and receipt',
        response: { 200: pageOf(RegistrationSubmissionSchema) },
      },
    },
    async (request) => onePage(await listRegistrationSubmissions(db, orgContext(request))),
  );

  app.get(
    '/api/v1/registration/submissions/:id',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'One submission of the registration, with status and receipt',
        params: IdParams,
        response: { 200: RegistrationSubmissionSchema },
      },
    },
    async (request) => getRegistrationSubmission(db, orgContext(request), request.params.id),
  );

  app.post(
    '/api/v1/registration/submissions',
    {
      config: { access: 'registration:write' },
      schema: {
        tags,
        summary: 'Submit the current version to the authority; delivery continues in the background',
        body: RegistrationSubmitSchema,
        response: {
          202: RegistrationSubmissionSchema,
          409: problem('No saved registration to submit yet, or this submission id was used for another submission'),
        },
      },
    },
    async (request, reply) => reply.status(202).send(await submitRegistration(deps, orgContext(request), request.body)),
  );
};
