import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField.tsx';
import { missingFields } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { dutchTimeToIso, formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAddAction, useChangeAction } from './crisis-api.ts';
import { type PartProps, RoomForm, Section } from './room-parts.tsx';

export function ActionsSection({ crisis: c, canPost, onSaved }: PartProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const add = useAddAction(c.id);
  const change = useChangeAction(c.id);
  const fields = {
    title: { id: 'action-title', label: t('crisis.actions.title') },
    owner: { id: 'action-owner', label: t('crisis.actions.owner') },
    dueAt: { id: 'action-due-date', label: t('crisis.actions.dueAt') },
  };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const data = new FormData(event.currentTarget);
    const title = String(data.get('title') ?? '').trim();
    const owner = String(data.get('owner') ?? '').trim();
    const date = String(data.get('dueDate') ?? '');
    const dueAt = date ? dutchTimeToIso(date, String(data.get('dueTime') ?? '') || '17:00') : undefined;
    const missing = missingFields({ title, owner, dueAt }, t('validation.required'));
    if (Object.keys(missing).length > 0 || !dueAt) return form.setErrors({ fields: missing });
    add.mutate(
      { title, owner, dueAt },
      {
        onSuccess: () => {
          form.clear();
          setFormKey((k) => k + 1);
          onSaved(t('crisis.actions.saved'));
        },
        onError: form.fromProblem,
      },
    );
  }

  return (
    <Section id="crisis-actions" title={t('crisis.sections.actions')}>
      {c.actions.length === 0 ? (
        <p className="utrecht-paragraph">{t('crisis.actions.empty')}</p>
      ) : (
        <div className="weerbaar-table-scroll">
          <table className="utrecht-table" data-testid="crisis-actions">
            <caption className="utrecht-table__caption">{t('crisis.actions.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('crisis.actions.title')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('crisis.actions.owner')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('crisis.actions.dueAt')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('crisis.actions.state')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {c.actions.map((a) => (
                <tr className="utrecht-table__row" key={a.id}>
                  <td className="utrecht-table__cell">
                    {a.title}
                    {a.kind === 'improvement' ? ` (${t('crisis.close.improvement')})` : ''}
                  </td>
                  <td className="utrecht-table__cell">{a.owner}</td>
                  <td className={`utrecht-table__cell${a.overdue ? ' weerbaar-overdue' : ''}`}>
                    {a.dueAt ? formatDateTime(a.dueAt, locale) : '—'}
                    {a.overdue ? ` (${t('crisis.actions.overdue')})` : ''}
                  </td>
                  <td className="utrecht-table__cell">
                    {a.doneAt ? t('crisis.actions.done') : t('crisis.actions.open')}{' '}
                    {canPost && (
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--subtle weerbaar-no-print"
                        aria-disabled={change.isPending || undefined}
                        onClick={() => !change.isPending && change.mutate({ actionId: a.id, done: a.doneAt === null })}
                      >
                        {a.doneAt
                          ? t('crisis.actions.reopen', { title: a.title })
                          : t('crisis.actions.markDone', { title: a.title })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canPost && (
        <RoomForm
          key={formKey}
          id="action-form"
          title={t('crisis.actions.add')}
          errors={form.errors}
          fields={fields}
          busy={add.isPending}
          submitLabel={t('crisis.actions.submit')}
          onSubmit={onSubmit}
        >
          <TextField
            id="action-title"
            name="title"
            label={fields.title.label}
            error={form.errors.fields.title}
            maxLength={500}
          />
          <TextField
            id="action-owner"
            name="owner"
            label={fields.owner.label}
            hint={t('crisis.actions.ownerHint')}
            error={form.errors.fields.owner}
            maxLength={200}
          />
          <TextField
            id="action-due-date"
            name="dueDate"
            type="date"
            label={fields.dueAt.label}
            error={form.errors.fields.dueAt}
          />
          <TextField id="action-due-time" name="dueTime" type="time" label={t('crisis.fields.time')} optional />
        </RoomForm>
      )}
    </Section>
  );
}
