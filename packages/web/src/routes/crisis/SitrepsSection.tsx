import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useIssueSitrep } from './crisis-api.ts';
import { type PartProps, RoomForm, Section } from './room-parts.tsx';

export function SitrepsSection({ crisis: c, canPost, onSaved }: PartProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const issue = useIssueSitrep(c.id);
  const fields = { summary: { id: 'sitrep-summary', label: t('crisis.sitreps.summary') } };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (issue.isPending) return;
    const summary = String(new FormData(event.currentTarget).get('summary') ?? '').trim();
    if (!summary) return form.setErrors({ fields: { summary: t('validation.required') } });
    issue.mutate(
      { summary },
      {
        onSuccess: (s) => {
          form.clear();
          setFormKey((k) => k + 1);
          onSaved(t('crisis.sitreps.saved', { number: s.number }));
        },
        onError: form.fromProblem,
      },
    );
  }

  return (
    <Section id="crisis-sitreps" title={t('crisis.sections.sitreps')}>
      <p className="utrecht-paragraph">{t('crisis.sitreps.rhythm', { count: c.sitrepIntervalMinutes / 60 })}</p>
      {c.sitreps.length === 0 ? (
        <p className="utrecht-paragraph">{t('crisis.sitreps.empty')}</p>
      ) : (
        <ul className="utrecht-unordered-list" data-testid="crisis-sitreps">
          {c.sitreps.map((s) => (
            <li className="utrecht-unordered-list__item" key={s.id}>
              <Link className="utrecht-link utrecht-link--html-a" to={`/crises/${c.id}/sitreps/${s.id}`}>
                {t('crisis.sitreps.name', { number: s.number })}
              </Link>{' '}
              — {formatDateTime(s.issuedAt, locale)} ({s.issuedBy})
            </li>
          ))}
        </ul>
      )}
      {canPost && (
        <RoomForm
          key={formKey}
          id="sitrep-form"
          title={t('crisis.sitreps.add')}
          errors={form.errors}
          fields={fields}
          busy={issue.isPending}
          submitLabel={t('crisis.sitreps.submit')}
          onSubmit={onSubmit}
        >
          <p className="utrecht-paragraph">{t('crisis.sitreps.addHint')}</p>
          <TextAreaField
            id="sitrep-summary"
            name="summary"
            label={fields.summary.label}
            error={form.errors.fields.summary}
            maxLength={10_000}
          />
        </RoomForm>
      )}
    </Section>
  );
}
