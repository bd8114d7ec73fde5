import { findRequirement } from '@weerbaar/core/measures';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formatDate, formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { currentLocale } from '../../i18n/index.ts';
import { RiskForm } from './RiskForm.tsx';
import { BandBadge } from './RisksTable.tsx';
import { useChangeRisk, useReviewRisk, useRisk, useRiskMatrix, useScenario } from './risk-api.ts';

/** One risk: its scores, treatment and review, a form to change it and a way to record a review. */
export function RiskDetailPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const risk = useRisk(id);
  const matrix = useRiskMatrix();
  const change = useChangeRisk(id);
  const review = useReviewRisk(id);
  const scenario = useScenario(risk.data?.scenario.id);
  const canWrite = useCan('risk:write');
  const [message, setMessage] = useState<string>();

  if (risk.data === undefined) return <QueryState query={risk} />;
  const r = risk.data;

  function onReview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const note = formValues(element).note?.trim() ?? '';
    review.mutateAsync({ note }).then(
      (after) => {
        element.reset();
        setMessage(t('risk.detail.reviewed', { date: formatDate(after.review.nextReviewOn, locale) }));
      },
      () => setMessage(t('errors.unknown')),
    );
  }

  return (
    <Page title={r.title} lead={r.scenario.title}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/risks">
          {t('risk.detail.back')}
        </Link>
      </p>
      <LiveMessage message={message} />
      <dl className="weerbaar-facts" data-testid="risk-facts">
        <dt>{t('risk.list.threat')}</dt>
        <dd>{r.scenario.threat.name}</dd>
        <dt>{t('risk.form.inherent')}</dt>
        <dd>
          <BandBadge scored={r.inherent} />
        </dd>
        <dt>{t('risk.form.residual')}</dt>
        <dd>
          <BandBadge scored={r.residual} />
        </dd>
        <dt>{t('risk.fields.existingMeasures')}</dt>
        <dd>
          {r.existingMeasures.length
            ? r.existingMeasures.map((m, i) => (
                <span key={`${m.ref}-${i}`}>
                  {i > 0 && '; '}
                  {/* A reference to a requirement of the catalogues links to its implementation (measures module). */}
                  {findRequirement(m.ref) ? (
                    <Link className="utrecht-link utrecht-link--html-a" to={`/measures/${encodeURIComponent(m.ref)}`}>
                      {m.ref}: {m.title}
                    </Link>
                  ) : (
                    `${m.ref}: ${m.title}`
                  )}
                </span>
              ))
            : t('common.none')}
        </dd>
        <dt>{t('risk.form.treatment')}</dt>
        <dd>
          {r.treatment
            ? `${t(`risk.strategies.${r.treatment.strategy}`)} – ${r.treatment.owner}${r.treatment.dueOn ? `, ${formatDate(r.treatment.dueOn, locale)}` : ''}`
            : t('risk.list.noTreatment')}
        </dd>
        {r.acceptance && (
          <>
            <dt>{t('risk.detail.acceptedBy')}</dt>
            <dd>
              {r.acceptance.byName}, {formatDateTime(r.acceptance.at, locale)}
            </dd>
          </>
        )}
        <dt>{t('risk.detail.lastReview')}</dt>
        <dd>{formatDate(r.review.lastReviewedOn, locale)}</dd>
        <dt>{t('risk.list.nextReview')}</dt>
        <dd>
          {formatDate(r.review.nextReviewOn, locale)}
          {r.review.due ? ` (${t('risk.list.reviewDue')})` : ''}
        </dd>
      </dl>
      <section className="weerbaar-section" aria-labelledby="risk-impact-heading">
        <h2 className="utrecht-heading-2" id="risk-impact-heading">
          {t('risk.detail.impactTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('risk.detail.impactIntro')}</p>
        <dl className="weerbaar-facts" data-testid="risk-impact">
          <dt>{t('risk.list.hits')}</dt>
          <dd>{r.scenario.assets.length ? r.scenario.assets.map((a) => a.name).join(', ') : t('common.none')}</dd>
          <dt>{t('risk.detail.affectedServices')}</dt>
          <dd>
            {scenario.data
              ? scenario.data.affectedServices.map((a) => a.name).join(', ') || t('common.none')
              : t('common.loading')}
          </dd>
          <dt>{t('risk.detail.externalDependants')}</dt>
          <dd>
            {scenario.data
              ? scenario.data.externalDependants
                  .map((d) => (d.count ? `${d.name} (${d.count.toLocaleString(locale)})` : d.name))
                  .join(', ') || t('common.none')
              : t('common.loading')}
          </dd>
        </dl>
      </section>
      {canWrite && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="risk-review-heading">
          <h2 className="utrecht-heading-2" id="risk-review-heading">
            {t('risk.detail.reviewTitle')}
          </h2>
          <p className="utrecht-paragraph">{t('risk.detail.reviewIntro')}</p>
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onReview}>
            <TextAreaField
              id="risk-review-note"
              name="note"
              label={t('risk.detail.reviewNote')}
              optional
              rows={2}
              maxLength={4000}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={review.isPending} busyLabel={t('common.saving')}>
                {t('risk.detail.reviewSave')}
              </SubmitButton>
            </div>
          </form>
        </section>
      )}
      {canWrite && matrix.data && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="risk-edit-heading">
          <h2 className="utrecht-heading-2" id="risk-edit-heading">
            {t('risk.detail.editTitle')}
          </h2>
          <RiskForm
            key={r.updatedAt}
            idPrefix="risk-edit"
            matrix={matrix.data}
            risk={r}
            busy={change.isPending}
            submitLabel={t('common.save')}
            onSave={(values) => change.mutateAsync(values).then(() => setMessage(t('risk.detail.saved')))}
          />
        </section>
      )}
    </Page>
  );
}
