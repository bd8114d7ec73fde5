import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, FormField } from './FormField.tsx';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

export function TextAreaField({ id, name, label, hint, error, optional, ...area }: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        name={name}
        rows={4}
        // aria-required, not required: a pristine empty box must not look invalid before any submit.
        aria-required={!optional || undefined}
        {...area}
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
      />
    </FormField>
  );
}
