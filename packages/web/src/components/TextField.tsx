import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FormField } from './FormField.tsx';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

export function TextField({ id, name, label, hint, error, optional, className, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        name={name}
        type="text"
        required={!optional}
        {...input}
        className={[
          'utrecht-textbox utrecht-textbox--html-input',
          error ? 'utrecht-textbox--invalid' : '',
          className ?? '',
        ].join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
      />
    </FormField>
  );
}
