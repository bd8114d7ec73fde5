import type { FormEvent, ReactNode } from 'react';

interface FilterFormProps {
  /** Names the search landmark ("Eisen filteren"). */
  label: string;
  /** Text of the submit button. */
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/**
 * The filter form above a list: a search landmark with its fields and one submit button. The page keeps
 * the filters in the URL; give this form `key={url.key}` so it shows the URL's values again after a back
 * or forward navigation (the fields are uncontrolled, with defaultValue from the URL).
 */
export function FilterForm({ label, submitLabel, onSubmit, children }: FilterFormProps) {
  return (
    <form className="utrecht-form weerbaar-filters" role="search" aria-label={label} onSubmit={onSubmit}>
      {children}
      <div className="weerbaar-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
