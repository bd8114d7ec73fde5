import { FACT_CERTAINTIES } from '@weerbaar/core/crisis';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { missingFields } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAddFact } from './crisis-api.ts';
import { instantOf, type PartProps, RoomForm, Section, WhenFields } from './room-parts.tsx';

export function PictureSection({ crisis: c, canPost, onSaved }: PartProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const add = useAddFact(c.id);
  const fields = {
    statement: { id: 'fact-statement', label: t('crisis.picture.statement') },
    source: { id: 'fact-source', label: t('crisis.picture.source') },
    observedAt: { id: 'fact-when-date', label: t('crisis.picture.observedAt') },
  };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const data = new FormData(event.currentTarget);
    const statement = String(data.get('statement') ?? '').trim();
    const source = String(data.get('source') ?? '').trim();
    const observedAt = instantOf(data, 'when');
    const missing = missingFields({ statement, source, observedAt }, t('validation.required'));
    if (Object.keys(missing).length > 0 || !observedAt) return form.setErrors({ fields: missing });
    add.mutate(
      { statement, source, observedAt, certainty: String(data.get('certainty')) as (typeof FACT_CERTAINTIES)[number] },
      {
        onSuccess: () => {
          form.clear();
          setFormKey((k) => k + 1);
          onSaved(t('crisis.picture.saved'));
        },
        onError: form.fromProblem,
      },
    );
  }

  return (
    <Section id="crisis-picture" title={t('crisis.sections.picture')}>
      {c.facts.length === 0 ? (
        <p className="utrecht-paragraph">{t('crisis.picture.empty')}</p>
      ) : (
        <div className="weerbaar-table-scroll">
          <table className="utrecht-table" data-testid="crisis-facts">
            <caption className="utrecht-table__caption">{t('crisis.picture.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('crisis.picture.observedAt')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('crisis.picture.statement')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('crisis.picture.certainty')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('crisis.picture.source')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {c.facts.map((f) => (
                <tr className="utrecht-table__row" key={f.id}>
                  <td className="utrecht-table__cell">{formatDateTime(f.observedAt, locale)}</td>
                  <td className="utrecht-table__cell">{f.statement}</td>
                  <td className="utrecht-table__cell">{t(`crisis.certainty.${f.certainty}`)}</td>
                  <td className="utrecht-table__cell">{f.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canPost && (
        <RoomForm
          key={formKey}
          id="fact-form"
          title={t('crisis.picture.add')}
          errors={form.errors}
          fields={fields}
          busy={add.isPending}
          submitLabel={t('crisis.picture.submit')}
          onSubmit={onSubmit}
        >
          <TextAreaField
            id="fact-statement"
            name="statement"
            label={fields.statement.label}
            error={form.errors.fields.statement}
            maxLength={4000}
          />
          <SelectField
            id="fact-certainty"
            name="certainty"
            label={t('crisis.picture.certainty')}
            options={FACT_CERTAINTIES.map((k) => ({ value: k, label: t(`crisis.certainty.${k}`) }))}
          />
          <TextField
            id="fact-source"
            name="source"
            label={fields.source.label}
            error={form.errors.fields.source}
            maxLength={400}
          />
          <WhenFields prefix="when" label={t('crisis.picture.observedAtHint')} />
        </RoomForm>
      )}
    </Section>
  );
}
