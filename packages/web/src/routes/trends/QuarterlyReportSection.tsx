import type { TlpLabel } from '@weerbaar/core/sharing';
import {
  QUARTERLY_REPORT_FIRST_YEAR,
  QUARTERLY_REPORT_TLPS,
  QuarterlyReportPublishSchema,
} from '@weerbaar/core/trends';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommunities } from '../../api/sharing.ts';
import { useCan } from '../../auth/use-can.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TlpChoice } from '../../components/TlpChoice.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { quarterlyReportUrl, usePublishQuarterlyReport } from './trends-api.ts';

/** The last whole quarter before today: what an analyst reports on. */
function lastQuarter(today = new Date()): { year: number; quarter: number } {
  const current = Math.floor(today.getMonth() / 3) + 1;
  return current === 1
    ? { year: today.getFullYear() - 1, quarter: 4 }
    : { year: today.getFullYear(), quarter: current - 1 };
}

/**
 * The quarterly trend report (issue 15 item 1): the PDF of a quarter, and publishing it as a knowledge
 * article under a TLP label (the analyst and owner; the auditor downloads only). The figures of a published
 * report do not change afterwards.
 */
export function QuarterlyReportSection() {
  const { t } = useTranslation();
  const canPublish = useCan('authority:triage');
  const communities = useCommunities();
  const publish = usePublishQuarterlyReport();
  const initial = lastQuarter();
  const [year, setYear] = useState(String(initial.year));
  const [quarter, setQuarter] = useState(String(initial.quarter));
  const [tlp, setTlp] = useState<TlpLabel>('GREEN');
  const [communityId, setCommunityId] = useState('');
  const [published, setPublished] = useState<{ id: string; title: string }>();
  const [message, setMessage] = useState<string>();
  const fields = {
    year: { id: 'quarterly-year', label: t('trends.quarterly.year') },
    quarter: { id: 'quarterly-quarter', label: t('trends.quarterly.quarter') },
    tlp: { id: 'quarterly-tlp', label: t('trends.quarterly.tlp') },
    communityId: { id: 'quarterly-community', label: t('trends.quarterly.community') },
  };
  const form = useFormErrors(fields);
  const community = communityId || communities.data?.items[0]?.id || '';

  async function onPublish() {
    setPublished(undefined);
    const body = { year: Number(year), quarter: Number(quarter), tlp, communityId: community };
    if (!form.check(QuarterlyReportPublishSchema, body)) return;
    try {
      const article = await publish.mutateAsync(body as Parameters<typeof publish.mutateAsync>[0]);
      setPublished({ id: article.id, title: article.title });
      setMessage(t('trends.quarterly.published', { title: article.title }));
    } catch (error) {
      form.fromProblem(error);
    }
  }

  return (
    <section className="weerbaar-section" aria-labelledby="quarterly-heading">
      <h2 className="utrecht-heading-2" id="quarterly-heading">
        {t('trends.quarterly.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('trends.quarterly.intro')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <div className="utrecht-form weerbaar-form">
        <TextField
          {...fields.year}
          name="year"
          type="number"
          inputMode="numeric"
          min={QUARTERLY_REPORT_FIRST_YEAR}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={form.errors.fields.year}
        />
        <SelectField
          {...fields.quarter}
          name="quarter"
          value={quarter}
          onChange={(e) => setQuarter(e.target.value)}
          options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('trends.quarterly.quarterN', { n: q }) }))}
          error={form.errors.fields.quarter}
        />
        <p className="utrecht-paragraph">
          <a
            className="utrecht-link utrecht-link--html-a"
            href={quarterlyReportUrl({ year: Number(year), quarter: Number(quarter) })}
            download
          >
            {t('trends.quarterly.download')}
          </a>
        </p>
        {canPublish && (
          <>
            <TlpChoice
              {...fields.tlp}
              name="tlp"
              legend={fields.tlp.label}
              value={tlp}
              onChange={setTlp}
              labels={QUARTERLY_REPORT_TLPS}
              error={form.errors.fields.tlp}
            />
            <SelectField
              {...fields.communityId}
              name="communityId"
              value={community}
              onChange={(e) => setCommunityId(e.target.value)}
              options={(communities.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              error={form.errors.fields.communityId}
            />
            <div className="weerbaar-actions">
              <ConfirmButton
                title={t('trends.quarterly.confirmTitle')}
                text={t('trends.quarterly.confirmText', { quarter, year, tlp })}
                confirmLabel={t('trends.quarterly.publish')}
                onConfirm={onPublish}
              >
                {t('trends.quarterly.publish')}
              </ConfirmButton>
            </div>
          </>
        )}
      </div>
      {published && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to={`/knowledge/${published.id}`}>
            {t('trends.quarterly.open', { title: published.title })}
          </Link>
        </p>
      )}
      <LiveMessage message={message} />
    </section>
  );
}
