import type { ReactNode } from 'react';

interface SubmitButtonProps {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
  variant?: 'primary-action' | 'secondary-action';
}

// While busy the button stays focusable (aria-disabled, not disabled), so keyboard focus is not
// thrown back to the page; the form's submit handler ignores repeated submits.
export function SubmitButton({ busy, busyLabel, children, variant = 'primary-action' }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      className={`utrecht-button utrecht-button--${variant}${busy ? ' utrecht-button--busy' : ''}`}
      aria-disabled={busy || undefined}
    >
      {busy ? busyLabel : children}
    </button>
  );
}
