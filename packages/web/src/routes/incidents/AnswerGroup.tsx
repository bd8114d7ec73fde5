import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AnswerGroupProps {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** 'yes' | 'no' | 'unknown' */
  defaultValue?: string;
}

/** A yes / no / not yet known question; the first radio's id (`${id}-yes`) is where error links point. */
export function AnswerGroup({ id, name, legend, hint, error, defaultValue = 'unknown' }: AnswerGroupProps) {
  const { t } = useTranslation();
  const described = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={described || undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {hint && (
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {(['yes', 'no', 'unknown'] as const).map((value) => (
        <div className="utrecht-form-field utrecht-form-field--radio" key={value}>
          <input
            id={`${id}-${value}`}
            name={name}
            type="radio"
            value={value}
            defaultChecked={defaultValue === value}
            className="utrecht-radio-button utrecht-radio-button--html-input"
          />
          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${value}`}>
            {t(`incidents.answers.${value}`)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** yes → true, no → false, unknown → undefined (a fact not yet known). */
export const answerToFact = (value: string | undefined): boolean | undefined =>
  value === 'yes' ? true : value === 'no' ? false : undefined;
