import { AgendaCreateSchema } from '@weerbaar/core/exercise-agenda';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useAgendas, useCreateAgenda } from './exercise-agenda-api.ts';

/**
 * The authority's interdepartmental exercise agendas (issue 16 item 6): several years of exercises on the
 * themes of the national risk analysis (Rijksbrede Risicoanalyse Nationale Veiligheid, nine themes).
 */
export function ExerciseAgendaPage() {
  const { t } = useTranslation();
  const agendas = useAgendas();
  const canManage = useCan('authority:triage');
  return (
    <Page title={t('exerciseAgenda.title')} lead={t('exerciseAgenda.intro')}>
      <section className="weerbaar-section" aria-labelledby="agendas-heading">
        <h2 className="utrecht-heading-2" id="agendas-heading">
          {t('exerciseAgenda.listTitle')}
        </h2>
        <QueryState query={agendas} empty={t('exerciseAgenda.empty')} isEmpty={(d) => d.length === 0}>
          {(items) => (
            <DataTable
              caption={t('exerciseAgenda.listCaption')}
              testId="exercise-agendas"
              rows={items}
              rowKey={(a) => a.id}
              columns={[
                {
                  key: 'title',
                  header: t('exerciseAgenda.fields.title'),
                  rowHeader: 'cell',
                  cell: (a) => (
                    <Link className="utrecht-link utrecht-link--html-a" to={`/exercise-agenda/${a.id}`}>
                      {a.title}
                    </Link>
                  ),
                },
                {
                  key: 'years',
                  header: t('exerciseAgenda.fields.years'),
                  cell: (a) => `${a.firstYear}–${a.lastYear}`,
                },
                { key: 'items', header: t('exerciseAgenda.fields.itemCount'), numeric: true, cell: (a) => a.itemCount },
              ]}
            />
          )}
        </QueryState>
      </section>
      {canManage && (
        <section className="weerbaar-section" aria-labelledby="new-agenda-heading">
          <h2 className="utrecht-heading-2" id="new-agenda-heading">
            {t('exerciseAgenda.newTitle')}
          </h2>
          <NewAgendaForm />
        </section>
      )}
    </Page>
  );
}

function NewAgendaForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgenda();
  const fields = {
    title: { id: 'agenda-title', label: t('exerciseAgenda.fields.title') },
    firstYear: { id: 'agenda-first-year', label: t('exerciseAgenda.fields.firstYear') },
    lastYear: { id: 'agenda-last-year', label: t('exerciseAgenda.fields.lastYear') },
  };
  const form = useFormErrors(fields);
  const year = new Date().getFullYear();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const v = formValues(event.currentTarget);
    const values = {
      title: v.title?.trim() ?? '',
      firstYear: Number(v.firstYear),
      lastYear: Number(v.lastYear),
    };
    if (!form.check(AgendaCreateSchema, values)) return;
    create
      .mutateAsync(values)
      .then((a) => navigate(`/exercise-agenda/${a.id}`))
      .catch(form.fromProblem);
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="agenda-form">
        <TextField {...fields.title} name="title" maxLength={200} error={form.errors.fields.title} />
        <TextField
          {...fields.firstYear}
          name="firstYear"
          inputMode="numeric"
          defaultValue={String(year)}
          error={form.errors.fields.firstYear}
        />
        <TextField
          {...fields.lastYear}
          name="lastYear"
          inputMode="numeric"
          defaultValue={String(year + 3)}
          hint={t('exerciseAgenda.lastYearHint')}
          error={form.errors.fields.lastYear}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={create.isPending} busyLabel={t('common.saving')}>
            {t('exerciseAgenda.createSubmit')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
