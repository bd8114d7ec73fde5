import type { CrisisSitrep } from '@weerbaar/core/crisis';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { sitrepPdfUrl, useSitrep } from './crisis-api.ts';
import { ExerciseBanner } from './ExerciseBanner.tsx';
import './crisis.css';

/** One sitrep as it was issued (frozen), to print (print CSS drops the frame) or download as PDF. */
export function SitrepPage() {
  const { id = '', sitrepId = '' } = useParams();
  const { t } = useTranslation();
  const sitrep = useSitrep(id, sitrepId);
  const title = sitrep.data
    ? `${t('crisis.sitreps.name', { number: sitrep.data.number })} — ${sitrep.data.content.reference}`
    : t('crisis.sitreps.title');
  return (
    <Page title={title}>
      <QueryState query={sitrep}>{(s) => <SitrepView crisisId={id} sitrep={s} />}</QueryState>
    </Page>
  );
}

function SitrepView({ crisisId, sitrep: s }: { crisisId: string; sitrep: CrisisSitrep }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const c = s.content;
  return (
    <article data-testid="sitrep">
      <ExerciseBanner show={c.isExercise} />
      <p className="utrecht-paragraph weerbaar-no-print">
        <Link className="utrecht-link utrecht-link--html-a" to={`/crises/${crisisId}`}>
          {t('crisis.sitreps.back')}
        </Link>
      </p>
      <div className="weerbaar-actions weerbaar-no-print">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => window.print()}>
          {t('crisis.sitreps.print')}
        </button>
        <a
          className="utrecht-link utrecht-link--html-a"
          href={sitrepPdfUrl(crisisId, s.id)}
          download
          data-testid="sitrep-pdf"
        >
          {t('crisis.sitreps.pdf')}
        </a>
      </div>
      <dl className="weerbaar-facts">
        <dt>{t('crisis.fields.title')}</dt>
        <dd>{c.title}</dd>
        <dt>{t('crisis.fields.level')}</dt>
        <dd>{c.levelLabel}</dd>
        <dt>{t('crisis.sitreps.issued')}</dt>
        <dd>
          {formatDateTime(s.issuedAt, locale)} ({s.issuedBy})
        </dd>
      </dl>
      <h2 className="utrecht-heading-2">{t('crisis.sitreps.summary')}</h2>
      <p className="utrecht-paragraph weerbaar-message">{s.summary}</p>
      <h2 className="utrecht-heading-2">{t('crisis.sections.picture')}</h2>
      <ul className="utrecht-unordered-list">
        {c.facts.map((f) => (
          <li className="utrecht-unordered-list__item" key={f.id}>
            {formatDateTime(f.observedAt, locale)} — {f.statement} ({t(`crisis.certainty.${f.certainty}`)}; {f.source})
          </li>
        ))}
      </ul>
      <h2 className="utrecht-heading-2">{t('crisis.sections.decisions')}</h2>
      <ol className="utrecht-ordered-list">
        {c.decisions.map((d) => (
          <li className="utrecht-ordered-list__item" key={d.id} value={d.number}>
            {d.decision} — {d.decidedBy}, {formatDateTime(d.decidedAt, locale)}. {t('crisis.decisions.basis')}:{' '}
            {d.basis}
          </li>
        ))}
      </ol>
      <h2 className="utrecht-heading-2">{t('crisis.sections.actions')}</h2>
      <ul className="utrecht-unordered-list">
        {c.actions.map((a) => (
          <li className="utrecht-unordered-list__item" key={a.id}>
            {a.title} — {a.owner}
            {a.dueAt ? `, ${formatDateTime(a.dueAt, locale)}` : ''} (
            {a.doneAt ? t('crisis.actions.done') : a.overdue ? t('crisis.actions.overdue') : t('crisis.actions.open')})
          </li>
        ))}
      </ul>
    </article>
  );
}
