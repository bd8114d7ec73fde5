import type { ScopeEvaluation } from '@weerbaar/core/scope';
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { errorsFromProblem, noErrors, type FormErrors } from '../../forms/form-errors.ts';
import { ScopeResultView } from './ScopeResultView.tsx';
import { useEvaluateScope } from './scope-api.ts';
import { entityTypeOf, isAnswered, stepsToAsk, toScopeInput, type StepId, type WizardAnswers } from './wizard-model.ts';
import { answerText, fieldId, readStep, StepFields, stepFieldLabel } from './wizard-steps.tsx';

type View = { kind: 'step'; step: StepId } | { kind: 'review' } | { kind: 'result'; result: ScopeEvaluation };

interface ScopeWizardProps {
  /** What to offer under the result: saving (signed in) or a note that nothing is stored (public). */
  resultActions?: (input: Record<string, unknown>) => ReactNode;
}

/**
 * The guided questionnaire: one question at a time, only the questions that matter for the answers so
 * far (wizard-model.ts), then a review, then the outcome from POST /scope-evaluations.
 */
export function ScopeWizard({ resultActions }: ScopeWizardProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<WizardAnswers>({});
  const [view, setView] = useState<View>({ kind: 'step', step: 'sector' });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  // Set by "Wijzigen" on the review: after the change, return there instead of walking every question again.
  const [backToReview, setBackToReview] = useState(false);
  const evaluate = useEvaluateScope();
  const steps = useMemo(() => stepsToAsk(answers), [answers]);
  const input = useMemo(() => toScopeInput(answers, new Set(steps)), [answers, steps]);
  const container = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // Each new question's first field gets focus; on the very first question the page keeps its own
  // focus order (skip link, heading).
  useEffect(() => {
    if (!moved.current) return;
    if (view.kind === 'step') {
      const root = container.current;
      (root?.querySelector<HTMLElement>('input:checked') ?? root?.querySelector<HTMLElement>('input, select'))?.focus();
    } else if (view.kind === 'review') {
      container.current?.querySelector<HTMLElement>('h2')?.focus();
    }
  }, [view]);

  function go(next: View) {
    moved.current = true;
    setErrors(noErrors);
    setView(next);
  }

  function nextAfter(step: StepId, updated: WizardAnswers): View {
    const list = stepsToAsk(updated);
    const open = list.find((s) => !isAnswered(updated, s));
    if (backToReview) return open ? { kind: 'step', step: open } : { kind: 'review' };
    const following = list[list.indexOf(step) + 1];
    return following ? { kind: 'step', step: following } : open ? { kind: 'step', step: open } : { kind: 'review' };
  }

  function onStepSubmit(step: StepId, event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readStep(step, new FormData(event.currentTarget), t);
    if ('errors' in read) {
      setErrors({ fields: read.errors as Record<string, string> });
      return;
    }
    // Another sector starts the questions about the organisation afresh.
    const newSector = step === 'sector' && read.answers.sector !== answers.sector;
    const updated = newSector ? { ...read.answers } : { ...answers, ...read.answers };
    setAnswers(updated);
    go(nextAfter(step, updated));
  }

  function previous(step: StepId) {
    const i = steps.indexOf(step);
    if (i > 0) go({ kind: 'step', step: steps[i - 1] as StepId });
  }

  function onReviewSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (evaluate.isPending || !input) return;
    evaluate.mutate(input, {
      onSuccess: (result) => go({ kind: 'result', result }),
      onError: (error) => setErrors(errorsFromProblem(error, t, [])),
    });
  }

  function change(step: StepId) {
    setBackToReview(true);
    go({ kind: 'step', step });
  }

  function restart() {
    setAnswers({});
    setBackToReview(false);
    go({ kind: 'step', step: 'sector' });
  }

  if (view.kind === 'result') {
    return (
      <div ref={container}>
        <ScopeResultView
          result={view.result}
          focusOnShow
          actions={
            <>
              {input && resultActions?.(input)}
              <div className="weerbaar-actions">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  onClick={() => go({ kind: 'review' })}
                >
                  {t('scopeWizard.result.changeAnswers')}
                </button>
                <button type="button" className="utrecht-button utrecht-button--subtle" onClick={restart}>
                  {t('scopeWizard.result.restart')}
                </button>
              </div>
            </>
          }
        />
      </div>
    );
  }

  if (view.kind === 'review') {
    return (
      <div ref={container} className="weerbaar-scope-wizard">
        <h2 className="utrecht-heading-2" tabIndex={-1}>
          {t('scopeWizard.review.title')}
        </h2>
        <p className="utrecht-paragraph">{t('scopeWizard.review.intro')}</p>
        <ErrorSummary errors={errors} fields={{}} />
        <dl className="weerbaar-scope-review">
          {steps.map((step) => {
            const question = t(`scopeWizard.steps.${step}.legend`);
            return (
              <div className="weerbaar-scope-review__row" key={step}>
                <dt>{question}</dt>
                <dd>{answerText(step, answers, t)}</dd>
                <dd className="weerbaar-no-print">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    aria-label={t('scopeWizard.review.changeLabel', { question })}
                    onClick={() => change(step)}
                  >
                    {t('scopeWizard.review.change')}
                  </button>
                </dd>
              </div>
            );
          })}
        </dl>
        <form className="weerbaar-form" noValidate onSubmit={onReviewSubmit}>
          <div className="weerbaar-actions">
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => go({ kind: 'step', step: steps[steps.length - 1] ?? 'sector' })}
            >
              {t('scopeWizard.previous')}
            </button>
            <SubmitButton busy={evaluate.isPending} busyLabel={t('scopeWizard.review.submitting')}>
              {t('scopeWizard.review.submit')}
            </SubmitButton>
          </div>
        </form>
      </div>
    );
  }

  const { step } = view;
  const position = steps.indexOf(step) + 1;
  const summaryFields = Object.fromEntries(
    Object.keys(errors.fields).map((name) => [name, { id: fieldId(step, name), label: stepFieldLabel(step, name, t) }]),
  );
  return (
    <div ref={container} className="weerbaar-scope-wizard">
      <p className="utrecht-paragraph weerbaar-muted weerbaar-scope-progress">
        {t('scopeWizard.progress', { current: position, total: steps.length })}
      </p>
      <ErrorSummary errors={errors} fields={summaryFields} />
      <form
        key={step}
        className="weerbaar-form"
        noValidate
        onSubmit={(event) => onStepSubmit(step, event)}
        onKeyDown={submitOnEnter}
      >
        <StepFields step={step} answers={answers} type={entityTypeOf(answers)} errors={errors.fields} />
        <div className="weerbaar-actions">
          {position > 1 && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => previous(step)}
            >
              {t('scopeWizard.previous')}
            </button>
          )}
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t('scopeWizard.next')}
          </button>
        </div>
      </form>
    </div>
  );
}

// Enter in a text field submits a form by itself; on a radio button or checkbox it does not, so the
// wizard does the same there: Enter always means "Volgende".
function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLInputElement;
  if (event.key === 'Enter' && (target.type === 'radio' || target.type === 'checkbox')) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}
