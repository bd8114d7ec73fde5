import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate, formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { EvidencePanel } from './EvidencePanel.tsx';
import { ImplementationForm } from './ImplementationForm.tsx';
import { useMeasure, useUpdateMeasure } from './measures-api.ts';

/** One requirement: what is in place, the proof, and what else it counts for through the crosswalk. */
export function MeasureDetailPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { requirementId = '' } = useParams();
  const measure = useMeasure(requirementId);
  const update = useUpdateMeasure(requirementId);
  const canWrite = useCan('measures:write');
  const [message, setMessage] = useState<string>();

  if (measure.data === undefined) return <QueryState query={measure} />;
  const m = measure.data;
  const none = t('common.none');

  return (
    <Page title={`${m.ref} ${m.title}`}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/measures">
          {t('measures.detail.back')}
        </Link>
      </p>
      <LiveMessage message={message} />
      <dl className="weerbaar-facts" data-testid="measure-facts">
        <dt>{t('measures.fields.status')}</dt>
        <dd data-testid="measure-status">{t(`measures.statuses.${m.status}`)}</dd>
        {m.status === 'not-applicable' && (
          <>
            <dt>{t('measures.fields.justification')}</dt>
            <dd>{m.justification}</dd>
          </>
        )}
        <dt>{t('measures.fields.howImplemented')}</dt>
        <dd>{m.howImplemented ?? none}</dd>
        <dt>{t('measures.fields.maturity')}</dt>
        <dd>
          {m.maturity === null
            ? t('measures.form.notRated')
            : t(`measures.maturity.${m.maturity as 0 | 1 | 2 | 3 | 4 | 5}`)}
        </dd>
        <dt>{t('measures.fields.owner')}</dt>
        <dd>{m.owner ?? none}</dd>
        <dt>{t('measures.fields.dueDate')}</dt>
        <dd>{m.dueDate ? formatDate(m.dueDate, locale) : none}</dd>
        <dt>{t('measures.fields.reviewDate')}</dt>
        <dd>{m.reviewDate ? formatDate(m.reviewDate, locale) : none}</dd>
        {m.overdue && (
          <>
            <dt>{t('measures.list.overdue')}</dt>
            <dd>
              <strong>{t('measures.detail.overdue')}</strong>
            </dd>
          </>
        )}
        <dt>{t('measures.detail.updated')}</dt>
        <dd>
          {m.updatedAt
            ? t('measures.detail.updatedBy', { by: m.updatedBy, at: formatDateTime(m.updatedAt, locale) })
            : none}
        </dd>
      </dl>

      <section className="weerbaar-section" aria-labelledby="mappings-heading">
        <h2 className="utrecht-heading-2" id="mappings-heading">
          {t('measures.detail.mappings')}
        </h2>
        {m.creditedBy.length > 0 && (
          <p className="utrecht-paragraph" data-testid="credited-by">
            {t('measures.detail.creditedBy')}{' '}
            {m.creditedBy.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <Link className="utrecht-link utrecht-link--html-a" to={`/measures/${encodeURIComponent(id)}`}>
                  {id}
                </Link>
              </span>
            ))}
          </p>
        )}
        {m.countsFor.length > 0 ? (
          <>
            <p className="utrecht-paragraph">{t('measures.detail.countsFor')}</p>
            <ul className="utrecht-unordered-list" data-testid="counts-for">
              {m.countsFor.map((c) => (
                <li key={c.requirementId} className="utrecht-unordered-list__item">
                  {c.catalogueTitle}: {c.title} ({c.requirementId})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="utrecht-paragraph">{t('measures.detail.countsForNone')}</p>
        )}
      </section>

      <section className="weerbaar-section" aria-labelledby="risks-heading">
        <h2 className="utrecht-heading-2" id="risks-heading">
          {t('measures.detail.risks')}
        </h2>
        {m.risks.length === 0 ? (
          <p className="utrecht-paragraph">{t('measures.detail.noRisks')}</p>
        ) : (
          <ul className="utrecht-unordered-list" data-testid="measure-risks">
            {m.risks.map((r) => (
              <li key={r.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link utrecht-link--html-a" to={`/risks/${r.id}`}>
                  {r.title}
                </Link>{' '}
                ({t('measures.detail.riskScore', { score: r.score, band: r.band })})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="weerbaar-section" aria-labelledby="links-heading">
        <h2 className="utrecht-heading-2" id="links-heading">
          {t('measures.detail.links')}
        </h2>
        {m.evidenceLinks.length === 0 ? (
          <p className="utrecht-paragraph">{t('measures.detail.noLinks')}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {m.evidenceLinks.map((l) => (
              <li key={l.url} className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={l.url} rel="noreferrer noopener" target="_blank">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <EvidencePanel requirementId={m.requirementId} canWrite={canWrite} />

      {canWrite && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="implementation-heading">
          <h2 className="utrecht-heading-2" id="implementation-heading">
            {t('measures.form.title')}
          </h2>
          <ImplementationForm
            key={m.updatedAt ?? 'new'}
            measure={m}
            busy={update.isPending}
            onSave={(values) => update.mutateAsync(values).then(() => setMessage(t('measures.form.saved')))}
          />
        </section>
      )}
    </Page>
  );
}
