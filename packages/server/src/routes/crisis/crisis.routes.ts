// Crisis coordination (issue 16 items 1, 2, 5): the authority's crises and the rooms member organisations
// take part in. Route permissions say who may call at all; the 'crisis-room' policy decides per crisis.
import {
  CrisisActionChangeSchema,
  CrisisActionCreateSchema,
  CrisisActionSchema,
  CrisisCloseSchema,
  CrisisDecisionCreateSchema,
  CrisisDecisionSchema,
  CrisisDeclareSchema,
  CrisisFactCreateSchema,
  CrisisFactSchema,
  CrisisLevelChangeSchema,
  CrisisListQuerySchema,
  CrisisListSchema,
  CrisisMemberAddSchema,
  CrisisSchema,
  CrisisScopeInputSchema,
  CrisisScopeRemovalSchema,
  CrisisSettingsSchema,
  CrisisSitrepCreateSchema,
  CrisisSitrepSchema,
  CrisisTeamCandidatesSchema,
  CrisisTeamMemberSetSchema,
} from '@weerbaar/core/crisis';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addCrisisAction } from '../../services/crisis/add-crisis-action.ts';
import { addCrisisFact } from '../../services/crisis/add-crisis-fact.ts';
import { addCrisisMember } from '../../services/crisis/add-crisis-member.ts';
import { changeCrisisAction } from '../../services/crisis/change-crisis-action.ts';
import { changeCrisisLevel } from '../../services/crisis/change-crisis-level.ts';
import { closeCrisis } from '../../services/crisis/close-crisis.ts';
import { renderCrisisRecordPdf, renderSitrepPdf } from '../../services/crisis/crisis-pdf.ts';
import {
  getCrisisSettings,
  getSitrep,
  listCrises,
  loadCrisis,
  loadCrisisRecord,
} from '../../services/crisis/crisis-queries.ts';
import { listCrisisTeamCandidates } from '../../services/crisis/crisis-team-candidates.ts';
import { declareCrisis } from '../../services/crisis/declare-crisis.ts';
import { issueSitrep } from '../../services/crisis/issue-sitrep.ts';
import { logCrisisDecision } from '../../services/crisis/log-crisis-decision.ts';
import { removeCrisisScopeLinks } from '../../services/crisis/remove-crisis-scope-links.ts';
import { removeCrisisMember } from '../../services/crisis/remove-crisis-member.ts';
import { removeCrisisTeamMember } from '../../services/crisis/remove-crisis-team-member.ts';
import { setCrisisSettings } from '../../services/crisis/set-crisis-settings.ts';
import { setCrisisTeamMember } from '../../services/crisis/set-crisis-team-member.ts';
import { updateCrisisScope } from '../../services/crisis/update-crisis-scope.ts';
import { IdParams, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Crisis'];
const CLOSED = problem('The crisis is closed');
const SitrepParams = z.object({ id: z.uuid(), sitrepId: z.uuid() });
const MemberParams = z.object({ id: z.uuid(), orgId: z.uuid() });
const TeamParams = z.object({ id: z.uuid(), userId: z.uuid() });
const ActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });
const PDF = z.string().meta({ format: 'binary' });

