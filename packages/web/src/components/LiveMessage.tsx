interface LiveMessageProps {
  message: string | undefined;
}

/**
 * A polite status line for results of actions ("Het token is ingetrokken"). The region is always
 * in the page, so screen readers announce the text when it appears.
 */
export function LiveMessage({ message }: LiveMessageProps) {
  return (
    <div role="status" className="weerbaar-live">
      {message && <p className="utrecht-paragraph weerbaar-live__text">{message}</p>}
    </div>
  );
}
