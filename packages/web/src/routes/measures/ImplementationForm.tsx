import {
  IMPLEMENTATION_STATUSES,
  MeasureImplementationInputSchema,
  type ImplementationStatus,
  type Measure,
  type MeasureImplementationInput,
} from '@weerbaar/core/measures';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

const MATURITY = [0, 1, 2, 3, 4, 5] as const;

/** "Label | https://…" per line, as the form shows evidence links; a line without a label uses the address. */
export function parseLinks(text: string): MeasureImplementationInput['evidenceLinks'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf('|');
      if (bar < 0) return { label: line, url: line };
      return { label: line.slice(0, bar).trim() || line.slice(bar + 1).trim(), url: line.slice(bar + 1).trim() };
    });
}

/** How the organisation implements one requirement: the whole record, saved at once. */
export function ImplementationForm({
  measure,
  busy,
  onSave,
}: {
  measure: Measure;
  busy: boolean;
  onSave: (values: MeasureImplementationInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ImplementationStatus>(measure.status);
  const names = [
    'status',
    'maturity',
    'owner',
    'dueDate',
    'reviewDate',
    'howImplemented',
    'justification',
    'evidenceLinks',
  ] as const;
  const fields = Object.fromEntries(
    names.map((f) => [f, { id: `measure-${f}`, label: t(`measures.fields.${f}`) }]),
  ) as Record<(typeof names)[number], { id: string; label: string }>;
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const v = formValues(event.currentTarget);
    const values = {
      status: v.status as ImplementationStatus,
      maturity: v.maturity ? Number(v.maturity) : null,
      owner: v.owner?.trim() || null,
      dueDate: v.dueDate || null,
      reviewDate: v.reviewDate || null,
      howImplemented: v.howImplemented?.trim() || null,
      justification: v.status === 'not-applicable' ? v.justification?.trim() || null : null,
      evidenceLinks: parseLinks(v.evidenceLinks ?? ''),
    };
    if (!form.check(MeasureImplementationInputSchema, values)) return;
    onSave(values).catch(form.fromProblem);
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...fields.status}
          name="status"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as ImplementationStatus)}
          options={IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`measures.statuses.${s}`) }))}
          error={form.errors.fields.status}
        />
        {status === 'not-applicable' && (
          <TextAreaField
            {...fields.justification}
            name="justification"
            maxLength={5000}
            defaultValue={measure.justification ?? ''}
            hint={t('measures.form.justificationHint')}
            error={form.errors.fields.justification}
          />
        )}
        <TextAreaField
          {...fields.howImplemented}
          name="howImplemented"
          optional
          maxLength={5000}
          defaultValue={measure.howImplemented ?? ''}
          hint={t('measures.form.howHint')}
          error={form.errors.fields.howImplemented}
        />
        <SelectField
          {...fields.maturity}
          name="maturity"
          defaultValue={measure.maturity === null ? '' : String(measure.maturity)}
          hint={t('measures.form.maturityHint')}
          options={[
            { value: '', label: t('measures.form.notRated') },
            ...MATURITY.map((m) => ({ value: String(m), label: t(`measures.maturity.${m}`) })),
          ]}
          error={form.errors.fields.maturity}
        />
        <TextField
          {...fields.owner}
          name="owner"
          optional
          maxLength={200}
          defaultValue={measure.owner ?? ''}
          hint={t('measures.form.ownerHint')}
          error={form.errors.fields.owner}
        />
        <TextField
          {...fields.dueDate}
          name="dueDate"
          type="date"
          optional
          defaultValue={measure.dueDate ?? ''}
          error={form.errors.fields.dueDate}
        />
        <TextField
          {...fields.reviewDate}
          name="reviewDate"
          type="date"
          optional
          defaultValue={measure.reviewDate ?? ''}
          hint={t('measures.form.reviewHint')}
          error={form.errors.fields.reviewDate}
        />
        <TextAreaField
          {...fields.evidenceLinks}
          name="evidenceLinks"
          optional
          defaultValue={measure.evidenceLinks.map((l) => `${l.label} | ${l.url}`).join('\n')}
          hint={t('measures.form.linksHint')}
          error={form.errors.fields.evidenceLinks}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={busy} busyLabel={t('common.saving')}>
            {t('common.save')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
