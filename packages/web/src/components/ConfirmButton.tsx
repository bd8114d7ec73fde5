import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** Visible text of the button that opens the question. */
  children: ReactNode;
  /** Accessible name of that button when the visible text alone is ambiguous (e.g. in a table). */
  ariaLabel?: string;
  title: string;
  text: ReactNode;
  confirmLabel?: string;
  onConfirm: () => void | Promise<unknown>;
}

/**
 * A destructive action behind a question. Uses the native modal <dialog>: it traps focus, closes
 * on Escape and gives focus back to the button, without any script of our own for that.
 */
export function ConfirmButton({ children, ariaLabel, title, text, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function confirm() {
    if (busy) return;
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      dialog.current?.close();
    }
  }

  return (
    <>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action utrecht-button--danger"
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {children}
      </button>
      <dialog ref={dialog} className="weerbaar-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
        <h2 className="utrecht-heading-2" id={`${id}-title`}>
          {title}
        </h2>
        <div id={`${id}-text`}>{typeof text === 'string' ? <p className="utrecht-paragraph">{text}</p> : text}</div>
        <div className="utrecht-button-group weerbaar-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action utrecht-button--danger"
            aria-disabled={busy || undefined}
            onClick={() => void confirm()}
          >
            {confirmLabel ?? t('confirm.confirm')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            autoFocus
            onClick={() => dialog.current?.close()}
          >
            {t('confirm.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
