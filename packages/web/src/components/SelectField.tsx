import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FormField } from './FormField.tsx';

export interface Option {
  value: string;
  label: string;
}

/** Options under a heading of their own (an optgroup), after the plain options. */
export interface OptionGroup {
  label: string;
  options: readonly Option[];
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: ReactNode;
  options: readonly Option[];
  groups?: readonly OptionGroup[];
  hint?: ReactNode;
  error?: string;
}

export function SelectField({ id, name, label, options, groups = [], hint, error, ...select }: SelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        {...select}
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FormField>
  );
}
