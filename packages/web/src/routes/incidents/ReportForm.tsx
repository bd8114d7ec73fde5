import {
  CER_STAGES,
  REPORT_RECIPIENTS,
  REPORT_ROOT_CAUSES,
  SEVERITIES,
  STAGE_DEADLINE_WORDS_NL,
  VOLUNTARY_SUBJECTS,
  type ReportStage,
} from '@weerbaar/core/incidents';
import { useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AnswerGroup } from './AnswerGroup.tsx';
import { useReportDraft, useSubmitReport } from './incidents-api.ts';
import { indicatorTypeLabel } from './ReportContentView.tsx';
import { ReportReview } from './ReportReview.tsx';
import { toDutchInputValue } from './amsterdam-input.ts';
import { buildReportContent, REPORT_FIELDS, type Draft } from './report-content.ts';
import { capitalise, stageLabel } from './stage-label.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { cite } from '../../format/citation.ts';

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
  const [review, setReview] = useState<Record<string, unknown> | null>(null);
  const label = stageLabel(stage, locale);
  const fieldIds: Record<string, { id: string; label: string }> = Object.fromEntries(
    REPORT_FIELDS[stage].map((name) => [
      `content.${name}`,
      {
        id: `report-${name.replaceAll('.', '-')}${isAnswer(name) ? '-yes' : ''}`,
        label: fieldLabel(t, stage, name),
      },
    ]),
  );
  // Errors on a whole group (the progress report's "not yet known" list, a support request that asks
  // nothing, mitigation as one point) link to the group's first field.
  if (stage === 'progress_report') {
    fieldIds['content.notYetKnown'] = {
      id: 'report-notYetKnown-description',
      label: t('incidents.report.notYetKnown'),
    };
    fieldIds['content.mitigationMeasures'] = {
      id: 'report-mitigationMeasures-applied',
      label: t('incidents.report.fields.mitigationMeasures_applied'),
    };
  }
  if (fieldIds['content.supportRequest.guidance']) {
    fieldIds['content.supportRequest'] = {
      id: 'report-supportRequest-guidance',
      label: t('incidents.report.supportTitle'),
    };
  }
  const form = useFormErrors(fieldIds);
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
  const checkbox = (name: string, hint?: string) => {
    const field = fieldIds[`content.${name}`]!;
    const [head, point] = name.split('.');
    const checked =
      head === 'notYetKnown'
        ? Array.isArray(content.notYetKnown) && content.notYetKnown.includes(point)
        : valueAt(content, name) === true;
    return (
      <div
        key={name}
        className={`utrecht-form-field utrecht-form-field--checkbox${err(name) ? ' utrecht-form-field--invalid' : ''}`}
      >
        <input
          id={field.id}
          name={name}
          type="checkbox"
          value="true"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          defaultChecked={checked}
          aria-describedby={hint ? `${field.id}-hint` : undefined}
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={field.id}>
          {field.label}
        </label>
        {hint && (
          <div className="utrecht-form-field__description" id={`${field.id}-hint`}>
            <p className="utrecht-form-field-description">{hint}</p>
          </div>
        )}
      </div>
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

  // Submitting the form opens the review (issue 9: the report as the authority receives it); only the
  // review's explicit confirmation sends. The form stays mounted, hidden, so going back keeps every answer.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    setReview(buildReportContent(stage, formValues(event.currentTarget), content));
  }

  function send(reviewed: Record<string, unknown>) {
    if (submit.isPending) return;
    submit.mutate(
      { stage, reportId: reportId.current, content: reviewed },
      {
        onSuccess: () => {
          setReview(null);
          reportId.current = crypto.randomUUID();
          setMessage(t('incidents.report.sent', { stage: label }));
        },
        onError: (error) => {
          // The server's objections belong beside the fields: back to the form, errors linked.
          setReview(null);
          form.fromProblem(error);
        },
      },
    );
  }

  const law = t('incidents.report.law');
  // The deadline in the law's own words (Cbw arts. 26-29; CER Art. 15(1)); a voluntary notification has none.
  const deadlineWords =
    stage === 'voluntary_notification'
      ? []
      : stage === 'notification'
        ? [STAGE_DEADLINE_WORDS_NL.notification, STAGE_DEADLINE_WORDS_NL.notification_trust_service]
        : [STAGE_DEADLINE_WORDS_NL[stage]];
  const deadlineQuote = () =>
    deadlineWords.length === 0 ? (
      <p className="utrecht-paragraph" data-testid="report-deadline-words">
        {t('incidents.report.noDeadline')}
      </p>
    ) : (
      <div data-testid="report-deadline-words">
        {deadlineWords.map((d) => (
          <p className="utrecht-paragraph" key={d.source}>
            {t('incidents.report.deadlineWords')} <q lang="nl">{d.words}</q> ({cite(d.source)}).
          </p>
        ))}
      </div>
    );
  const supportFields = () =>
    (CER_STAGES as readonly string[]).includes(stage) ? null : (
      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
        data-testid="report-support-request"
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('incidents.report.supportTitle')}
        </legend>
        <p className="utrecht-form-field-description">{t('incidents.report.supportHint')}</p>
        {checkbox('supportRequest.guidance')}
        {checkbox('supportRequest.technicalSupport')}
        {text('supportRequest.note', { area: true, optional: true })}
      </fieldset>
    );
  const crossBorderInformation = (hint: string) => (
    <>
      {text('crossBorderInformation', { area: true, hint })}
      {checkbox('crossBorderInformationNoneAvailable')}
    </>
  );
  /** Cbw art. 29(2): each point of the progress report can be marked "nog niet bekend" explicitly. */
  const unknown = (point: string) => (stage === 'progress_report' ? checkbox(`notYetKnown.${point}`) : null);
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
              {indicatorTypeLabel(i.type, t)}: <code className="utrecht-code">{i.value}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
  const contactFields = () => (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {/* Cbw art. 26(2)(c) asks it of the mandatory reports; for a voluntary one it is the platform's question. */}
        {stage === 'voluntary_notification'
          ? t('incidents.report.contactTitleVoluntary')
          : t('incidents.report.contactTitle')}
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
          source: cite(REPORT_RECIPIENTS[stage].source),
        })}
      </p>
      {review && (
        <ReportReview
          stage={stage}
          label={label}
          content={review}
          sending={submit.isPending}
          onBack={() => setReview(null)}
          onConfirm={() => send(review)}
        />
      )}
      <ErrorSummary errors={form.errors} fields={fieldIds} />
      <form
        className="utrecht-form weerbaar-form"
        hidden={review !== null}
        noValidate
        onSubmit={onSubmit}
        aria-label={capitalise(label)}
        data-testid={`report-form-${stage}`}
      >
        {deadlineQuote()}
        {(stage === 'early_warning' || stage === 'notification') && (
          <>
            {answer('suspectedUnlawfulOrMalicious', `${law} 23(4)(a)`)}
            {answer('crossBorderImpactPossible', `${law} 23(4)(a)`)}
            {contactFields()}
          </>
        )}
        {stage === 'early_warning' && (
          <>
            {text('summary', { area: true, optional: true, hint: t('incidents.report.voluntary') })}
            <TextField
              key="suspectedStartAt"
              {...fieldIds['content.suspectedStartAt']!}
              name="suspectedStartAt"
              type="datetime-local"
              optional
              hint={t('incidents.report.startHint')}
              error={err('suspectedStartAt')}
              defaultValue={
                typeof content.suspectedStartAt === 'string' ? toDutchInputValue(content.suspectedStartAt) : ''
              }
            />
            {text('recoveryTimeForecast', { optional: true, hint: t('incidents.report.cbbWherePossible') })}
            {text('measuresTaken', { area: true, optional: true, hint: t('incidents.report.cbbWherePossible') })}
          </>
        )}
        {stage === 'notification' && (
          <>
            {severity('initialAssessment.severity')}
            {text('initialAssessment.impact', { area: true, hint: `${law} 23(4)(b)` })}
            {iocList()}
            {crossBorderInformation(t('incidents.report.crossBorderHint'))}
          </>
        )}
        {stage === 'intermediate_report' && text('statusUpdate', { area: true, hint: `${law} 23(4)(c)` })}
        {(stage === 'final_report' || stage === 'progress_report') && (
          <>
            {stage === 'progress_report' && <p className="utrecht-paragraph">{t('incidents.report.progressHint')}</p>}
            {text('description', { area: true, optional: stage === 'progress_report', hint: `${law} 23(4)(d)(i)` })}
            {unknown('description')}
            {severity('severity', stage === 'progress_report')}
            {unknown('severity')}
            {text('impact', { area: true, optional: stage === 'progress_report' })}
            {unknown('impact')}
            {text('threatTypeOrRootCause', {
              area: true,
              optional: stage === 'progress_report',
              hint: `${law} 23(4)(d)(ii)`,
            })}
            {unknown('threatTypeOrRootCause')}
            {stage === 'final_report' && (
              <SelectField
                key="rootCauseCode"
                {...fieldIds['content.rootCauseCode']!}
                name="rootCauseCode"
                hint={t('authorityDelivery.rootCauseHint')}
                defaultValue={String(content.rootCauseCode ?? '')}
                error={err('rootCauseCode')}
                options={[
                  { value: '', label: t('incidents.report.choose') },
                  ...REPORT_ROOT_CAUSES.map((c) => ({ value: c, label: t(`authorityDelivery.rootCauses.${c}`) })),
                ]}
              />
            )}
            {text('mitigationMeasures.applied', {
              area: true,
              optional: stage === 'progress_report',
              hint: `${law} 23(4)(d)(iii)`,
            })}
            {text('mitigationMeasures.ongoing', { area: true, optional: true })}
            {unknown('mitigationMeasures')}
            {text('crossBorderImpact', {
              area: true,
              optional: true,
              hint: stage === 'progress_report' ? t('incidents.report.crossBorderProgressHint') : `${law} 23(4)(d)(iv)`,
            })}
            {unknown('crossBorderImpact')}
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
              hint={t('incidents.report.platformAsks')}
              options={[
                { value: '', label: t('incidents.report.choose') },
                ...VOLUNTARY_SUBJECTS.map((s) => ({ value: s, label: t(`incidents.report.subjects.${s}`) })),
              ]}
            />
            {text('description', { area: true, hint: t('incidents.report.platformAsks') })}
            {answer('suspectedUnlawfulOrMalicious', t('incidents.report.platformAsks'))}
            {answer('crossBorderImpactPossible', t('incidents.report.platformAsks'))}
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
            {crossBorderInformation(t('incidents.report.cerCrossBorderHint'))}
          </>
        )}
        {supportFields()}
        <div className="weerbaar-actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t('incidents.review.check', { stage: label })}
          </button>
        </div>
      </form>
      <LiveMessage message={message} />
    </>
  );
}

/** A voluntary notification may be about a threat or a near miss, so its description is not "of the incident". */
const fieldLabelKey = (stage: ReportStage, name: string) =>
  stage === 'voluntary_notification' && name === 'description' ? 'voluntaryDescription' : name.replaceAll('.', '_');

/** A "not yet known" checkbox names its field, so each of them reads on its own. */
function fieldLabel(t: TFunction, stage: ReportStage, name: string): string {
  const [head, point] = name.split('.');
  if (head === 'notYetKnown' && point) {
    return t('incidents.report.notYetKnownFor', {
      field: t(`incidents.report.fields.${point}` as 'incidents.report.fields.statusUpdate'),
    });
  }
  return t(`incidents.report.fields.${fieldLabelKey(stage, name)}` as 'incidents.report.fields.statusUpdate');
}

const valueAt = (content: Draft, name: string): unknown =>
  name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], content);

const isAnswer = (name: string) => ['suspectedUnlawfulOrMalicious', 'crossBorderImpactPossible'].includes(name);
