// What the crisis room's sections share: a section with its heading, the form that adds to it, the optional
// "when" of a fact or decision.
import type { Crisis } from '@weerbaar/core/crisis';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FormErrors } from '../../forms/form-errors.ts';
import { dutchTimeToIso } from '../../format/date.ts';

/** "Now" unless the person gave a Dutch date and time. */
export function instantOf(data: FormData, prefix: string): string | undefined {
  const date = String(data.get(`${prefix}Date`) ?? '');
  const time = String(data.get(`${prefix}Time`) ?? '');
  if (!date && !time) return new Date().toISOString();
  return dutchTimeToIso(date, time || '00:00');
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="weerbaar-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 className="utrecht-heading-2" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export interface PartProps {
  crisis: Crisis;
  canPost: boolean;
  onSaved: (message: string) => void;
}

export function WhenFields({ prefix, label }: { prefix: string; label: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{label}</legend>
      <TextField id={`${prefix}-date`} name={`${prefix}Date`} type="date" label={t('crisis.fields.date')} optional />
      <TextField id={`${prefix}-time`} name={`${prefix}Time`} type="time" label={t('crisis.fields.time')} optional />
    </fieldset>
  );
}

/** A section's form to add to it: the error summary, a heading (`${id}-heading`), its fields and one submit button. */
export function RoomForm(props: {
  id: string;
  title: string;
  errors: FormErrors;
  fields: Record<string, { id: string; label: string }>;
  busy: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="weerbaar-no-print">
      <ErrorSummary errors={props.errors} fields={props.fields} />
      <form
        className="utrecht-form weerbaar-form"
        noValidate
        onSubmit={props.onSubmit}
        aria-labelledby={`${props.id}-heading`}
      >
        <h3 className="utrecht-heading-3" id={`${props.id}-heading`}>
          {props.title}
        </h3>
        {props.children}
        <div className="weerbaar-actions">
          <SubmitButton busy={props.busy} busyLabel={t('common.saving')}>
            {props.submitLabel}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
