import type { ExerciseSummary } from '@weerbaar/core/continuity';
import type { Participation } from '@weerbaar/core/exercise-agenda';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/use-can.ts';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDate } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAnswerParticipation, useLinkExercise, useParticipations } from './participations-api.ts';
import { themeName } from './theme-name.ts';

/**
 * On the entity's exercises page, next to its own exercises: the exercises of the authority's agenda it takes
 * part in (issue 16 item 6), to confirm or decline, and to link one of its own exercises as its part (a link,
 * no copy). Its texts are in the main dictionary (exerciseAgendaParticipation): the continuity pages show it.
 * Hidden when there are none.
 */
/** `exercises`: the organisation's own exercises, which the page has loaded already (one may be linked). */
export function AgendaParticipations({ exercises }: { exercises: readonly ExerciseSummary[] }) {
  const { t } = useTranslation();
  const participations = useParticipations();
  const [message, setMessage] = useState<string>();
  const items = participations.data ?? [];
  if (items.length === 0) return <LiveMessage message={message} />;
  return (
    <section className="weerbaar-section" aria-labelledby="agenda-participations-heading">
      <h2 className="utrecht-heading-2" id="agenda-participations-heading">
        {t('exerciseAgendaParticipation.title')}
      </h2>
      <p className="utrecht-paragraph">{t('exerciseAgendaParticipation.intro')}</p>
      <LiveMessage message={message} />
      <ul className="utrecht-unordered-list" data-testid="agenda-participations">
        {items.map((p) => (
          <ParticipationItem key={p.id} participation={p} exercises={exercises} onDone={setMessage} />
        ))}
      </ul>
    </section>
  );
}

function ParticipationItem({
  participation: p,
  exercises,
  onDone,
}: {
  participation: Participation;
  exercises: readonly ExerciseSummary[];
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const answer = useAnswerParticipation();
  const canAnswer = useCan('org:read') && (p.item.status === 'planned' || p.item.status === 'prepared');
  const canLink = useCan('risk:write');
  const respond = (response: 'confirmed' | 'declined') =>
    answer
      .mutateAsync({ id: p.id, response })
      .then(() => onDone(t(`exerciseAgendaParticipation.${response}`, { title: p.item.title })));
  return (
    <li className="utrecht-unordered-list__item" data-testid="agenda-participation">
      <strong>{p.item.title}</strong> — {themeName(p.item.theme, locale)}, {formatDate(p.item.plannedFrom, locale)} –{' '}
      {formatDate(p.item.plannedTo, locale)}
      <br />
      {t('exerciseAgendaParticipation.facts', {
        authority: p.authority.name,
        organiser: p.item.organiser,
        scenario: p.item.scenario,
      })}
      <br />
      {t('exerciseAgendaParticipation.objectives', { objectives: p.item.objectives.join('; ') })}
      <br />
      <span data-testid="participation-status">{t(`exerciseAgendaParticipation.statuses.${p.status}`)}</span>{' '}
      {canAnswer && (
        <>
          {p.status !== 'confirmed' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={answer.isPending}
              onClick={() => void respond('confirmed')}
            >
              {t('exerciseAgendaParticipation.confirm', { title: p.item.title })}
            </button>
          )}{' '}
          {p.status !== 'declined' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              disabled={answer.isPending}
              onClick={() => void respond('declined')}
            >
              {t('exerciseAgendaParticipation.decline', { title: p.item.title })}
            </button>
          )}
        </>
      )}
      {p.linkedExercise && (
        <p className="utrecht-paragraph">
          {t('exerciseAgendaParticipation.linked', { title: p.linkedExercise.title })}
        </p>
      )}
      {canLink && p.status === 'confirmed' && <LinkForm participation={p} exercises={exercises} onDone={onDone} />}
    </li>
  );
}

function LinkForm({
  participation: p,
  exercises,
  onDone,
}: {
  participation: Participation;
  exercises: readonly ExerciseSummary[];
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const link = useLinkExercise();
  const id = `agenda-link-${p.id}`;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (link.isPending) return;
    const exerciseId = formValues(event.currentTarget).exerciseId || null;
    link
      .mutateAsync({ id: p.id, exerciseId })
      .then(() => onDone(t('exerciseAgendaParticipation.linkSaved', { title: p.item.title })))
      .catch(() => onDone(t('exerciseAgendaParticipation.linkFailed', { title: p.item.title })));
  }
  return (
    <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
      <SelectField
        id={id}
        name="exerciseId"
        label={t('exerciseAgendaParticipation.linkLabel', { title: p.item.title })}
        hint={t('exerciseAgendaParticipation.linkHint')}
        defaultValue={p.linkedExercise?.id ?? ''}
        options={[
          { value: '', label: t('exerciseAgendaParticipation.noLink') },
          ...exercises.map((e) => ({ value: e.id, label: e.title })),
        ]}
      />
      <div className="weerbaar-actions">
        <SubmitButton busy={link.isPending} busyLabel={t('common.saving')}>
          {t('exerciseAgendaParticipation.linkSubmit')}
        </SubmitButton>
      </div>
    </form>
  );
}
