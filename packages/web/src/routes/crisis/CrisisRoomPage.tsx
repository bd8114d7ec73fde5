import { FACT_CERTAINTIES, type Crisis } from '@weerbaar/core/crisis';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { dutchTimeToIso, formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import {
  recordPdfUrl,
  useAddAction,
  useAddFact,
  useChangeAction,
  useChangeLevel,
  useCloseCrisis,
  useCrisis,
  useIssueSitrep,
  useLogDecision,
} from './crisis-api.ts';
import { ExerciseBanner } from './ExerciseBanner.tsx';
import './crisis.css';

const SECTIONS = ['picture', 'decisions', 'actions', 'sitreps', 'team', 'scope', 'timeline'] as const;

/** A crisis room: the situation picture, decisions, actions, sitreps, team, scope and timeline on one page. */
export function CrisisRoomPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const crisis = useCrisis(id);
  const title = crisis.data ? `${crisis.data.reference} ${crisis.data.title}` : t('crisis.room.title');
  return (
    <Page title={title}>
      <QueryState query={crisis}>{(c) => <Room crisis={c} />}</QueryState>
    </Page>
  );
}

/** "Now" unless the person gave a Dutch date and time. */
function instantOf(data: FormData, prefix: string): string | undefined {
  const date = String(data.get(`${prefix}Date`) ?? '');
  const time = String(data.get(`${prefix}Time`) ?? '');
  if (!date && !time) return new Date().toISOString();
  return dutchTimeToIso(date, time || '00:00');
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="weerbaar-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 className="utrecht-heading-2" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Room({ crisis: c }: { crisis: Crisis }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [message, setMessage] = useState<string>();
  const open = c.status !== 'closed';
  return (
    <>
      <ExerciseBanner show={c.isExercise} />
      <p className="utrecht-paragraph weerbaar-no-print">
        <Link className="utrecht-link utrecht-link--html-a" to={c.isExercise ? '/crises?exercise=true' : '/crises'}>
          {t('crisis.room.back')}
        </Link>
      </p>
      <LiveMessage message={message} />
      <dl className="weerbaar-facts" data-testid="crisis-summary">
        <dt>{t('crisis.fields.level')}</dt>
        <dd data-testid="crisis-level">{c.levelLabel}</dd>
        <dt>{t('crisis.fields.status')}</dt>
        <dd>{t(`crisis.statuses.${c.status}`)}</dd>
        <dt>{t('crisis.fields.declaredAt')}</dt>
        <dd>
          {formatDateTime(c.declaredAt, locale)} ({c.declaredBy})
        </dd>
        <dt>{t('crisis.fields.structures')}</dt>
        <dd>{c.structures.map((s) => s.label).join(', ') || '—'}</dd>
        <dt>{t('crisis.fields.nextSitrep')}</dt>
        <dd className={c.sitrepOverdue ? 'weerbaar-overdue' : undefined}>
          {c.nextSitrepDueAt ? formatDateTime(c.nextSitrepDueAt, locale) : '—'}
          {c.sitrepOverdue ? ` (${t('crisis.sitreps.overdue')})` : ''}
        </dd>
      </dl>
      <p className="utrecht-paragraph weerbaar-no-print">
        <a className="utrecht-link utrecht-link--html-a" href={recordPdfUrl(c.id)} download>
          {t('crisis.room.recordPdf')}
        </a>
        {' · '}
        <Link className="utrecht-link utrecht-link--html-a" to={`/crisis-requests?crisisId=${c.id}`}>
          {t('crisis.room.requests')}
        </Link>
      </p>
      <nav aria-label={t('crisis.room.sections')} className="weerbaar-no-print">
        <ul className="weerbaar-crisis-sections">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a className="utrecht-link utrecht-link--html-a" href={`#crisis-${s}`}>
                {t(`crisis.sections.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <PictureSection crisis={c} canPost={open && c.may.post} onSaved={setMessage} />
      <DecisionsSection crisis={c} canPost={open && c.may.post} onSaved={setMessage} />
      <ActionsSection crisis={c} canPost={open && c.may.post} onSaved={setMessage} />
      <SitrepsSection crisis={c} canPost={open && c.may.post} onSaved={setMessage} />
      <Section id="crisis-team" title={t('crisis.sections.team')}>
        <ul className="utrecht-unordered-list" data-testid="crisis-team">
          {c.team.map((m) => (
            <li className="utrecht-unordered-list__item" key={m.userId}>
              {m.name} — {t(`crisis.teamRoles.${m.role}`)}
            </li>
          ))}
        </ul>
        <p className="utrecht-paragraph">
          {t('crisis.room.members')}: {c.members.map((m) => m.name).join(', ') || t('crisis.room.noMembers')}
        </p>
      </Section>
      <Section id="crisis-scope" title={t('crisis.sections.scope')}>
        <dl className="weerbaar-facts">
          <dt>{t('crisis.fields.sectors')}</dt>
          <dd>{c.sectors.join(', ') || '—'}</dd>
          <dt>{t('crisis.fields.regions')}</dt>
          <dd>{c.regions.join(', ') || '—'}</dd>
          <dt>{t('crisis.scope.reports')}</dt>
          <dd>{c.scope.inboxReports.map((r) => `${r.reference} ${r.title} (${r.senderName})`).join('; ') || '—'}</dd>
          <dt>{t('crisis.scope.advisories')}</dt>
          <dd>{c.scope.advisories.map((a) => `${a.trackingId} ${a.title}`).join('; ') || '—'}</dd>
          <dt>{t('crisis.scope.observables')}</dt>
          <dd>{c.scope.observables.map((o) => `${o.type}: ${o.value}`).join('; ') || '—'}</dd>
        </dl>
        {c.isExercise && <p className="utrecht-paragraph">{t('crisis.exercise.scopeRule')}</p>}
      </Section>
      <Section id="crisis-timeline" title={t('crisis.sections.timeline')}>
        <ol className="utrecht-ordered-list" data-testid="crisis-timeline">
          {c.levelChanges.map((l) => (
            <li className="utrecht-ordered-list__item" key={`${l.changedAt}-${l.kind}-${l.toLevel}`}>
              <time dateTime={l.changedAt}>{formatDateTime(l.changedAt, locale)}</time> —{' '}
              {t(`crisis.changes.${l.kind}`)}: {c.levels.find((x) => x.key === l.toLevel)?.label ?? l.toLevel}.{' '}
              {l.reason} ({l.changedBy})
            </li>
          ))}
        </ol>
      </Section>
      {open && c.may.manage && <LevelForm crisis={c} onSaved={setMessage} />}
      {open && c.may.manage && <CloseForm crisis={c} onSaved={setMessage} />}
      {!open && (
        <Section id="crisis-evaluation" title={t('crisis.close.evaluation')}>
          <p className="utrecht-paragraph">{c.evaluation}</p>
          <ul className="utrecht-unordered-list">
            {c.lessons.map((l) => (
              <li className="utrecht-unordered-list__item" key={l.id}>
                {l.lesson}
                {l.taskId ? ` (${t('crisis.close.improvement')})` : ''}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

interface PartProps {
  crisis: Crisis;
  canPost: boolean;
  onSaved: (message: string) => void;
}

function WhenFields({ prefix, label }: { prefix: string; label: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{label}</legend>
      <TextField id={`${prefix}-date`} name={`${prefix}Date`} type="date" label={t('crisis.fields.date')} optional />
      <TextField id={`${prefix}-time`} name={`${prefix}Time`} type="time" label={t('crisis.fields.time')} optional />
    </fieldset>
  );
}

function PictureSection({ crisis: c, canPost, onSaved }: PartProps) {
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
    const missing: Record<string, string> = {};
    if (!statement) missing.statement = t('validation.required');
    if (!source) missing.source = t('validation.required');
    if (!observedAt) missing.observedAt = t('validation.required');
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
        <div className="weerbaar-no-print" key={formKey}>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form
            className="utrecht-form weerbaar-form"
            noValidate
            onSubmit={onSubmit}
            aria-labelledby="fact-form-heading"
          >
            <h3 className="utrecht-heading-3" id="fact-form-heading">
              {t('crisis.picture.add')}
            </h3>
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
            <div className="weerbaar-actions">
              <SubmitButton busy={add.isPending} busyLabel={t('common.saving')}>
                {t('crisis.picture.submit')}
              </SubmitButton>
            </div>
          </form>
        </div>
      )}
    </Section>
  );
}

function DecisionsSection({ crisis: c, canPost, onSaved }: PartProps) {
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
    const missing: Record<string, string> = {};
    if (!decision) missing.decision = t('validation.required');
    if (!decidedBy) missing.decidedBy = t('validation.required');
    if (!basis) missing.basis = t('validation.required');
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
        <div className="weerbaar-no-print" key={formKey}>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form
            className="utrecht-form weerbaar-form"
            noValidate
            onSubmit={onSubmit}
            aria-labelledby="decision-form-heading"
          >
            <h3 className="utrecht-heading-3" id="decision-form-heading">
              {t('crisis.decisions.add')}
            </h3>
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
            <div className="weerbaar-actions">
              <SubmitButton busy={log.isPending} busyLabel={t('common.saving')}>
                {t('crisis.decisions.submit')}
              </SubmitButton>
            </div>
          </form>
        </div>
      )}
    </Section>
  );
}

function ActionsSection({ crisis: c, canPost, onSaved }: PartProps) {
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
    const missing: Record<string, string> = {};
    if (!title) missing.title = t('validation.required');
    if (!owner) missing.owner = t('validation.required');
    if (!dueAt) missing.dueAt = t('validation.required');
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
        <div className="weerbaar-no-print" key={formKey}>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form
            className="utrecht-form weerbaar-form"
            noValidate
            onSubmit={onSubmit}
            aria-labelledby="action-form-heading"
          >
            <h3 className="utrecht-heading-3" id="action-form-heading">
              {t('crisis.actions.add')}
            </h3>
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
            <div className="weerbaar-actions">
              <SubmitButton busy={add.isPending} busyLabel={t('common.saving')}>
                {t('crisis.actions.submit')}
              </SubmitButton>
            </div>
          </form>
        </div>
      )}
    </Section>
  );
}

function SitrepsSection({ crisis: c, canPost, onSaved }: PartProps) {
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
        <div className="weerbaar-no-print" key={formKey}>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form
            className="utrecht-form weerbaar-form"
            noValidate
            onSubmit={onSubmit}
            aria-labelledby="sitrep-form-heading"
          >
            <h3 className="utrecht-heading-3" id="sitrep-form-heading">
              {t('crisis.sitreps.add')}
            </h3>
            <p className="utrecht-paragraph">{t('crisis.sitreps.addHint')}</p>
            <TextAreaField
              id="sitrep-summary"
              name="summary"
              label={fields.summary.label}
              error={form.errors.fields.summary}
              maxLength={10_000}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={issue.isPending} busyLabel={t('common.saving')}>
                {t('crisis.sitreps.submit')}
              </SubmitButton>
            </div>
          </form>
        </div>
      )}
    </Section>
  );
}

function LevelForm({ crisis: c, onSaved }: { crisis: Crisis; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const change = useChangeLevel(c.id);
  const fields = {
    level: { id: 'level-new', label: t('crisis.level.new') },
    reason: { id: 'level-reason', label: t('crisis.fields.reason') },
  };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const data = new FormData(event.currentTarget);
    const reason = String(data.get('reason') ?? '').trim();
    if (!reason) return form.setErrors({ fields: { reason: t('validation.required') } });
    change.mutate(
      { level: String(data.get('level')), reason },
      {
        onSuccess: () => {
          form.clear();
          setFormKey((k) => k + 1);
          onSaved(t('crisis.level.saved'));
        },
        onError: form.fromProblem,
      },
    );
  }

  return (
    <section className="weerbaar-section weerbaar-no-print" aria-labelledby="level-heading" key={formKey}>
      <h2 className="utrecht-heading-2" id="level-heading">
        {t('crisis.level.title')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <SelectField
          id="level-new"
          name="level"
          label={fields.level.label}
          error={form.errors.fields.level}
          options={c.levels.filter((l) => l.key !== c.level).map((l) => ({ value: l.key, label: l.label }))}
        />
        <TextAreaField
          id="level-reason"
          name="reason"
          label={fields.reason.label}
          error={form.errors.fields.reason}
          maxLength={4000}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={change.isPending} busyLabel={t('common.saving')}>
            {t('crisis.level.submit')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

function CloseForm({ crisis: c, onSaved }: { crisis: Crisis; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const close = useCloseCrisis(c.id);
  const fields = {
    reason: { id: 'close-reason', label: t('crisis.fields.reason') },
    evaluation: { id: 'close-evaluation', label: t('crisis.close.evaluation') },
  };
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (close.isPending) return;
    const data = new FormData(event.currentTarget);
    const reason = String(data.get('reason') ?? '').trim();
    const evaluation = String(data.get('evaluation') ?? '').trim();
    const missing: Record<string, string> = {};
    if (!reason) missing.reason = t('validation.required');
    if (!evaluation) missing.evaluation = t('validation.required');
    if (Object.keys(missing).length > 0) return form.setErrors({ fields: missing });
    const owner = String(data.get('lessonOwner') ?? '').trim() || null;
    const lessons = String(data.get('lessons') ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((lesson) => ({ lesson, owner, dueAt: null }));
    close.mutate(
      { reason, evaluation, lessons },
      { onSuccess: () => onSaved(t('crisis.close.saved')), onError: form.fromProblem },
    );
  }

  return (
    <section className="weerbaar-section weerbaar-no-print" aria-labelledby="close-heading">
      <h2 className="utrecht-heading-2" id="close-heading">
        {t('crisis.close.title')}
      </h2>
      <p className="utrecht-paragraph">{t('crisis.close.intro')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextAreaField
          id="close-reason"
          name="reason"
          label={fields.reason.label}
          error={form.errors.fields.reason}
          maxLength={4000}
        />
        <TextAreaField
          id="close-evaluation"
          name="evaluation"
          label={fields.evaluation.label}
          error={form.errors.fields.evaluation}
          maxLength={20_000}
        />
        <TextAreaField
          id="close-lessons"
          name="lessons"
          label={t('crisis.close.lessons')}
          hint={t('crisis.close.lessonsHint')}
          optional
          maxLength={20_000}
        />
        <TextField
          id="close-lesson-owner"
          name="lessonOwner"
          label={t('crisis.close.lessonOwner')}
          hint={t('crisis.close.lessonOwnerHint')}
          optional
          maxLength={200}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={close.isPending} busyLabel={t('common.saving')}>
            {t('crisis.close.submit')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
