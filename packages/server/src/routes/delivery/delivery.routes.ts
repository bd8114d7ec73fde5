import {
  DeliveryTargetSchema,
  DeliveryTargetUpdateSchema,
  LEGAL_RECIPIENTS,
  SubmissionRecipientSchema,
  ReceiptKeySchema,
  ReceivedAuditAnchorSchema,
  ReceiptSchema,
  SubmissionEnvelopeSchema,
} from '@weerbaar/core/delivery';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { listSenderAuditAnchors } from '../../services/delivery/audit-anchor-queries.ts';
import { getDeliveryTarget, listDeliveryTargetViews } from '../../services/delivery/delivery-target-queries.ts';
import { listReceiptKeys } from '../../services/delivery/receipt-signing.ts';
import { receiveSubmission } from '../../services/delivery/receive-submission.ts';
import { updateDeliveryTarget } from '../../services/delivery/save-delivery-target.ts';
import { itemsOf, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Delivery'];

export const deliveryRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/delivery-target',
    {
      config: { access: 'delivery:manage' },
      schema: {
        tags,
        summary: "The CSIRT's intake (also registrations); the API token itself is never shown",
        response: { 200: DeliveryTargetSchema },
      },
    },
    async (request) => getDeliveryTarget(db, orgContext(request)),
  );

  app.put(
    '/api/v1/delivery-target',
    {
      config: { access: 'delivery:manage' },
      schema: {
        tags,
        summary:
          'Set one intake for both recipients (the CSIRT and the competent authority); waiting deliveries are retried now',
        body: DeliveryTargetUpdateSchema,
        response: { 200: DeliveryTargetSchema },
      },
    },
    async (request) => updateDeliveryTarget(deps, orgContext(request), request.body, LEGAL_RECIPIENTS),
  );

  app.get(
    '/api/v1/delivery-targets',
    {
      config: { access: 'delivery:manage' },
      schema: {
        tags,
        summary:
          'Where reports go: the CSIRT and the competent authority, each its own intake (Cbw arts. 26(1), 27(1), 29(1))',
        response: { 200: itemsOf(DeliveryTargetSchema) },
      },
    },
    async (request) => ({ items: await listDeliveryTargetViews(db, orgContext(request)) }),
  );

  app.put(
    '/api/v1/delivery-targets/:recipient',
    {
      config: { access: 'delivery:manage' },
      schema: {
        tags,
        summary: "Set one recipient's intake: its authority URL and API token; waiting deliveries are retried now",
        params: z.object({ recipient: SubmissionRecipientSchema }),
        body: DeliveryTargetUpdateSchema,
        response: { 200: DeliveryTargetSchema },
      },
    },
    async (request) => updateDeliveryTarget(deps, orgContext(request), request.body, [request.params.recipient]),
  );

  app.post(
    '/api/v1/submissions',
    {
      config: { access: 'submissions:deliver' },
      schema: {
        tags,
        summary:
          'Authority intake: receive a registration or incident report; idempotent by id, answers a signed receipt',
        headers: z.object({ 'idempotency-key': z.uuid().optional() }),
        body: SubmissionEnvelopeSchema,
        response: {
          200: ReceiptSchema.describe('Already received: the same receipt as the first time'),
          201: ReceiptSchema,
          409: problem('This submission id was already received with different content'),
        },
      },
    },
    async (request, reply) => {
      const { created, receipt } = await receiveSubmission(deps, orgContext(request), {
        envelope: request.body,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.status(created ? 201 : 200).send(receipt);
    },
  );

  app.get(
    '/api/v1/submissions/audit-anchors',
    {
      config: { access: 'submissions:deliver' },
      schema: {
        tags,
        summary:
          'For the delivering installation: the signed audit chain heads it sent along with its deliveries, as the authority keeps them',
        response: { 200: itemsOf(ReceivedAuditAnchorSchema) },
      },
    },
    async (request) => ({ items: await listSenderAuditAnchors(db, orgContext(request)) }),
  );

  app.get(
    '/api/v1/receipt-keys',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "Public keys that verify this installation's receipts (Ed25519)",
        response: { 200: itemsOf(ReceiptKeySchema) },
      },
    },
    async () => ({ items: await listReceiptKeys(deps) }),
  );
};
