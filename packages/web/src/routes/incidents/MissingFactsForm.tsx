import { AFFECTED_AREAS, type Incident, type IncidentImpactFact } from '@weerbaar/core/incidents';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { AnswerGroup } from './AnswerGroup.tsx';
import { factField, readAnswers, storedAnswer } from './fact-answers.ts';
import { areaLabel, IMPACT_FACT_INPUTS, impactFactLabel } from './impact-fact-labels.ts';
import { useUpdateIncident } from './incidents-api.ts';

interface MissingFactsFormProps {
  incident: Incident;
  /** The facts the proposal still misses; one field each. */
  facts: readonly IncidentImpactFact[];
  onSaved: () => void;
}

/**
 * Lets the handler answer the facts that could still change the significance proposal (NIS2 Art. 23(3);
 * Impl. Reg. 2024/2690 Arts. 3-14). Only answered facts are sent: PATCH merges them into the stored ones.
 */
export function MissingFactsForm({ incident, facts, onSaved }: MissingFactsFormProps) {
  const { t } = useTranslation();
  const update = useUpdateIncident(incident.id);
  const fieldId = (fact: IncidentImpactFact) => `missing-${fact}`;
  // Error links point at the first radio of a yes / no question (AnswerGroup), else at the field itself.
  const fields = Object.fromEntries(
    facts.map((fact) => [
      factField(fact),
      {
        id: IMPACT_FACT_INPUTS[fact].kind === 'flag' ? `${fieldId(fact)}-yes` : fieldId(fact),
        label: impactFactLabel(t, fact),
      },
    ]),
  );
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const { impact, problems } = readAnswers(formValues(event.currentTarget), facts, incident.impact, t);
    if (Object.keys(problems).length > 0) return form.setErrors({ fields: problems });
    if (Object.keys(impact).length === 0)
      return form.setErrors({ fields: {}, form: t('incidents.missingFacts.nothingAnswered') });
    form.clear();
    // The promise, not mutate's callbacks: a save that settles the proposal removes this form before
    // the refreshed incident arrives, and mutate's callbacks never run for an unmounted component.
    void update.mutateAsync({ impact }).then(onSaved, form.fromProblem);
  }

  return (
    // Folded like the other forms on this page: the list above already names the questions.
    <details className="weerbaar-no-print" data-testid="missing-facts">
      <summary id="missing-facts-heading">{t('incidents.missingFacts.answerTitle')}</summary>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form
        className="utrecht-form weerbaar-form"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="missing-facts-heading"
        // A fresh form after a save shows the facts as stored.
        key={JSON.stringify(incident.impact)}
      >
        <p className="utrecht-paragraph">{t('incidents.missingFacts.answerIntro')}</p>
        {facts.map((fact) => {
          const { kind } = IMPACT_FACT_INPUTS[fact];
          const common = {
            id: fieldId(fact),
            name: fact,
            error: form.errors.fields[factField(fact)],
            defaultValue: storedAnswer(incident.impact[fact]),
          };
          if (kind === 'flag') return <AnswerGroup key={fact} {...common} legend={impactFactLabel(t, fact)} />;
          if (kind === 'area')
            return (
              <SelectField
                key={fact}
                {...common}
                defaultValue={common.defaultValue ?? ''}
                label={impactFactLabel(t, fact)}
                options={[
                  { value: '', label: t('incidents.missingFacts.areaUnknown') },
                  ...AFFECTED_AREAS.map((area) => ({ value: area, label: areaLabel(t, area) })),
                ]}
              />
            );
          return (
            <TextField
              key={fact}
              {...common}
              label={impactFactLabel(t, fact)}
              inputMode={kind === 'count' ? 'numeric' : 'decimal'}
              autoComplete="off"
              optional
            />
          );
        })}
        <div className="weerbaar-actions">
          <SubmitButton busy={update.isPending} busyLabel={t('common.saving')} variant="secondary-action">
            {t('incidents.missingFacts.answerSave')}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
