import { AgendaItemCreateSchema, type Agenda } from '@weerbaar/core/exercise-agenda';
import { THREAT_CATALOGUE, THREAT_THEMES, type ThreatThemeId } from '@weerbaar/core/risk';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { CoverageGrid } from './CoverageGrid.tsx';
import { useAgenda, usePlanItem } from './exercise-agenda-api.ts';
import { themeName } from './theme-name.ts';

const lines = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** One agenda: which themes were exercised or planned per year, its items, and a form to add one. */
export function AgendaDetailPage() {
  const { agendaId = '' } = useParams();
  const { t } = useTranslation();
  const agenda = useAgenda(agendaId);
  return (
    <QueryState query={agenda}>
      {(a) => (
        <Page title={a.title} lead={t('exerciseAgenda.detailLead', { from: a.firstYear, to: a.lastYear })}>
          <AgendaContent agenda={a} />
        </Page>
      )}
    </QueryState>
  );
}

function AgendaContent({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canManage = useCan('authority:triage');
  return (
    <>
      <section className="weerbaar-section" aria-labelledby="coverage-heading">
        <h2 className="utrecht-heading-2" id="coverage-heading">
          {t('exerciseAgenda.coverage.title')}
        </h2>
        <CoverageGrid coverage={agenda.coverage} />
        {agenda.coverage.uncovered.length > 0 && (
          <p className="utrecht-paragraph" data-testid="agenda-uncovered">
            {t('exerciseAgenda.coverage.uncovered', {
              themes: agenda.coverage.uncovered.map((id) => themeName(id, locale)).join(', '),
            })}
          </p>
        )}
      </section>
      <section className="weerbaar-section" aria-labelledby="items-heading">
        <h2 className="utrecht-heading-2" id="items-heading">
          {t('exerciseAgenda.itemsTitle')}
        </h2>
        {agenda.items.length === 0 ? (
          <p className="utrecht-paragraph">{t('exerciseAgenda.itemsEmpty')}</p>
        ) : (
          <DataTable
            caption={t('exerciseAgenda.itemsCaption')}
            testId="agenda-items"
            rows={agenda.items}
            rowKey={(i) => i.id}
            columns={[
              {
                key: 'title',
                header: t('exerciseAgenda.fields.title'),
                rowHeader: 'cell',
                cell: (i) => (
                  <Link className="utrecht-link utrecht-link--html-a" to={`/exercise-agenda/items/${i.id}`}>
                    {i.title}
                  </Link>
                ),
              },
              { key: 'theme', header: t('exerciseAgenda.fields.theme'), cell: (i) => themeName(i.theme, locale) },
              { key: 'organiser', header: t('exerciseAgenda.fields.organiser'), cell: (i) => i.organiser },
              {
                key: 'period',
                header: t('exerciseAgenda.fields.period'),
                cell: (i) => `${formatDate(i.plannedFrom, locale)} – ${formatDate(i.plannedTo, locale)}`,
              },
              {
                key: 'status',
                header: t('exerciseAgenda.fields.status'),
                cell: (i) => t(`exerciseAgenda.statuses.${i.status}`),
              },
            ]}
          />
        )}
      </section>
      {canManage && (
        <section className="weerbaar-section" aria-labelledby="new-item-heading">
          <h2 className="utrecht-heading-2" id="new-item-heading">
            {t('exerciseAgenda.newItemTitle')}
          </h2>
          <NewItemForm agenda={agenda} />
        </section>
      )}
    </>
  );
}

function NewItemForm({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const plan = usePlanItem(agenda.id);
  const names = [
    'title',
    'theme',
    'threatId',
    'scenario',
    'organiser',
    'objectives',
    'plannedFrom',
    'plannedTo',
    'otherParticipants',
  ] as const;
  const fields = Object.fromEntries(
    names.map((f) => [f, { id: `agenda-item-${f}`, label: t(`exerciseAgenda.fields.${f}`) }]),
  ) as Record<(typeof names)[number], { id: string; label: string }>;
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (plan.isPending) return;
    const v = formValues(event.currentTarget);
    const values = {
      title: v.title?.trim() ?? '',
      theme: (v.theme ?? '') as ThreatThemeId,
      threatId: v.threatId || null,
      scenario: v.scenario?.trim() ?? '',
      organiser: v.organiser?.trim() ?? '',
      objectives: lines(v.objectives),
      plannedFrom: v.plannedFrom ?? '',
      plannedTo: v.plannedTo || v.plannedFrom || '',
      otherParticipants: lines(v.otherParticipants),
    };
    if (!form.check(AgendaItemCreateSchema, values)) return;
    plan
      .mutateAsync(values)
      .then((item) => navigate(`/exercise-agenda/items/${item.id}`))
      .catch(form.fromProblem);
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="agenda-item-form">
        <TextField {...fields.title} name="title" maxLength={200} error={form.errors.fields.title} />
        <SelectField
          {...fields.theme}
          name="theme"
          hint={t('exerciseAgenda.themeHint')}
          error={form.errors.fields.theme}
          options={THREAT_THEMES.map((th) => ({ value: th.id, label: themeName(th.id, locale) }))}
        />
        <SelectField
          {...fields.threatId}
          name="threatId"
          hint={t('exerciseAgenda.threatHint')}
          error={form.errors.fields.threatId}
          options={[
            { value: '', label: t('exerciseAgenda.noThreat') },
            ...THREAT_CATALOGUE.map((th) => ({ value: th.id, label: locale === 'en' ? th.nameEn : th.nameNl })),
          ]}
        />
        <TextAreaField {...fields.scenario} name="scenario" error={form.errors.fields.scenario} />
        <TextField
          {...fields.organiser}
          name="organiser"
          maxLength={200}
          hint={t('exerciseAgenda.organiserHint')}
          error={form.errors.fields.organiser}
        />
        <TextAreaField
          {...fields.objectives}
          name="objectives"
          hint={t('exerciseAgenda.linesHint')}
          error={form.errors.fields.objectives}
        />
        <TextField {...fields.plannedFrom} name="plannedFrom" type="date" error={form.errors.fields.plannedFrom} />
        <TextField {...fields.plannedTo} name="plannedTo" type="date" optional error={form.errors.fields.plannedTo} />
        <TextAreaField
          {...fields.otherParticipants}
          name="otherParticipants"
          optional
          hint={t('exerciseAgenda.otherParticipantsHint')}
          error={form.errors.fields.otherParticipants}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={plan.isPending} busyLabel={t('common.saving')}>
            {t('exerciseAgenda.planSubmit')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
