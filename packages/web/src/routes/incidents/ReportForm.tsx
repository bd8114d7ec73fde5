import { REPORT_RECIPIENTS, SEVERITIES, VOLUNTARY_SUBJECTS, type ReportStage } from '@weerbaar/core/incidents';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AnswerGroup } from './AnswerGroup.tsx';
import { useReportDraft, useSubmitReport } from './incidents-api.ts';
import { buildReportContent, REPORT_FIELDS, type Draft } from './report-content.ts';
import { capitalise, stageLabel } from './stage-label.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';

interface ReportFormProps {
  incidentId: string;
  stage: ReportStage;
}

/**
 * The form of one stage with exactly the content the law asks (NIS2 Art. 23(4); Cbw arts. 26-29),
 * pre-filled from the register. The report id is made here once, so a retried click never sends twice.
 */
export function ReportForm({ incidentId, stage }: ReportFormProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const draft = useReportDraft(incidentId, stage);
  const submit = useSubmitReport(incidentId);
  const reportId = useRef(crypto.randomUUID());
  const [message, setMessage] = useState<string>();
  const label = stageLabel(stage, locale);
  const fieldIds = Object.fromEntries(
    REPORT_FIELDS[stage].map((name) => [
      `content.${name}`,
      {
        id: `report-${name.replaceAll('.', '-')}${isAnswer(name) ? '-yes' : ''}`,
        label: t(`incidents.report.fields.${fieldLabelKey(stage, name)}` as 'incidents.report.fields.statusUpdate'),
      },
    ]),
  );
  const form = useFormErrors(Object.keys(fieldIds));
  if (draft.data === undefined) return <QueryState query={draft} />;
  const content = draft.data.content as Draft;
  const err = (name: string) => form.errors.fields[`content.${name}`];
  const text = (name: string, opts: { area?: boolean; optional?: boolean; hint?: string } = {}) => {
    const field = fieldIds[`content.${name}`]!;
    const value = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], content);
    const common = {
      ...field,
      name,
      optional: opts.optional,
      hint: opts.hint,
      error: err(name),
      defaultValue: typeof value === 'string' ? value : '',
    };
    return opts.area ? (
      <TextAreaField key={name} {...common} maxLength={10_000} />
    ) : (
      <TextField key={name} {...common} maxLength={320} />
    );
  };
  const answer = (name: string, hint: string) => (
    <AnswerGroup
      key={name}
      id={`report-${name}`}
      name={name}
      legend={fieldIds[`content.${name}`]!.label}
      hint={hint}
      error={err(name)}
      defaultValue={String(content[name] ?? 'unknown')}
    />
  );
  const severity = (name: string, optional = false) => (
    <SelectField
      key={name}
      {...fieldIds[`content.${name}`]!}
      name={name}
      defaultValue={String(
        name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], content) ?? '',
      )}
      error={err(name)}
      options={[
        { value: '', label: optional ? t('incidents.report.notYetKnown') : t('incidents.report.choose') },
        ...SEVERITIES.map((s) => ({ value: s, label: t(`incidents.report.severities.${s}`) })),
      ]}
    />
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    const body = {
      stage,
      reportId: reportId.current,
      content: buildReportContent(stage, formValues(event.currentTarget), content),
    };
    submit.mutate(body, {
      onSuccess: () => {
        form.clear();
        reportId.current = crypto.randomUUID();
        setMessage(t('incidents.report.sent', { stage: label }));
      },
      onError: form.fromProblem,
    });
  }

  const law = t('incidents.report.law');
  const iocs = (content.indicatorsOfCompromise as { type: string; value: string }[] | undefined) ?? [];
  const iocList = () => (
    <>
      <h3 className="utrecht-heading-3">{t('incidents.report.fields.indicatorsOfCompromise')}</h3>
      {iocs.length === 0 ? (
        <p className="utrecht-paragraph">{t('incidents.report.noIocs')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {iocs.map((i) => (
            <li className="utrecht-unordered-list__item" key={`${i.type}:${i.value}`}>
              {i.type}: <code className="utrecht-code">{i.value}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
  const contactFields = () => (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t('incidents.report.contactTitle')}
      </legend>
      {text('contact.name')}
      {text('contact.email')}
      {text('contact.phone')}
    </fieldset>
  );
  return (
    <>
      {draft.data.previous && (
        <p className="utrecht-paragraph">
          {t('incidents.report.correction', { version: draft.data.previous.version + 1 })}
        </p>
      )}
      {/* Where it goes, and the article that says so (Cbw arts. 26(1), 27(1), 29(1); CER Art. 15(1); Cbw art. 33). */}
      <p className="utrecht-paragraph" data-testid="report-goes-to">
        {t('incidents.report.goesTo', {
          recipients: REPORT_RECIPIENTS[stage].recipients
            .map((x) => t(`incidents.reports.recipient.${x}`))
            .join(` ${t('incidents.report.and')} `),
          source: REPORT_RECIPIENTS[stage].source,
        })}
      </p>
      <ErrorSummary errors={form.errors} fields={fieldIds} />
      <form
        className="utrecht-form weerbaar-form"
        noValidate
        onSubmit={onSubmit}
        aria-label={capitalise(label)}
        data-testid={`report-form-${stage}`}
      >
        {(stage === 'early_warning' || stage === 'notification') && (
          <>
            {answer('suspectedUnlawfulOrMalicious', `${law} 23(4)(a)`)}
            {answer('crossBorderImpactPossible', `${law} 23(4)(a)`)}
            {contactFields()}
          </>
        )}
        {stage === 'early_warning' &&
          text('summary', { area: true, optional: true, hint: t('incidents.report.voluntary') })}
        {stage === 'notification' && (
          <>
            {severity('initialAssessment.severity')}
            {text('initialAssessment.impact', { area: true, hint: `${law} 23(4)(b)` })}
            {iocList()}
            {text('crossBorderInformation', {
              area: true,
              optional: true,
              hint: t('incidents.report.crossBorderHint'),
            })}
          </>
        )}
        {stage === 'intermediate_report' && text('statusUpdate', { area: true, hint: `${law} 23(4)(c)` })}
        {(stage === 'final_report' || stage === 'progress_report') && (
          <>
            {stage === 'progress_report' && <p className="utrecht-paragraph">{t('incidents.report.progressHint')}</p>}
            {text('description', { area: true, hint: `${law} 23(4)(d)(i)` })}
            {severity('severity', stage === 'progress_report')}
            {text('impact', { area: true, optional: stage === 'progress_report' })}
            {text('threatTypeOrRootCause', {
              area: true,
              optional: stage === 'progress_report',
              hint: `${law} 23(4)(d)(ii)`,
            })}
            {text('mitigationMeasures.applied', {
              area: true,
              optional: stage === 'progress_report',
              hint: `${law} 23(4)(d)(iii)`,
            })}
            {text('mitigationMeasures.ongoing', { area: true, optional: true })}
            {text('crossBorderImpact', { area: true, optional: true, hint: `${law} 23(4)(d)(iv)` })}
          </>
        )}
        {stage === 'voluntary_notification' && (
          <>
            <p className="utrecht-paragraph" data-testid="voluntary-explanation">
              {t('incidents.report.voluntaryIntro')}
            </p>
            <SelectField
              key="subject"
              {...fieldIds['content.subject']!}
              name="subject"
              defaultValue={String(content.subject ?? '')}
              error={err('subject')}
              hint={`${law} 30(1)`}
              options={[
                { value: '', label: t('incidents.report.choose') },
                ...VOLUNTARY_SUBJECTS.map((s) => ({ value: s, label: t(`incidents.report.subjects.${s}`) })),
              ]}
            />
            {text('description', { area: true })}
            {answer('suspectedUnlawfulOrMalicious', `${law} 30(2)`)}
            {answer('crossBorderImpactPossible', `${law} 30(2)`)}
            {iocList()}
            {contactFields()}
          </>
        )}
        {(stage === 'cer_initial' || stage === 'cer_detailed') && (
          <>
            {text('nature', { area: true, hint: 'CER art. 15(2)' })}
            {text('cause', { area: true, optional: true })}
            {text('possibleConsequences', { area: true })}
            {answer('crossBorderImpact', 'CER art. 15(2)')}
          </>
        )}
        <div className="weerbaar-actions">
          <SubmitButton busy={submit.isPending} busyLabel={t('incidents.report.sending')}>
            {t('incidents.report.send', { stage: label })}
          </SubmitButton>
        </div>
      </form>
      <LiveMessage message={message} />
    </>
  );
}

/** A voluntary notification may be about a threat or a near miss, so its description is not "of the incident". */
const fieldLabelKey = (stage: ReportStage, name: string) =>
  stage === 'voluntary_notification' && name === 'description' ? 'voluntaryDescription' : name.replaceAll('.', '_');

const isAnswer = (name: string) => ['suspectedUnlawfulOrMalicious', 'crossBorderImpactPossible'].includes(name);
