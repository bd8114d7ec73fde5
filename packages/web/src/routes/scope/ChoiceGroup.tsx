import type { ReactNode } from 'react';

export interface Choice {
  value: string;
  label: ReactNode;
}

interface ChoiceGroupProps {
  /** Prefix of the ids; the first option's id is `${id}-0`, which error links point at. */
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  choices: readonly Choice[];
  /** What is selected when the step opens (the earlier answer, when going back). */
  selected?: readonly string[];
}

export const firstChoiceId = (id: string) => `${id}-0`;

/**
 * A question with radio buttons or checkboxes: the fieldset's legend is the question, and the hint (the
 * help text citing the article) and the error are tied to it, so a screen reader reads them with it.
 */
export function ChoiceGroup({ id, name, type, legend, hint, error, choices, selected = [] }: ChoiceGroupProps) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset weerbaar-choice-group${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend weerbaar-question">
        {legend}
      </legend>
      {hint && (
        <p className="utrecht-form-field-description weerbaar-question__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {choices.map((choice, i) => {
        const choiceId = `${id}-${i}`;
        return (
          <div className={`utrecht-form-field utrecht-form-field--${type} weerbaar-choice`} key={choice.value}>
            <input
              id={choiceId}
              name={name}
              type={type}
              value={choice.value}
              defaultChecked={selected.includes(choice.value)}
              className={
                type === 'radio'
                  ? `utrecht-radio-button utrecht-radio-button--html-input${error ? ' utrecht-radio-button--invalid' : ''}`
                  : `utrecht-checkbox utrecht-checkbox--html-input${error ? ' utrecht-checkbox--invalid' : ''}`
              }
            />
            <label className={`utrecht-form-label utrecht-form-label--${type}`} htmlFor={choiceId}>
              {choice.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
