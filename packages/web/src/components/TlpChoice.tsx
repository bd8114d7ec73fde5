import { TLP_LABELS, type TlpLabel } from '@weerbaar/core/sharing';
import { useTranslation } from 'react-i18next';
import { TlpBadge } from './TlpBadge.tsx';

interface TlpChoiceProps {
  /** The fieldset's id (the error summary links to it) and the prefix of each radio's id. */
  id: string;
  name: string;
  legend: string;
  value: TlpLabel;
  onChange: (tlp: TlpLabel) => void;
  error?: string;
  /** The labels to offer (default all five, widest first). */
  labels?: readonly TlpLabel[];
}

/**
 * The choice of a TLP 2.0 label: one radio per label, each with what it means in plain words (tlp.meaning),
 * so nobody has to know the protocol to pick the right audience.
 */
export function TlpChoice({ id, name, legend, value, onChange, error, labels = TLP_LABELS }: TlpChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset
      className={`utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {labels.map((label) => {
        const key = label.replace('+', '-').toLowerCase();
        return (
          <div className="utrecht-form-field utrecht-form-field--radio" key={label}>
            <input
              id={`${id}-${key}`}
              name={name}
              type="radio"
              value={label}
              checked={value === label}
              onChange={() => onChange(label)}
              aria-describedby={`${id}-${key}-meaning`}
              className="utrecht-radio-button utrecht-radio-button--html-input"
            />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${key}`}>
              <TlpBadge tlp={label} />
            </label>
            <p className="utrecht-form-field-description" id={`${id}-${key}-meaning`}>
              {t(`tlp.meaning.${label}`)}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
