import type { ReactNode } from 'react';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
}

interface CheckboxGroupProps {
  id: string;
  name: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Id of the error text, so each box is read with it. */
  describedBy?: string;
}

/** Checkboxes sharing one name; the fieldset around them carries the question. */
export function CheckboxGroup({ id, name, options, selected, onChange, describedBy }: CheckboxGroupProps) {
  return (
    <ul className="weerbaar-checkboxes" id={id} tabIndex={-1}>
      {options.map((o, i) => {
        const boxId = `${id}-${i}`;
        const checked = selected.includes(o.value);
        return (
          <li key={o.value} className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id={boxId}
              type="checkbox"
              name={name}
              value={o.value}
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={checked}
              aria-describedby={describedBy}
              onChange={() => onChange(checked ? selected.filter((v) => v !== o.value) : [...selected, o.value])}
            />{' '}
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={boxId}>
              {o.label}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
