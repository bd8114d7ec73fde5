import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldMessages {
  id: string;
  hint?: ReactNode;
  error?: string;
}

/** The ids a control must point at with aria-describedby, so hint and error are read out with it. */
export function describedBy({ id, hint, error }: FieldMessages): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface FormFieldProps extends FieldMessages {
  label: ReactNode;
  optional?: boolean;
  children: ReactNode;
}

/** Utrecht form-field layout: label, hint, error, control, in that reading order. */
export function FormField({ id, label, hint, error, optional, children }: FormFieldProps) {
  const { t } = useTranslation();
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional && <span className="weerbaar-optional"> ({t('common.optional')})</span>}
        </label>
      </div>
      {hint && (
        <div className="utrecht-form-field__description" id={`${id}-hint`}>
          <p className="utrecht-form-field-description">{hint}</p>
        </div>
      )}
      {error && (
        <div className="utrecht-form-field__error-message" id={`${id}-error`}>
          <p className="utrecht-form-field-error-message">{error}</p>
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}
