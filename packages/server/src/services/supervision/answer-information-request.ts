import { DomainError, notFound } from '@weerbaar/core/platform';
import {
  canTakeStep,
  REMOTE_ANSWER_MAX_DOCUMENT_BYTES,
  statusAfter,
  type InformationRequest,
  type InformationRequestAnswerPayload,
  type RequestAnswer,
} from '@weerbaar/core/supervision';
import { createHash } from 'node:crypto';
import type { Deps } from '../../kernel/deps.ts';
import {
  attachPendingDocuments,
  findReceivedRequest,
  insertDocument,
  insertMessage,
  lockRequest,
  readAnswerDocuments,
  setRequestStatus,
  type RequestWithNames,
} from '../../repositories/supervision.repository.ts';
import type { SupervisionRequestMessageRow } from '../../db/schema-supervision.ts';
import { enqueueSubmission, type EnqueueScope } from '../delivery/enqueue-submission.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { measureExportFacts, oscalComponentDefinition } from '../measures/measure-export-queries.ts';
import { renderMeasureReportPdf } from '../measures/measure-report-pdf.ts';
import { supervisionSubject } from './supervision-guards.ts';
import { loadRequest } from './supervision-queries.ts';

interface DossierFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

const recordAnswer = defineUseCase({
  actions: ['supervision.request-answered', 'submission.queued'],
  async run(
    scope,
    ctx: OrgActor,
    { requestId, text, dossier }: { requestId: string; text: string; dossier: readonly DossierFile[] },
  ): Promise<InformationRequest> {
    const { trx, now, record } = scope;
    const request = await lockRequest(trx, { entityOrgId: ctx.orgId }, requestId);
    if (!request) throw notFound('Information request');
    authorize(ctx, 'answer', supervisionSubject(request.org_id, request.entity_org_id, true), 'Information request');
    if (!canTakeStep(request.status, 'answer')) {
      throw new DomainError('conflict', `The request is ${request.status}: no answer is owed now`);
    }
    const answer = await insertMessage(trx, {
      org_id: request.org_id,
      request_id: request.id,
      kind: 'answer',
      text,
      due_on: null,
      by_label: ctx.actor.label,
      at: now,
    });
    for (const file of dossier) {
      await insertDocument(trx, {
        org_id: request.org_id,
        request_id: request.id,
        answer_id: answer.id,
        kind: 'measures-dossier',
        file_name: file.fileName,
        media_type: file.mediaType,
        size_bytes: file.content.length,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        content: file.content,
        added_by: ctx.actor.label,
        added_at: now,
      });
    }
    const uploads = await attachPendingDocuments(trx, request.org_id, request.id, answer.id);
    const status = statusAfter('answer');
    await setRequestStatus(trx, request.org_id, request.id, status, now);
    const facts = {
      subjectType: 'supervision-request',
      subjectId: request.id,
      before: { status: request.status },
      after: { status, documents: uploads + dossier.length, measuresDossier: dossier.length > 0 },
    };
    const data = { requestId: request.id, answerId: answer.id, documentCount: uploads + dossier.length };
    const event = await record('supervision.request-answered', facts, data);
    if (request.pulled_from) {
      // The supervisor is on another installation: the answer travels back through the outbox.
      await enqueueRemoteAnswer(scope, ctx, request, answer, event.hash);
    } else {
      await record(
        'supervision.request-answered',
        { ...facts, orgId: request.org_id, details: { entityOrgId: ctx.orgId } },
        data,
      );
    }
    return loadRequest(trx, { ...request, status }, now);
  },
});

/**
 * An answer to a request pulled from a supervisor on another installation goes back as a submission of kind
 * 'information-request-answer' (docs/DELIVERY.md, "Authority → entity"): queued in the answer's transaction,
 * delivered until the signed receipt is stored, received once by its id (the answer's). Its documents travel
 * in it as base64, within the one HTTP body the authority accepts: more is refused, and nothing is written.
 */
async function enqueueRemoteAnswer(
  scope: EnqueueScope,
  ctx: OrgActor,
  request: RequestWithNames,
  answer: SupervisionRequestMessageRow,
  auditHash: string,
): Promise<void> {
  const documents = await readAnswerDocuments(scope.trx, request.org_id, request.id, answer.id);
  const bytes = documents.reduce((sum, d) => sum + d.size_bytes, 0);
  if (bytes > REMOTE_ANSWER_MAX_DOCUMENT_BYTES) {
    throw new DomainError(
      'validation_failed',
      'The documents are too large to send to a supervisor on another installation',
      [
        {
          name: 'body.includeMeasuresDossier',
          reason: `the documents together must stay within ${REMOTE_ANSWER_MAX_DOCUMENT_BYTES} bytes (now ${bytes})`,
          code: 'too_big',
          params: { maximum: REMOTE_ANSWER_MAX_DOCUMENT_BYTES },
        },
      ],
    );
  }
  const payload: InformationRequestAnswerPayload = {
    requestId: request.id,
    text: answer.text,
    answeredBy: ctx.actor.label,
    answeredAt: answer.at.toISOString(),
    documents: documents.map((d) => ({
      kind: d.kind,
      fileName: d.file_name,
      mediaType: d.media_type,
      sha256: d.sha256,
      contentBase64: d.content.toString('base64'),
    })),
  };
  await enqueueSubmission(scope, ctx, {
    kind: 'information-request-answer',
    subjectId: request.id,
    submissionId: answer.id,
    payload,
    auditHash,
    recipients: [request.pulled_from!],
  });
}

/**
 * The entity answers a request: its text, the documents it added, and — when it chooses — its measures
 * dossier as it stands now: the measures report (coverage, gaps, Statement of Applicability with the
 * evidence per requirement) as PDF and the OSCAL component-definition with each evidence file's SHA-256,
 * from the measures module's own exports. The dossier is made before the transaction (it reads the
 * measures through their own queries and rights) and frozen into the answer.
 */
export async function answerInformationRequest(
  deps: Deps,
  ctx: OrgActor,
  { requestId, answer }: { requestId: string; answer: RequestAnswer },
): Promise<InformationRequest> {
  const dossier: DossierFile[] = [];
  if (answer.includeMeasuresDossier) {
    // Not found for another entity's request before any work is done.
    if (!(await findReceivedRequest(deps.db, ctx.orgId, requestId))) throw notFound('Information request');
    const now = deps.clock.now();
    const [facts, oscal] = await Promise.all([
      measureExportFacts(deps.db, ctx, now),
      oscalComponentDefinition(deps.db, ctx, now),
    ]);
    dossier.push(
      {
        fileName: `maatregelen-dossier-${facts.today}.pdf`,
        mediaType: 'application/pdf',
        content: await renderMeasureReportPdf(facts),
      },
      {
        fileName: `maatregelen-oscal-${facts.today}.json`,
        mediaType: 'application/json',
        content: Buffer.from(JSON.stringify(oscal, null, 2)),
      },
    );
  }
  return recordAnswer(deps, ctx, { requestId, text: answer.text, dossier });
}
