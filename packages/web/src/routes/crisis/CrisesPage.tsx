import { declarableLevels, type CrisisSummary } from '@weerbaar/core/crisis';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { missingFields } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useCrises, useCrisisSettings, useDeclareCrisis } from './crisis-api.ts';
import './crisis.css';

const INTERVALS_HOURS = [1, 2, 4, 8, 12, 24];
const list = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The crises the organisation runs or takes part in, real ones and exercises apart, and declaring a new one. */
export function CrisesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const exercise = params.get('exercise') === 'true';
  const crises = useCrises(exercise);
  const canDeclare = useCan('authority:triage');
  return (
    <Page title={t('crisis.title')} lead={t('crisis.intro')}>
      <nav aria-label={t('crisis.list.kinds')}>
        <ul className="weerbaar-crisis-sections">
          {[false, true].map((ex) => (
            <li key={String(ex)}>
              <Link
                className="utrecht-link utrecht-link--html-a"
                to={ex ? '/crises?exercise=true' : '/crises'}
                aria-current={ex === exercise ? 'page' : undefined}
                onClick={() => setParams(ex ? { exercise: 'true' } : {})}
              >
                {ex ? t('crisis.list.exercises') : t('crisis.list.real')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {canDeclare && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/crises/instellingen">
            {t('crisis.settings.link')}
          </Link>
        </p>
      )}
      <section className="weerbaar-section" aria-labelledby="crises-heading">
        <h2 className="utrecht-heading-2" id="crises-heading">
          {exercise ? t('crisis.list.exercises') : t('crisis.list.real')}
        </h2>
        <QueryState
          query={crises}
          isEmpty={(items) => items.length === 0}
          emptyTestId="crises-empty"
          empty={exercise ? t('crisis.list.emptyExercises') : t('crisis.list.empty')}
        >
          {(items) => <CrisisTable items={items} />}
        </QueryState>
      </section>
      {canDeclare && <DeclareForm />}
    </Page>
  );
}

function CrisisTable({ items }: { items: CrisisSummary[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table" data-testid="crises-table">
        <caption className="utrecht-table__caption">{t('crisis.list.caption', { count: items.length })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('crisis.fields.title')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('crisis.fields.level')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('crisis.fields.status')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('crisis.fields.declaredAt')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('crisis.fields.nextSitrep')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((c) => (
            <tr className="utrecht-table__row" key={c.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <Link className="utrecht-link utrecht-link--html-a" to={`/crises/${c.id}`}>
                  {c.isExercise ? `${t('crisis.exercise.mark')} ` : ''}
                  {c.reference} {c.title}
                </Link>
              </th>
              <td className="utrecht-table__cell">{c.levelLabel}</td>
              <td className="utrecht-table__cell">{t(`crisis.statuses.${c.status}`)}</td>
              <td className="utrecht-table__cell">{formatDateTime(c.declaredAt, locale)}</td>
              <td className={`utrecht-table__cell${c.sitrepOverdue ? ' weerbaar-overdue' : ''}`}>
                {c.nextSitrepDueAt ? formatDateTime(c.nextSitrepDueAt, locale) : '—'}
                {c.sitrepOverdue ? ` (${t('crisis.sitreps.overdue')})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DeclareForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useCrisisSettings(true);
  const declare = useDeclareCrisis();
  const fields = {
    title: { id: 'crisis-title', label: t('crisis.fields.title') },
    level: { id: 'crisis-level', label: t('crisis.fields.level') },
    reason: { id: 'crisis-reason', label: t('crisis.fields.reason') },
    sectors: { id: 'crisis-sectors', label: t('crisis.fields.sectors') },
    regions: { id: 'crisis-regions', label: t('crisis.fields.regions') },
    structures: { id: 'crisis-structures', label: t('crisis.fields.structures') },
    sitrepIntervalMinutes: { id: 'crisis-interval', label: t('crisis.fields.interval') },
  };
  const form = useFormErrors(fields);
  const [busy, setBusy] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (declare.isPending || busy) return;
    const data = new FormData(event.currentTarget);
    const title = String(data.get('title') ?? '').trim();
    const reason = String(data.get('reason') ?? '').trim();
    const missing = missingFields({ title, reason }, t('validation.required'));
    if (Object.keys(missing).length > 0) return form.setErrors({ fields: missing });
    setBusy(true);
    declare.mutate(
      {
        title,
        reason,
        level: String(data.get('level')),
        description: String(data.get('description') ?? '').trim(),
        scope: { sectors: list(data.get('sectors')), regions: list(data.get('regions')) },
        structures: data.getAll('structures').map(String),
        sitrepIntervalMinutes: Number(data.get('sitrepIntervalMinutes')) * 60,
        isExercise: data.get('isExercise') === 'on',
      },
      {
        onSuccess: (crisis) => void navigate(`/crises/${crisis.id}`),
        onError: (e) => {
          setBusy(false);
          form.fromProblem(e);
        },
      },
    );
  }

  return (
    <section className="weerbaar-section" aria-labelledby="declare-heading">
      <h2 className="utrecht-heading-2" id="declare-heading">
        {t('crisis.declare.title')}
      </h2>
      <p className="utrecht-paragraph">{t('crisis.declare.intro')}</p>
      <QueryState query={settings}>
        {(s) => (
          <>
            <ErrorSummary errors={form.errors} fields={fields} />
            <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="declare-form">
              <TextField
                id="crisis-title"
                name="title"
                label={fields.title.label}
                error={form.errors.fields.title}
                maxLength={200}
              />
              <SelectField
                id="crisis-level"
                name="level"
                label={fields.level.label}
                error={form.errors.fields.level}
                options={declarableLevels(s.levels).map((l) => ({ value: l.key, label: l.label }))}
              />
              <TextAreaField
                id="crisis-reason"
                name="reason"
                label={fields.reason.label}
                hint={t('crisis.declare.reasonHint')}
                error={form.errors.fields.reason}
                maxLength={4000}
              />
              <TextAreaField
                id="crisis-description"
                name="description"
                label={t('crisis.fields.description')}
                optional
                maxLength={10_000}
              />
              <TextField
                id="crisis-sectors"
                name="sectors"
                label={fields.sectors.label}
                hint={t('crisis.declare.listHint')}
                error={form.errors.fields.sectors}
                optional
              />
              <TextField
                id="crisis-regions"
                name="regions"
                label={fields.regions.label}
                hint={t('crisis.declare.listHint')}
                error={form.errors.fields.regions}
                optional
              />
              <CheckboxGroup
                id="crisis-structures"
                name="structures"
                label={fields.structures.label}
                options={s.structures.map((st) => ({ value: st.key, label: st.label }))}
              />
              <SelectField
                id="crisis-interval"
                name="sitrepIntervalMinutes"
                label={fields.sitrepIntervalMinutes.label}
                defaultValue={String(s.defaultSitrepIntervalMinutes / 60)}
                options={INTERVALS_HOURS.map((h) => ({
                  value: String(h),
                  label: t('crisis.declare.everyHours', { count: h }),
                }))}
              />
              <CheckboxField
                id="crisis-exercise"
                name="isExercise"
                label={t('crisis.declare.isExercise')}
                defaultChecked={false}
              />
              <div className="weerbaar-actions">
                <SubmitButton busy={declare.isPending || busy} busyLabel={t('common.saving')}>
                  {t('crisis.declare.submit')}
                </SubmitButton>
              </div>
            </form>
          </>
        )}
      </QueryState>
    </section>
  );
}
