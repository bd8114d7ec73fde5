import type { Incident } from '@weerbaar/core/incidents';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { fromDutchInputValue } from './amsterdam-input.ts';
import { CerProposal } from './CerProposal.tsx';
import { CriteriaList } from './CriteriaList.tsx';
import { factLabel, isImpactFact } from './impact-fact-labels.ts';
import { useDecideSignificance, useIncidentSettings } from './incidents-api.ts';
import { MissingFactsForm } from './MissingFactsForm.tsx';
import { RecurrenceSection } from './RecurrenceSection.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { cite } from '../../format/citation.ts';
import { actorName } from '../../format/actor.ts';

/**
 * The platform's proposal (NIS2 Art. 23(3); Impl. Reg. 2024/2690) with the criteria met and the facts
 * still missing; the handler decides. A significant decision starts the reporting clock.
 */
export function SignificancePanel({ incident, canWrite }: { incident: Incident; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const decide = useDecideSignificance(incident.id);
  // Cbw art. 27(2): a trust service provider says per incident whether it affects the trust service (24 h or 72 h).
  const trustServiceProvider = useIncidentSettings().data?.trustServiceProvider === true;
  const { proposed, cerProposed, decision } = incident.significance;
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string>();
  const proposalRef = useRef<HTMLParagraphElement>(null);
  // One form answers the facts both weighings miss (NIS2 Art. 23(3) and, for a critical entity, CER Art. 15(1)).
  const answerable = [...new Set([...proposed.missingFacts, ...(cerProposed?.missingFacts ?? [])])].filter(
    isImpactFact,
  );
  const fields = {
    outcome: { id: 'decision-outcome', label: t('incidents.significance.outcome') },
    awareAt: { id: 'decision-aware-at', label: t('incidents.significance.awareAt') },
    affectsTrustService: {
      id: 'decision-affects-trust-service',
      label: t('incidents.significance.affectsTrustService'),
    },
    reason: { id: 'decision-reason', label: t('incidents.significance.reason') },
  };
  const form = useFormErrors(fields);
  const outcome = (o: string) => t(`incidents.significanceOutcomes.${o as 'significant'}`);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decide.isPending) return;
    const v = formValues(event.currentTarget);
    const awareAt = v.awareAt ? fromDutchInputValue(v.awareAt) : undefined;
    const affects = v.affectsTrustService === 'yes' ? true : v.affectsTrustService === 'no' ? false : undefined;
    decide.mutate(
      {
        outcome: v.outcome,
        ...(awareAt ? { awareAt } : {}),
        ...(trustServiceProvider && affects !== undefined ? { affectsTrustService: affects } : {}),
        ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
      },
      { onSuccess: () => setOpen(false), onError: form.fromProblem },
    );
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="significance-heading">
      <h2 className="utrecht-heading-2" id="significance-heading">
        {t('incidents.significance.title')}
      </h2>
      {/* After the handler answers facts, focus lands on the refreshed proposal, which may have changed. */}
      <p className="utrecht-paragraph" data-testid="significance-proposal" ref={proposalRef} tabIndex={-1}>
        <strong>{t('incidents.significance.proposal', { outcome: outcome(proposed.outcome) })}</strong>
      </p>
      <p className="utrecht-paragraph weerbaar-muted">
        {t('incidents.significance.basis', { basis: cite(proposed.basis) })}
      </p>
      {proposed.criteriaMet.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('incidents.significance.criteriaMet')}</h3>
          <CriteriaList criteria={proposed.criteriaMet} />
        </>
      )}
      {proposed.missingFacts.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('incidents.significance.missing')}</h3>
          <ul className="utrecht-unordered-list weerbaar-criteria" data-testid="missing-facts-list">
            {proposed.missingFacts.map((fact) => (
              <li className="utrecht-unordered-list__item" key={fact}>
                {factLabel(t, fact)}
              </li>
            ))}
          </ul>
        </>
      )}
      {cerProposed && <CerProposal proposal={cerProposed} />}
      {canWrite && answerable.length > 0 && (
        <MissingFactsForm
          incident={incident}
          facts={answerable}
          onSaved={() => {
            setMessage(t('incidents.missingFacts.saved'));
            proposalRef.current?.focus();
          }}
        />
      )}
      <LiveMessage message={message} />
      {/* Impl. Reg. 2024/2690 Art. 4 applies to its eleven entity types only, not to NIS2 Art. 23(3) alone. */}
      {proposed.entityType !== 'other' && <RecurrenceSection incident={incident} canWrite={canWrite} />}
      {decision && (
        <Alert
          type={decision.outcome === 'significant' ? 'warning' : 'info'}
          headingLevel={3}
          heading={t('incidents.significance.decided', { outcome: outcome(decision.outcome) })}
        >
          <p className="utrecht-paragraph">
            {t('incidents.significance.decidedBy', {
              by: actorName(decision.decidedBy, t),
              at: formatDateTime(decision.decidedAt, locale),
            })}
            {decision.awareAt &&
              ` ${t('incidents.significance.clockStarted', { at: formatDateTime(decision.awareAt, locale) })}`}
          </p>
          {decision.affectsTrustService !== null && (
            <p className="utrecht-paragraph" data-testid="decision-trust-service">
              {t(
                decision.affectsTrustService
                  ? 'incidents.significance.trustServiceAffected'
                  : 'incidents.significance.trustServiceNotAffected',
              )}
            </p>
          )}
          {decision.reason && <p className="utrecht-paragraph">{decision.reason}</p>}
        </Alert>
      )}
      {canWrite && !open && (
        <div className="weerbaar-actions">
          {!decision && proposed.outcome === 'significant' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              aria-disabled={decide.isPending || undefined}
              onClick={() =>
                // A trust service provider answers one more question first (Cbw art. 27(2)): the form asks it.
                trustServiceProvider
                  ? setOpen(true)
                  : !decide.isPending && decide.mutate({ outcome: 'significant' }, { onError: form.fromProblem })
              }
            >
              {t('incidents.significance.confirm')}
            </button>
          )}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setOpen(true)}
          >
            {decision ? t('incidents.significance.change') : t('incidents.significance.decideOther')}
          </button>
        </div>
      )}
      <ErrorSummary errors={form.errors} fields={fields} />
      {canWrite && open && (
        <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} aria-labelledby="decision-heading">
          <h3 className="utrecht-heading-3" id="decision-heading">
            {t('incidents.significance.decideTitle')}
          </h3>
          <SelectField
            {...fields.outcome}
            name="outcome"
            defaultValue={proposed.outcome === 'not_significant' ? 'not_significant' : 'significant'}
            options={[
              { value: 'significant', label: outcome('significant') },
              { value: 'not_significant', label: outcome('not_significant') },
            ]}
            error={form.errors.fields.outcome}
          />
          <TextField
            {...fields.awareAt}
            name="awareAt"
            type="datetime-local"
            optional
            hint={t('incidents.significance.awareHint')}
            error={form.errors.fields.awareAt}
          />
          {trustServiceProvider && (
            <SelectField
              {...fields.affectsTrustService}
              name="affectsTrustService"
              hint={t('incidents.significance.affectsTrustServiceHint')}
              defaultValue={
                decision?.affectsTrustService === true ? 'yes' : decision?.affectsTrustService === false ? 'no' : ''
              }
              options={[
                { value: '', label: t('incidents.significance.affectsTrustServiceChoose') },
                { value: 'yes', label: t('incidents.significance.affectsTrustServiceYes') },
                { value: 'no', label: t('incidents.significance.affectsTrustServiceNo') },
              ]}
              error={form.errors.fields.affectsTrustService}
            />
          )}
          <TextAreaField
            {...fields.reason}
            name="reason"
            optional
            hint={t('incidents.significance.reasonHint')}
            error={form.errors.fields.reason}
          />
          <div className="weerbaar-actions">
            <SubmitButton busy={decide.isPending} busyLabel={t('common.saving')}>
              {t('incidents.significance.decide')}
            </SubmitButton>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setOpen(false)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
