import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { DATE_FILTERS, TEXT_FILTERS, type FilterValues } from './audit-filters.ts';

interface AuditFilterFormProps {
  values: FilterValues;
  onSearch: (values: FilterValues) => void;
}

const HINTS = {
  subjectType: 'audit.subjectTypeHint',
  actorId: 'audit.actorIdHint',
  action: 'audit.actionHint',
} as const;

export function AuditFilterForm({ values, onSearch }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors([...TEXT_FILTERS, ...DATE_FILTERS]);
  const fields = Object.fromEntries(
    [...TEXT_FILTERS, ...DATE_FILTERS].map((name) => [name, { id: `audit-${name}`, label: t(`audit.${name}`) }]),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitted = formValues(event.currentTarget) as FilterValues;
    if (submitted.from && submitted.to && submitted.to < submitted.from) {
      form.setErrors({ fields: { to: t('validation.dateOrder') } });
      return;
    }
    form.clear();
    onSearch(submitted);
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="audit-filters-heading">
      <h2 className="utrecht-heading-2" id="audit-filters-heading">
        {t('audit.filtersTitle')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-filters" noValidate onSubmit={onSubmit} role="search">
        {TEXT_FILTERS.map((name) => (
          <TextField
            key={name}
            id={`audit-${name}`}
            name={name}
            label={t(`audit.${name}`)}
            optional
            autoComplete="off"
            spellCheck={false}
            defaultValue={values[name] ?? ''}
            hint={name in HINTS ? t(HINTS[name as keyof typeof HINTS]) : undefined}
            error={form.errors.fields[name]}
          />
        ))}
        {DATE_FILTERS.map((name) => (
          <TextField
            key={name}
            id={`audit-${name}`}
            name={name}
            type="date"
            label={t(`audit.${name}`)}
            optional
            defaultValue={values[name] ?? ''}
            error={form.errors.fields[name]}
          />
        ))}
        <div className="weerbaar-actions weerbaar-filters__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => onSearch({})}
          >
            {t('audit.reset')}
          </button>
        </div>
      </form>
    </section>
  );
}
