import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { missingFields } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useLogDecision } from './crisis-api.ts';
import { instantOf, type PartProps, RoomForm, Section, WhenFields } from './room-parts.tsx';

export function DecisionsSection({ crisis: c, canPost, onSaved }: PartProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const log = useLogDecision(c.id);
  const fields = {
    decision: { id: 'decision-text', label: t('crisis.decisions.decision') },
    decidedBy: { id: 'decision-by', label: t('crisis.decisions.decidedBy') },
    basis: { id: 'decision-basis', label: t('crisis.decisions.basis') },
  };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (log.isPending) return;
    const data = new FormData(event.currentTarget);
    const decision = String(data.get('decision') ?? '').trim();
    const decidedBy = String(data.get('decidedBy') ?? '').trim();
    const basis = String(data.get('basis') ?? '').trim();
    const missing = missingFields({ decision, decidedBy, basis }, t('validation.required'));
    if (Object.keys(missing).length > 0) return form.setErrors({ fields: missing });
    const structure = String(data.get('structure') ?? '');
    log.mutate(
      {
        decision,
        decidedBy,
        basis,
        decidedAt: instantOf(data, 'decided') ?? new Date().toISOString(),
        structure: structure === '' ? null : structure,
      },
      {
        onSuccess: () => {
          form.clear();
          setFormKey((k) => k + 1);
          onSaved(t('crisis.decisions.saved'));
        },
        onError: form.fromProblem,
      },
    );
  }

  return (
    <Section id="crisis-decisions" title={t('crisis.sections.decisions')}>
      {c.decisions.length === 0 ? (
        <p className="utrecht-paragraph">{t('crisis.decisions.empty')}</p>
      ) : (
        <ol className="utrecht-ordered-list" data-testid="crisis-decisions">
          {c.decisions.map((d) => (
            <li className="utrecht-ordered-list__item" key={d.id} value={d.number}>
              <strong>{d.decision}</strong> — {d.decidedBy}, {formatDateTime(d.decidedAt, locale)}.{' '}
              {t('crisis.decisions.basis')}: {d.basis}
            </li>
          ))}
        </ol>
      )}
      {canPost && (
        <RoomForm
          key={formKey}
          id="decision-form"
          title={t('crisis.decisions.add')}
          errors={form.errors}
          fields={fields}
          busy={log.isPending}
          submitLabel={t('crisis.decisions.submit')}
          onSubmit={onSubmit}
        >
          <TextAreaField
            id="decision-text"
            name="decision"
            label={fields.decision.label}
            error={form.errors.fields.decision}
            maxLength={4000}
          />
          <TextField
            id="decision-by"
            name="decidedBy"
            label={fields.decidedBy.label}
            error={form.errors.fields.decidedBy}
            maxLength={200}
          />
          <TextAreaField
            id="decision-basis"
            name="basis"
            label={fields.basis.label}
            error={form.errors.fields.basis}
            maxLength={4000}
          />
          <SelectField
            id="decision-structure"
            name="structure"
            label={t('crisis.decisions.structure')}
            options={[
              { value: '', label: t('crisis.decisions.noStructure') },
              ...c.structures.map((s) => ({ value: s.key, label: s.label })),
            ]}
          />
          <WhenFields prefix="decided" label={t('crisis.decisions.decidedAtHint')} />
        </RoomForm>
      )}
    </Section>
  );
}
