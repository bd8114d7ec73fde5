import { SCOPE_RULES_VERSION } from '@weerbaar/core/scope';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { activeMembership, useCurrentSession } from '../../auth/use-current-session.ts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { LoadError, Loading } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { SaveAssessment } from './SaveAssessment.tsx';
import { ScopeHistory } from './ScopeHistory.tsx';
import { ScopeResultView } from './ScopeResultView.tsx';
import { ScopeWizard } from './ScopeWizard.tsx';
import { useScopeAssessment } from './scope-api.ts';
import './scope.css';

/**
 * /scope, signed in: the same wizard as /check, but the outcome can be saved to the organisation's history
 * (scope:write), and the history is listed; `?assessment=<id>` shows one saved assessment.
 */
export function ScopePage() {
  const { t } = useTranslation();
  const membership = activeMembership(useCurrentSession());
  const [params] = useSearchParams();
  const viewing = params.get('assessment');
  const canSave = useCan('scope:write');

  if (membership && viewing) return <SavedAssessment orgId={membership.orgId} id={viewing} />;
  return (
    <Page title={t('scopeWizard.title')} lead={t('scopeWizard.lead')}>
      <section className="weerbaar-section" aria-label={t('scopeWizard.history.newHeading')}>
        <ScopeWizard
          resultActions={
            membership
              ? (input) => <SaveAssessment orgId={membership.orgId} input={input} canSave={canSave} />
              : undefined
          }
        />
      </section>
      {membership && <ScopeHistory orgId={membership.orgId} />}
    </Page>
  );
}

function SavedAssessment({ orgId, id }: { orgId: string; id: string }) {
  const { t } = useTranslation();
  const assessment = useScopeAssessment(orgId, id);
  const back = (
    <p className="utrecht-paragraph weerbaar-no-print">
      <Link className="utrecht-link utrecht-link--html-a" to="/scope">
        {t('scopeWizard.history.back')}
      </Link>
    </p>
  );
  return (
    <Page title={t('scopeWizard.history.savedTitle')}>
      {back}
      {assessment.isPending ? (
        <Loading />
      ) : assessment.isError ? (
        <LoadError error={assessment.error} />
      ) : (
        <ScopeResultView
          result={assessment.data.result}
          meta={
            <>
              <p className="utrecht-paragraph">
                {t('scopeWizard.result.assessedAt', {
                  date: formatDateTime(assessment.data.createdAt, currentLocale()),
                })}
                {' · '}
                {assessment.data.createdBy.label}
              </p>
              {assessment.data.rulesVersion !== SCOPE_RULES_VERSION && (
                <Alert type="warning">
                  <p className="utrecht-paragraph">
                    {t('scopeWizard.history.oldRules', { version: assessment.data.rulesVersion })}
                  </p>
                </Alert>
              )}
            </>
          }
        />
      )}
    </Page>
  );
}
