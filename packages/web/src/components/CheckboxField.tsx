import type { ReactNode } from 'react';

interface CheckboxFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  defaultChecked: boolean;
  /** What the form posts when ticked (default "on"); for several boxes of one name, each item's id. */
  value?: string;
}

/** One checkbox with its label, as the NL Design System draws it (a form posts it as "on" when ticked). */
export function CheckboxField({ id, name, label, defaultChecked, value }: CheckboxFieldProps) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        className="utrecht-checkbox utrecht-checkbox--html-input"
        defaultChecked={defaultChecked}
      />{' '}
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