export const crisisRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/api/v1/crisis-settings',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'Escalation levels and decision-making structures of this authority organisation (defaults until set)',
        response: { 200: CrisisSettingsSchema },
      },
    },
    async (request) => getCrisisSettings(db, orgContext(request)),
  );

  app.put(
    '/api/v1/crisis-settings',
    {
      config: { access: 'authority:configure' },
      schema: {
        tags,
        summary: 'Set the escalation levels and structures',
        body: CrisisSettingsSchema,
        response: { 200: CrisisSettingsSchema },
      },
    },
    async (request) => setCrisisSettings(deps, orgContext(request), request.body),
  );

  app.get(
    '/api/v1/crises',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Crises the organisation runs or takes part in: real ones, or exercises (never mixed)',
        querystring: CrisisListQuerySchema,
        response: { 200: CrisisListSchema },
      },
    },
    async (request) => listCrises(db, orgContext(request), request.query, clock.now()),
  );

  app.post(
    '/api/v1/crises',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Declare a crisis or a heightened state (or an exercise crisis)',
        // An agenda item's exercise crisis is started from the agenda (POST /exercise-agenda-items/{id}/crises),
        // which checks that the item is the organisation's own.
        body: CrisisDeclareSchema.omit({ exerciseAgendaItemId: true }),
        response: { 201: CrisisSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await declareCrisis(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/crises/:id',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'A crisis room: scope, team, picture, decisions, actions, sitreps',
        params: IdParams,
        response: { 200: CrisisSchema },
      },
    },
    async (request) => loadCrisis(db, orgContext(request), request.params.id, clock.now()),
  );

  app.get(
    '/api/v1/crises/:id/pdf',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The whole crisis record (timeline, picture, decisions, actions, sitreps, evaluation) as PDF',
        params: IdParams,
        produces: ['application/pdf'],
        response: { 200: PDF.describe('The crisis record as PDF') },
      },
    },
    async (request, reply) => {
      const { crisis, sitreps } = await loadCrisisRecord(db, orgContext(request), request.params.id, clock.now());
      const pdf = await renderCrisisRecordPdf(crisis, sitreps);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="crisisdossier-${crisis.reference}.pdf"`)
        .send(pdf as never);
    },
  );

  app.post(
    '/api/v1/crises/:id/level-changes',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Escalate or de-escalate, with the reason',
        params: IdParams,
        body: CrisisLevelChangeSchema,
        response: { 200: CrisisSchema, 409: CLOSED },
      },
    },
    async (request) =>
      changeCrisisLevel(deps, orgContext(request), { crisisId: request.params.id, change: request.body }),
  );

  app.put(
    '/api/v1/crises/:id/scope',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Set sectors and regions; add received reports, advisories and observables',
        params: IdParams,
        body: CrisisScopeInputSchema,
        response: { 200: CrisisSchema, 409: CLOSED },
      },
    },
    async (request) =>
      updateCrisisScope(deps, orgContext(request), { crisisId: request.params.id, scope: request.body }),
  );

  app.post(
    '/api/v1/crises/:id/scope/removals',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Take received reports, advisories and observables out of the scope',
        params: IdParams,
        body: CrisisScopeRemovalSchema,
        response: { 200: CrisisSchema, 409: CLOSED },
      },
    },
    async (request) =>
      removeCrisisScopeLinks(deps, orgContext(request), { crisisId: request.params.id, links: request.body }),
  );

  app.post(
    '/api/v1/crises/:id/members',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary:
          'Make another organisation a member of the crisis: of the room when it is here, or (a registry entity on another installation) a receiver of each new sitrep over the pull channel',
        params: IdParams,
        body: CrisisMemberAddSchema,
        response: { 200: CrisisSchema, 409: CLOSED },
      },
    },
    async (request) =>
      addCrisisMember(deps, orgContext(request), { crisisId: request.params.id, orgId: request.body.orgId }),
  );

  app.delete(
    '/api/v1/crises/:id/members/:orgId',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary:
          'Take a member out of the crisis: out of the room (and its people out of the crisis team), or no more sitreps for one on another installation',
        params: MemberParams,
        response: { 200: CrisisSchema, 409: CLOSED },
      },
    },
    async (request) =>
      removeCrisisMember(deps, orgContext(request), { crisisId: request.params.id, orgId: request.params.orgId }),
  );

  app.get(
    '/api/v1/crises/:id/team-candidates',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary:
          'People who may be put in the crisis team: of this organisation and the member organisations, with a role that may post (name and organisation only)',
        params: IdParams,
        response: { 200: CrisisTeamCandidatesSchema },
      },
    },
    async (request) => listCrisisTeamCandidates(db, orgContext(request), request.params.id),
  );

  app.post(
    '/api/v1/crises/:id/team',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Put a person in the crisis team with a role (coordinator, analyst, observer)',
        params: IdParams,
        body: CrisisTeamMemberSetSchema,
        response: { 200: CrisisSchema, 409: CLOSED },
      },
    },
    async (request) =>
      setCrisisTeamMember(deps, orgContext(request), { crisisId: request.params.id, member: request.body }),
  );

  app.delete(
    '/api/v1/crises/:id/team/:userId',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Take a person out of the crisis team',
        params: TeamParams,
        response: { 200: CrisisSchema, 409: CLOSED },
      },
    },
    async (request) =>
      removeCrisisTeamMember(deps, orgContext(request), { crisisId: request.params.id, userId: request.params.userId }),
  );

  app.post(
    '/api/v1/crises/:id/facts',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: 'Add a fact to the situation picture (known, unknown or assumed)',
        params: IdParams,
        body: CrisisFactCreateSchema,
        response: { 201: CrisisFactSchema, 409: CLOSED },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCrisisFact(deps, orgContext(request), { crisisId: request.params.id, fact: request.body })),
  );

  app.post(
    '/api/v1/crises/:id/decisions',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: 'Log a decision (besluitenlijst)',
        params: IdParams,
        body: CrisisDecisionCreateSchema,
        response: { 201: CrisisDecisionSchema, 409: CLOSED },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await logCrisisDecision(deps, orgContext(request), { crisisId: request.params.id, decision: request.body }),
        ),
  );

  app.post(
    '/api/v1/crises/:id/actions',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: 'Add an action with its owner and deadline',
        params: IdParams,
        body: CrisisActionCreateSchema,
        response: { 201: CrisisActionSchema, 409: CLOSED },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCrisisAction(deps, orgContext(request), { crisisId: request.params.id, action: request.body })),
  );

  app.patch(
    '/api/v1/crises/:id/actions/:actionId',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: 'Mark an action done or open',
        params: ActionParams,
        body: CrisisActionChangeSchema,
        response: { 200: CrisisActionSchema, 409: CLOSED },
      },
    },
    async (request) =>
      changeCrisisAction(deps, orgContext(request), {
        crisisId: request.params.id,
        taskId: request.params.actionId,
        done: request.body.done,
      }),
  );

  app.post(
    '/api/v1/crises/:id/sitreps',
    {
      config: { access: 'information:share' },
      schema: {
        tags,
        summary: 'Issue a situation report: a numbered, frozen snapshot',
        params: IdParams,
        body: CrisisSitrepCreateSchema,
        response: { 201: CrisisSitrepSchema, 409: CLOSED },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await issueSitrep(deps, orgContext(request), { crisisId: request.params.id, sitrep: request.body })),
  );

  app.get(
    '/api/v1/crises/:id/sitreps/:sitrepId',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'A situation report as it was issued',
        params: SitrepParams,
        response: { 200: CrisisSitrepSchema },
      },
    },
    async (request) => getSitrep(db, orgContext(request), request.params.id, request.params.sitrepId),
  );

  app.get(
    '/api/v1/crises/:id/sitreps/:sitrepId/pdf',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'A situation report as PDF',
        params: SitrepParams,
        produces: ['application/pdf'],
        response: { 200: PDF.describe('The sitrep as PDF') },
      },
    },
    async (request, reply) => {
      const sitrep = await getSitrep(db, orgContext(request), request.params.id, request.params.sitrepId);
      const pdf = await renderSitrepPdf(sitrep);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="sitrep-${sitrep.content.reference}-${sitrep.number}.pdf"`)
        .send(pdf as never);
    },
  );

  app.post(
    '/api/v1/crises/:id/closure',
    {
      config: { access: 'authority:triage' },
      schema: {
        tags,
        summary: 'Close the crisis with its evaluation; lessons become improvement actions',
        params: IdParams,
        body: CrisisCloseSchema,
        response: { 200: CrisisSchema, 409: CLOSED },
      },
    },
    async (request) => closeCrisis(deps, orgContext(request), { crisisId: request.params.id, close: request.body }),
  );
};
