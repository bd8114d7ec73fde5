import type { ReportStage } from '@weerbaar/core/incidents';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { ReportContentView } from './ReportContentView.tsx';
import { isEmptyValue, reportContentEntries } from './report-content-view.ts';

interface ReportReviewProps {
  stage: ReportStage;
  /** The stage's name, e.g. "vroegtijdige waarschuwing". */
  label: string;
  content: Record<string, unknown>;
  sending: boolean;
  onBack: () => void;
  onConfirm: () => void;
}

/**
 * The last step before a legal report leaves: the whole report as the authority will receive it, the
 * fields left empty named first, and an explicit confirmation. A sent report cannot be changed (a
 * correction is a new version), so this is the moment to look.
 */
export function ReportReview({ stage, label, content, sending, onBack, onConfirm }: ReportReviewProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const empty = reportContentEntries(stage, content).filter(
    (e) => e.labelKey !== null && isEmptyValue(e.value) && !e.path.startsWith('notYetKnown'),
  );
  return (
    <section
      className="weerbaar-section weerbaar-panel"
      aria-labelledby="report-review-heading"
      data-testid="report-review"
    >
      <h3 className="utrecht-heading-3" id="report-review-heading" ref={heading} tabIndex={-1}>
        {t('incidents.review.title', { stage: label })}
      </h3>
      <p className="utrecht-paragraph">{t('incidents.review.intro')}</p>
      {empty.length > 0 && (
        <Alert type="warning" heading={t('incidents.review.emptyTitle')} testId="report-review-empty">
          <p className="utrecht-paragraph">{t('incidents.review.emptyText')}</p>
          <ul className="utrecht-unordered-list">
            {empty.map((e) => (
              <li className="utrecht-unordered-list__item" key={e.path}>
                {t(`incidents.report.fields.${e.labelKey}` as 'incidents.report.fields.statusUpdate')}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <ReportContentView stage={stage} payload={{ content }} />
      <form
        className="weerbaar-actions"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!sending) onConfirm();
        }}
      >
        <SubmitButton busy={sending} busyLabel={t('incidents.report.sending')}>
          {t('incidents.review.confirm', { stage: label })}
        </SubmitButton>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onBack}>
          {t('incidents.review.back')}
        </button>
      </form>
    </section>
  );
}
