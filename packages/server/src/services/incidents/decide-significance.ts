import type { Incident, SignificanceDecisionCreate } from '@weerbaar/core/incidents';
import { DomainError, type InvalidParam } from '@weerbaar/core/platform';
import { insertSignificanceDecision, updateIncident } from '../../repositories/incident.repository.ts';
import { listSubmittedStages } from '../../repositories/incident-report.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockIncidentFor, notBefore, notInFuture, throwIfProblems } from './incident-guards.ts';
import { advanceWithWork } from './incident-progress.ts';
import { loadIncident } from './incident-queries.ts';
import { loadRecurrence } from './incident-recurrence.ts';
import { loadIncidentSettings } from './incident-settings.ts';
import { proposeSignificance, readImpact } from './significance-proposal.ts';

type DecisionInput = Omit<SignificanceDecisionCreate, 'awareAt'> & { awareAt?: string | undefined };

/**
 * The handler confirms or overrides the platform's proposal. The decision, with the proposal and the
 * criteria it rested on, is kept (history) and audited; a `significant` decision sets T0, the moment the
 * reporting clock starts (NIS2 Art. 23(4)(a); Impl. Reg. 2024/2690 recital 31).
 */
export const decideSignificance = defineUseCase({
  actions: ['incident.significance-decided', 'incident.status-changed'],
  async run(scope, ctx: OrgActor, { id, decision: input }: { id: string; decision: DecisionInput }): Promise<Incident> {
    const { trx, now, record } = scope;
    const row = await lockIncidentFor(trx, ctx, id);
    const settings = await loadIncidentSettings(trx, ctx.orgId);
    const recurrence = await loadRecurrence(trx, ctx.orgId, row, settings);
    const { proposed, cerProposed } = proposeSignificance(readImpact(row.impact), settings, recurrence);
    const problems: InvalidParam[] = [];

    const departs = proposed.outcome !== input.outcome;
    if (departs && !input.reason) {
      problems.push({
        name: 'body.reason',
        reason:
          proposed.outcome === 'unknown'
            ? 'explain the decision: the proposal is still unknown'
            : `explain why you depart from the proposal (${proposed.outcome})`,
        code: 'required',
      });
    }
    if (input.cerOutcome && !settings.criticalEntity) {
      problems.push({
        name: 'body.cerOutcome',
        reason: 'only for critical entities (CER Art. 15); set criticalEntity in the incident settings',
        code: 'not_applicable',
      });
    }
    // Cbw art. 27(2): the 24 h notification applies to an incident of a trust service provider only if it
    // affects the provision of the trust service — a fact of this incident, asked with the decision.
    if (input.affectsTrustService != null && !settings.trustServiceProvider) {
      problems.push({
        name: 'body.affectsTrustService',
        reason: 'only for trust service providers (Cbw art. 27(2)); set trustServiceProvider in the incident settings',
        code: 'not_applicable',
      });
    }
    if (settings.trustServiceProvider && input.outcome === 'significant' && input.affectsTrustService == null) {
      problems.push({
        name: 'body.affectsTrustService',
        reason:
          'say whether the incident affects the provision of your trust service: 24 h for the notification if it does (Cbw art. 27(2)), 72 h if not (Cbw art. 27(1))',
        code: 'required',
      });
    }
    const startsClock = input.outcome === 'significant' || input.cerOutcome === 'significant';
    const awareAt = startsClock ? new Date(input.awareAt ?? now) : null;
    notInFuture('body.awareAt', awareAt, now.getTime(), problems);
    notBefore('body.awareAt', awareAt, 'detectedAt', row.detected_at, problems);
    // A report already sent counted its deadlines from T0; T0 cannot move past it.
    const firstReport = (await listSubmittedStages(trx, ctx.orgId, [id]))[0];
    if (awareAt && firstReport && awareAt > firstReport.submitted_at) {
      problems.push({
        name: 'body.awareAt',
        reason: 'must not be after the first report was submitted',
        code: 'after_first_report',
      });
    }
    throwIfProblems(problems);
    if (
      input.outcome === 'not_significant' &&
      input.cerOutcome === undefined &&
      settings.criticalEntity &&
      cerProposed?.outcome === 'significant'
    ) {
      throw new DomainError('validation_failed', 'Decide the CER disruption too', [
        { name: 'body.cerOutcome', reason: 'the CER weighing proposes significant', code: 'required' },
      ]);
    }

    const hashable = {
      incidentId: id,
      outcome: input.outcome,
      cerOutcome: input.cerOutcome ?? null,
      affectsTrustService: input.affectsTrustService ?? null,
      proposedOutcome: proposed.outcome,
      criteriaMet: proposed.criteriaMet,
      rulesVersion: proposed.rulesVersion,
      // Impl. Reg. 2024/2690 Art. 4: what the proposal counted, so the decision shows which incidents it rested on.
      recurrence: {
        source: recurrence.source,
        sameRootCauseIncidents: recurrence.sameRootCauseIncidents,
        combinedLossEur: recurrence.combinedLossEur,
        incidents: recurrence.incidents.map((i) => i.reference),
      },
      awareAt: awareAt?.toISOString() ?? null,
      reason: input.reason ?? null,
    };
    const event = await record(
      'incident.significance-decided',
      {
        subjectType: 'incident',
        subjectId: id,
        after: hashable,
        details: {
          outcome: input.outcome,
          proposedOutcome: proposed.outcome,
          cerOutcome: input.cerOutcome ?? null,
          affectsTrustService: hashable.affectsTrustService,
          awareAt: hashable.awareAt,
        },
      },
      { incidentId: id, outcome: input.outcome, departsFromProposal: departs, awareAt: hashable.awareAt },
    );
    await insertSignificanceDecision(trx, {
      org_id: ctx.orgId,
      incident_id: id,
      outcome: input.outcome,
      cer_outcome: input.cerOutcome ?? null,
      affects_trust_service: input.affectsTrustService ?? null,
      proposed_outcome: proposed.outcome,
      criteria_met: proposed.criteriaMet,
      aware_at: awareAt,
      reason: input.reason ?? null,
      decided_at: now,
      decided_by: ctx.actor.label,
      audit_hash: event.hash,
    });
    const updated = await updateIncident(trx, ctx.orgId, id, { aware_at: awareAt });
    // Weighing significance is triage: a new incident moves on (core incident-progress.ts).
    return loadIncident(trx, ctx.orgId, await advanceWithWork(scope, ctx.orgId, updated, 'significance_decided'));
  },
});
