import { AUDIT_ACTIONS } from '@weerbaar/core/events';
import type { AuditFacets } from '@weerbaar/core/platform';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { DATE_FILTERS, TEXT_FILTERS, type FilterValues } from './audit-filters.ts';
import { actionLabel, subjectTypeLabel } from './audit-labels.ts';

interface AuditFilterFormProps {
  values: FilterValues;
  facets: AuditFacets | undefined;
  /** The technical view also offers the subject's id. */
  technical: boolean;
  onSearch: (values: FilterValues) => void;
}

/** Filters with pickers: a person (or system), an action and a kind of subject by name, and dates. */
export function AuditFilterForm({ values, facets, technical, onSearch }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors([...TEXT_FILTERS, ...DATE_FILTERS]);
  const fields = Object.fromEntries(
    [...TEXT_FILTERS, ...DATE_FILTERS].map((name) => [name, { id: `audit-${name}`, label: t(`audit.${name}`) }]),
  );
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'nl');
  const people = (facets?.actors ?? []).map((a) => ({
    value: a.id,
    label: `${a.label} (${t(`audit.actorTypes.${a.type}`)})`,
  }));
  const actions = AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a, t) })).sort(byLabel);
  const subjectTypes = (facets?.subjectTypes ?? []).map((s) => ({ value: s, label: subjectTypeLabel(s, t) }));
  // A filter set by a link (an id the facets do not list) stays selectable rather than silently dropped.
  const keep = (options: { value: string; label: string }[], value: string | undefined) =>
    value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitted = formValues(event.currentTarget) as FilterValues;
    if (submitted.from && submitted.to && submitted.to < submitted.from) {
      form.setErrors({ fields: { to: t('validation.dateOrder') } });
      return;
    }
    form.clear();
    // The subject id is only a field in the technical view; elsewhere a click in the table sets it.
    onSearch(technical ? submitted : { ...submitted, subjectId: values.subjectId });
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="audit-filters-heading">
      <h2 className="utrecht-heading-2" id="audit-filters-heading">
        {t('audit.filtersTitle')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-filters" noValidate onSubmit={onSubmit} role="search">
        <SelectField
          id="audit-actorId"
          name="actorId"
          label={t('audit.person')}
          options={[{ value: '', label: t('audit.anyPerson') }, ...keep(people, values.actorId)]}
          defaultValue={values.actorId ?? ''}
        />
        <SelectField
          id="audit-action"
          name="action"
          label={t('audit.action')}
          options={[{ value: '', label: t('audit.anyAction') }, ...keep(actions, values.action)]}
          defaultValue={values.action ?? ''}
        />
        <SelectField
          id="audit-subjectType"
          name="subjectType"
          label={t('audit.subjectTypeLabel')}
          hint={t('audit.subjectFilterHint')}
          options={[{ value: '', label: t('audit.anySubjectType') }, ...keep(subjectTypes, values.subjectType)]}
          defaultValue={values.subjectType ?? ''}
        />
        {technical && (
          <TextField
            id="audit-subjectId"
            name="subjectId"
            label={t('audit.subjectId')}
            optional
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.subjectId ?? ''}
            error={form.errors.fields.subjectId}
          />
        )}
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
