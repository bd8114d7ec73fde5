import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../forms/form-errors.ts';

interface ErrorSummaryProps {
  errors: FormErrors;
  /** Field name → input id and label, so the summary can link to each field with an error. */
  fields: Record<string, { id: string; label: string }>;
}

/**
 * Shown above a form after a failed submit. It takes focus, so keyboard and screen reader users
 * learn at once what went wrong, and each line links to the field it is about.
 */
export function ErrorSummary({ errors, fields }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const fieldErrors = Object.entries(errors.fields);
  const visible = errors.form !== undefined || fieldErrors.length > 0;

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [errors, visible]);

  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--error weerbaar-alert weerbaar-error-summary"
      role="alert"
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 className="utrecht-heading-3">{t('errors.title')}</h2>
          {errors.form && <p className="utrecht-paragraph">{errors.form}</p>}
          {fieldErrors.length > 0 && (
            <>
              <p className="utrecht-paragraph">{t('errors.summary')}</p>
              <ul className="utrecht-unordered-list">
                {fieldErrors.map(([name, message]) => {
                  const field = fields[name];
                  return (
                    <li className="utrecht-unordered-list__item" key={name}>
                      {field ? (
                        <a
                          className="utrecht-link utrecht-link--html-a"
                          href={`#${field.id}`}
                          onClick={focusField(field.id)}
                        >
                          {field.label}: {message}
                        </a>
                      ) : (
                        // A field without an input here: its message alone, never its path.
                        message
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

// An in-page anchor would change the URL hash and let the router react; focusing directly does not.
const focusField = (id: string) => (event: MouseEvent) => {
  event.preventDefault();
  document.getElementById(id)?.focus();
};
