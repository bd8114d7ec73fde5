import type { Crisis } from '@weerbaar/core/crisis';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { recordPdfUrl, useCrisis } from './crisis-api.ts';
import { ExerciseBanner } from './ExerciseBanner.tsx';
import './crisis.css';
import { ActionsSection } from './ActionsSection.tsx';
import { CloseForm } from './CloseForm.tsx';
import { DecisionsSection } from './DecisionsSection.tsx';
import { LevelForm } from './LevelForm.tsx';
import { MembersSection } from './MembersSection.tsx';
import { PictureSection } from './PictureSection.tsx';
import { ScopeSection } from './ScopeSection.tsx';
import { SitrepsSection } from './SitrepsSection.tsx';
import { TeamSection } from './TeamSection.tsx';
import { Section } from './room-parts.tsx';

const SECTIONS = ['picture', 'decisions', 'actions', 'sitreps', 'team', 'members', 'scope', 'timeline'] as const;

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
      <TeamSection crisis={c} canPost={open && c.may.manage} onSaved={setMessage} />
      <MembersSection crisis={c} canPost={open && c.may.manage} onSaved={setMessage} />
      <ScopeSection crisis={c} canPost={open && c.may.manage} onSaved={setMessage} />
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
