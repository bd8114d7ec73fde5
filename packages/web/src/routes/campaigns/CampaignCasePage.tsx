import { CASE_NOTE_KINDS, type CampaignCase } from '@weerbaar/core/campaigns';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAddCaseEntry, useCampaignCase, useRemoveCaseReport } from './campaigns-api.ts';
import { LinkedReportsTable } from './LinkedReportsTable.tsx';

/** A case: the linked reports of several organisations merged, with its timeline of receipts, notes and decisions. */
export function CampaignCasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const kase = useCampaignCase(id);
  return (
    <Page title={kase.data?.title ?? t('campaigns.case.title')}>
      <QueryState query={kase}>{(c) => <CaseView kase={c} />}</QueryState>
    </Page>
  );
}

function CaseView({ kase: c }: { kase: CampaignCase }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('authority:triage');
  const addEntry = useAddCaseEntry(c.id);
  const remove = useRemoveCaseReport(c.id);
  const fields = { text: { id: 'case-entry-text', label: t('campaigns.case.entryText') } };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string>();

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (addEntry.isPending) return;
    const data = new FormData(event.currentTarget);
    const text = String(data.get('text') ?? '').trim();
    const kind = String(data.get('kind')) as (typeof CASE_NOTE_KINDS)[number];
    if (!text) return form.setErrors({ fields: { text: t('validation.required') } });
    addEntry.mutate(
      { kind, text },
      {
        onSuccess: () => {
          form.clear();
          setFormKey((k) => k + 1);
          setMessage(t('campaigns.case.entrySaved'));
        },
        onError: form.fromProblem,
      },
    );
  }

  const entryText = (e: CampaignCase['timeline'][number]) => {
    const report = e.report ? `${e.report.authorityReference} (${e.report.senderName})` : '';
    switch (e.kind) {
      case 'report_received':
        return t('campaigns.timeline.received', { report });
      case 'report_added':
        return t('campaigns.timeline.added', { report });
      case 'report_removed':
        return t('campaigns.timeline.removed', { report });
      case 'note':
        return `${t('campaigns.timeline.note')}: ${e.text ?? ''}`;
      case 'decision':
        return `${t('campaigns.timeline.decision')}: ${e.text ?? ''}`;
    }
  };

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/campaigns">
          {t('campaigns.detail.back')}
        </Link>
      </p>
      <LiveMessage message={message} />
      <p className="utrecht-paragraph" data-testid="case-counts">
        {t('campaigns.cases.counts', { reports: c.reportCount, entities: c.entityCount })}
      </p>
      <section className="weerbaar-section" aria-labelledby="case-reports-heading">
        <h2 className="utrecht-heading-2" id="case-reports-heading">
          {t('campaigns.case.reports')}
        </h2>
        <LinkedReportsTable
          reports={c.reports}
          caption={t('campaigns.case.reportsCaption', { title: c.title })}
          action={
            canWrite
              ? {
                  header: t('campaigns.case.actions'),
                  cell: (r) => (
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action"
                      aria-disabled={remove.isPending || undefined}
                      onClick={() =>
                        !remove.isPending &&
                        remove.mutate(r.id, { onSuccess: () => setMessage(t('campaigns.case.removed')) })
                      }
                    >
                      {t('campaigns.case.remove', { report: r.authorityReference })}
                    </button>
                  ),
                }
              : undefined
          }
        />
      </section>
      <section className="weerbaar-section" aria-labelledby="case-timeline-heading">
        <h2 className="utrecht-heading-2" id="case-timeline-heading">
          {t('campaigns.case.timeline')}
        </h2>
        <ol className="utrecht-ordered-list" data-testid="case-timeline">
          {c.timeline.map((e) => (
            <li className="utrecht-ordered-list__item" key={`${e.kind}:${e.id}`}>
              <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time> — {entryText(e)}
              {e.by ? ` (${e.by})` : ''}
            </li>
          ))}
        </ol>
      </section>
      {canWrite && (
        <section className="weerbaar-section" key={formKey}>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onAdd} aria-labelledby="case-entry-heading">
            <h2 className="utrecht-heading-2" id="case-entry-heading">
              {t('campaigns.case.addEntry')}
            </h2>
            <SelectField
              id="case-entry-kind"
              name="kind"
              label={t('campaigns.case.entryKind')}
              options={CASE_NOTE_KINDS.map((k) => ({ value: k, label: t(`campaigns.timeline.${k}`) }))}
            />
            <TextAreaField
              id="case-entry-text"
              name="text"
              label={fields.text.label}
              error={form.errors.fields.text}
              maxLength={10_000}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={addEntry.isPending} busyLabel={t('common.saving')}>
                {t('campaigns.case.save')}
              </SubmitButton>
            </div>
          </form>
        </section>
      )}
    </>
  );
}
