import type { ReactNode } from 'react';

type AlertType = 'info' | 'ok' | 'warning' | 'error';

interface AlertProps {
  type: AlertType;
  heading?: ReactNode;
  children?: ReactNode;
  /** 'alert' interrupts (errors); 'status' is announced politely; none for static notes. */
  live?: 'alert' | 'status';
  headingLevel?: 2 | 3;
  id?: string;
  testId?: string;
}

export function Alert({ type, heading, children, live, headingLevel = 2, id, testId }: AlertProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={`utrecht-alert utrecht-alert--${type} weerbaar-alert`} role={live} id={id} data-testid={testId}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {heading !== undefined && <Heading className={`utrecht-heading-${headingLevel + 1}`}>{heading}</Heading>}
          {children}
        </div>
      </div>
    </div>
  );
}
