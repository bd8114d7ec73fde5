import type { TrackedDeadline } from '@weerbaar/core/incidents';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { describeCountdown } from './countdown.ts';
import { capitalise, stageLabel } from './stage-label.ts';
import { cite } from '../../format/citation.ts';

/**
 * What a deadline still depends on, in words: the trust service question (Cbw art. 27(2)), the CER initial
 * notification the detailed report counts from and its "where relevant" (CER Art. 15(1)), or a request for
 * an intermediate report that set no time (Cbw art. 28).
 */
function deadlineNote(
  s: TrackedDeadline,
): 'affectsTrustService' | 'cerNotifiedAt' | 'cerWhereRelevant' | 'requestedWithoutTime' | null {
  if (s.awaiting === 'affectsTrustService' || s.awaiting === 'cerNotifiedAt') return s.awaiting;
  if (s.stage === 'cer_detailed' && s.deadline) return 'cerWhereRelevant';
  if (s.stage === 'intermediate_report' && s.state === 'pending' && !s.deadline) return 'requestedWithoutTime';
  return null;
}

/** The reporting clock of one incident: every applicable stage with its deadline, source and state. */
export function DeadlinesTable({
  stages,
  now,
  caption,
}: {
  stages: readonly TrackedDeadline[];
  now: number;
  caption: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const shown = stages.filter((s) => s.state !== 'not_applicable');
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table" data-testid="incident-deadlines">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.deadlines.stage')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.deadlines.deadline')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.deadlines.state')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.deadlines.source')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shown.map((s) => (
            <tr className={`utrecht-table__row${s.state === 'overdue' ? ' weerbaar-overdue' : ''}`} key={s.stage}>
              <th className="utrecht-table__cell" scope="row">
                {capitalise(stageLabel(s.stage, locale))}
              </th>
              <td className="utrecht-table__cell">
                {s.deadline ? (
                  <time dateTime={s.deadline}>{formatDateTime(s.deadline, locale)}</time>
                ) : (
                  t('common.none')
                )}
                {s.legalEnd && (
                  <p className="utrecht-paragraph weerbaar-muted">
                    {t('incidents.deadlines.legalEnd', { at: formatDateTime(s.legalEnd, locale) })}
                  </p>
                )}
                {deadlineNote(s) && (
                  <p className="utrecht-paragraph weerbaar-muted" data-testid={`deadline-note-${s.stage}`}>
                    {t(`incidents.deadlines.notes.${deadlineNote(s)!}`)}
                  </p>
                )}
              </td>
              <td className="utrecht-table__cell">
                <span className={`weerbaar-state--${s.state}`}>{t(`incidents.states.${s.state}`)}</span>
                {(s.state === 'pending' || s.state === 'overdue' || s.state === 'conditional') && s.deadline && (
                  <p className="utrecht-paragraph">{describeCountdown(s.deadline, now, t)}</p>
                )}
                {s.submittedAt && (
                  <p className="utrecht-paragraph weerbaar-muted">
                    {t('incidents.deadlines.submittedAt', { at: formatDateTime(s.submittedAt, locale) })}
                  </p>
                )}
              </td>
              <td className="utrecht-table__cell weerbaar-muted">{cite(s.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
