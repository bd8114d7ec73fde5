import {
  VOLUNTARY_STAGE,
  voluntaryNotificationAvailability,
  type ReportStage,
  type TrackedDeadline,
} from '@weerbaar/core/incidents';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AttachmentsPanel } from './AttachmentsPanel.tsx';
import { useCan } from '../../auth/use-can.ts';
import { DeadlinesTable } from './DeadlinesTable.tsx';
import { useIncident, useIncidentDeadlines, useIncidentReports } from './incidents-api.ts';
import { IncidentResponsePlanLink } from '../continuity-plans/IncidentResponsePlanLink.tsx';
import { LessonsSection } from './LessonsSection.tsx';
import { ObservablesSection } from './ObservablesSection.tsx';
import { RecipientCommunicationsSection } from './RecipientCommunicationsSection.tsx';
import { ReportForm } from './ReportForm.tsx';
import { SignificancePanel } from './SignificancePanel.tsx';
import { capitalise, stageLabel } from './stage-label.ts';
import { StatusActions } from './StatusActions.tsx';
import { StatusPrompt } from './StatusPrompt.tsx';
import { SubmittedReports } from './SubmittedReports.tsx';
import { TasksSection } from './TasksSection.tsx';
import { TimelineList } from './TimelineList.tsx';
import { useServerNow } from './use-server-clock.ts';
import './incidents.css';

const OWED = ['overdue', 'pending', 'conditional'];

/** Stages a report can be sent for: owed ones first (most urgent first), then corrections of sent ones. */
function reportableStages(stages: readonly TrackedDeadline[]): ReportStage[] {
  const owed = stages
    .filter((s) => OWED.includes(s.state))
    .sort((a, b) => Date.parse(a.deadline ?? '9999') - Date.parse(b.deadline ?? '9999'));
  const sent = stages.filter((s) => s.state === 'submitted' || s.state === 'submitted_late');
  const later = stages.filter((s) => s.state === 'awaiting_input' && s.stage !== 'intermediate_report');
  return [...owed, ...sent, ...later].map((s) => s.stage as ReportStage);
}

export function IncidentDetailPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const incident = useIncident(id);
  const deadlines = useIncidentDeadlines(id);
  const reports = useIncidentReports(id);
  const canWrite = useCan('incidents:write');
  const canSubmit = useCan('reports:submit');
  const canShare = useCan('information:share');
  const now = useServerNow(deadlines.data?.now);
  const [chosen, setChosen] = useState<ReportStage>();

  if (incident.data === undefined) return <QueryState query={incident} />;
  const i = incident.data;
  // NIS2 Art. 30; Cbw art. 33: a voluntary notification is offered after the owed stages, until the
  // incident is decided significant (then the mandatory stages are the way to report it).
  const voluntary = voluntaryNotificationAvailability(i.significance.decision?.outcome ?? 'undecided').allowed;
  const stages = [
    ...reportableStages(deadlines.data?.stages ?? []),
    ...(voluntary && deadlines.data ? [VOLUNTARY_STAGE] : []),
  ];
  const stage = chosen && stages.includes(chosen) ? chosen : stages[0];

  return (
    <Page title={`${i.reference}: ${i.title}`} lead={i.description ?? undefined}>
      <p className="utrecht-paragraph weerbaar-no-print">
        <Link className="utrecht-link utrecht-link--html-a" to="/incidents">
          {t('incidents.detail.back')}
        </Link>
      </p>
      <IncidentResponsePlanLink />
      <dl className="weerbaar-facts">
        <dt>{t('incidents.detail.status')}</dt>
        <dd data-testid="incident-status">{t(`incidents.statuses.${i.status}`)}</dd>
        <dt>{t('incidents.list.category')}</dt>
        <dd>{t(`incidents.categories.${i.category}`)}</dd>
        <dt>{t('incidents.detail.source')}</dt>
        <dd>{t(`incidents.sources.${i.source}`)}</dd>
        <dt>{t('incidents.detail.detectedAt')}</dt>
        <dd>{formatDateTime(i.detectedAt, locale)}</dd>
        {i.awareAt && (
          <>
            <dt>{t('incidents.detail.awareAt')}</dt>
            <dd>{formatDateTime(i.awareAt, locale)}</dd>
          </>
        )}
        {i.containedAt && (
          <>
            <dt>{t('incidents.detail.containedAt')}</dt>
            <dd>{formatDateTime(i.containedAt, locale)}</dd>
          </>
        )}
        {i.resolvedAt && (
          <>
            <dt>{t('incidents.detail.resolvedAt')}</dt>
            <dd>{formatDateTime(i.resolvedAt, locale)}</dd>
          </>
        )}
        <dt>{t('incidents.form.assets')}</dt>
        <dd>{i.assets.length > 0 ? i.assets.map((a) => a.name).join(', ') : t('common.none')}</dd>
      </dl>
      <StatusPrompt incident={i} reportStages={reports.data?.map((r) => r.stage) ?? []} canWrite={canWrite} />
      {canWrite && <StatusActions incident={i} />}

      <SignificancePanel incident={i} canWrite={canWrite} />

      <section className="weerbaar-section" aria-labelledby="deadlines-heading">
        <h2 className="utrecht-heading-2" id="deadlines-heading">
          {t('incidents.deadlines.title')}
        </h2>
        {deadlines.data && deadlines.data.stages.length === 0 ? (
          <p className="utrecht-paragraph">{t('incidents.deadlines.none')}</p>
        ) : (
          <>
            <p className="utrecht-paragraph">{t('incidents.deadlines.intro')}</p>
            {deadlines.data && (
              <DeadlinesTable
                stages={deadlines.data.stages}
                now={now}
                caption={t('incidents.deadlines.caption', { reference: i.reference })}
              />
            )}
          </>
        )}
      </section>

      {canSubmit && stage && (
        <section className="weerbaar-section weerbaar-panel weerbaar-no-print" aria-labelledby="report-heading">
          <h2 className="utrecht-heading-2" id="report-heading">
            {t('incidents.report.title')}
          </h2>
          <p className="utrecht-paragraph">{t('incidents.report.intro')}</p>
          <SelectField
            id="report-stage"
            name="stage"
            label={t('incidents.report.chooseStage')}
            value={stage}
            onChange={(e) => setChosen(e.target.value as ReportStage)}
            options={stages.map((s) => ({ value: s, label: capitalise(stageLabel(s, locale)) }))}
          />
          <ReportForm key={stage} incidentId={i.id} stage={stage} />
        </section>
      )}

      <section className="weerbaar-section" aria-labelledby="reports-heading">
        <h2 className="utrecht-heading-2" id="reports-heading">
          {t('incidents.reports.title')}
        </h2>
        <QueryState query={reports} retry={false} />
        {reports.data && <SubmittedReports incidentId={i.id} reports={reports.data} canWrite={canWrite} />}
      </section>

      <TasksSection incidentId={i.id} canWrite={canWrite} />
      <ObservablesSection incidentId={i.id} canWrite={canWrite} canShare={canShare} />
      <RecipientCommunicationsSection incidentId={i.id} canWrite={canWrite} />
      <LessonsSection incident={i} canWrite={canWrite} />
      <AttachmentsPanel incidentId={i.id} status={i.status} canWrite={canWrite} />

      <section className="weerbaar-section" aria-labelledby="timeline-heading">
        <h2 className="utrecht-heading-2" id="timeline-heading">
          {t('incidents.timeline.title')}
        </h2>
        <TimelineList incidentId={i.id} canWrite={canWrite} />
      </section>
    </Page>
  );
}
