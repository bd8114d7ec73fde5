import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useCampaign, useCreateCase } from './campaigns-api.ts';
import { LinkedReportsTable } from './LinkedReportsTable.tsx';

/** One campaign: the indicator, the reports of different organisations that name it, and merging them into a case. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const campaign = useCampaign(id);
  return (
    <Page title={t('campaigns.detail.title')}>
      <QueryState query={campaign}>{(c) => <CampaignDetail campaign={c} />}</QueryState>
    </Page>
  );
}

function CampaignDetail({ campaign: c }: { campaign: NonNullable<ReturnType<typeof useCampaign>['data']> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const canWrite = useCan('authority:triage');
  const create = useCreateCase();
  const fields = { title: { id: 'case-title', label: t('campaigns.merge.titleLabel') } };
  const form = useFormErrors(fields);
  const indicator = `${t(`incidents.observables.types.${c.indicator.type}`)}: ${c.indicator.value}`;
  const [title, setTitle] = useState(t('campaigns.merge.defaultTitle', { indicator: c.indicator.value }));

  function onMerge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    if (!title.trim()) return form.setErrors({ fields: { title: t('validation.required') } });
    create.mutate(
      { title: title.trim(), reportIds: c.reports.map((r) => r.id) },
      { onSuccess: (created) => void navigate(`/campaigns/cases/${created.id}`), onError: form.fromProblem },
    );
  }

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/campaigns">
          {t('campaigns.detail.back')}
        </Link>
      </p>
      <h2 className="utrecht-heading-2" data-testid="campaign-indicator">
        {indicator}
      </h2>
      <dl className="weerbaar-facts">
        <dt>{t('campaigns.fields.entities')}</dt>
        <dd>{c.entityCount}</dd>
        <dt>{t('campaigns.fields.reports')}</dt>
        <dd>{c.reportCount}</dd>
        <dt>{t('campaigns.fields.firstSeen')}</dt>
        <dd>{formatDateTime(c.firstSeenAt, locale)}</dd>
        <dt>{t('campaigns.fields.lastSeen')}</dt>
        <dd>{formatDateTime(c.lastSeenAt, locale)}</dd>
      </dl>
      <section className="weerbaar-section" aria-labelledby="campaign-reports-heading">
        <h2 className="utrecht-heading-2" id="campaign-reports-heading">
          {t('campaigns.detail.reports')}
        </h2>
        <LinkedReportsTable reports={c.reports} caption={t('campaigns.detail.reportsCaption', { indicator })} />
      </section>
      {c.cases.length > 0 && (
        <section className="weerbaar-section" aria-labelledby="campaign-in-cases-heading">
          <h2 className="utrecht-heading-2" id="campaign-in-cases-heading">
            {t('campaigns.detail.inCases')}
          </h2>
          <ul className="utrecht-unordered-list">
            {c.cases.map((k) => (
              <li className="utrecht-unordered-list__item" key={k.id}>
                <Link className="utrecht-link utrecht-link--html-a" to={`/campaigns/cases/${k.id}`}>
                  {k.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {canWrite && (
        <section className="weerbaar-section" aria-labelledby="campaign-merge-heading">
          <h2 className="utrecht-heading-2" id="campaign-merge-heading">
            {t('campaigns.merge.title')}
          </h2>
          <p className="utrecht-paragraph">{t('campaigns.merge.intro', { count: c.reports.length })}</p>
          <form className="utrecht-form weerbaar-form" onSubmit={onMerge} noValidate>
            <ErrorSummary errors={form.errors} fields={fields} />
            <TextField
              id="case-title"
              name="title"
              label={fields.title.label}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              error={form.errors.fields.title}
              maxLength={200}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={create.isPending} busyLabel={t('common.saving')}>
                {t('campaigns.merge.submit')}
              </SubmitButton>
            </div>
          </form>
        </section>
      )}
    </>
  );
}
