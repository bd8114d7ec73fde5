import { SCOPE_RULES_VERSION } from '@weerbaar/core/scope';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { activeMembership, useCurrentSession } from '../../auth/use-current-session.ts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { SaveAssessment } from './SaveAssessment.tsx';
import { ScopeHistory } from './ScopeHistory.tsx';
import { ScopeResultView } from './ScopeResultView.tsx';
import { ScopeWizard } from './ScopeWizard.tsx';
import { ScopeQuerySchema, useScopeAssessment } from './scope-api.ts';
import './scope.css';

/**
 * /scope, signed in: the same wizard as /check, but the outcome can be saved to the organisation's history
 * (scope:write), and the history is listed; `?assessment=<id>` shows one saved assessment.
 */
export function ScopePage() {
  const { t } = useTranslation();
  const membership = activeMembership(useCurrentSession());
  const viewing = useUrlQuery(ScopeQuerySchema).values.assessment;
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
      <QueryState query={assessment} retry={false}>
        {(data) => (
          <ScopeResultView
            result={data.result}
            meta={
              <>
                <p className="utrecht-paragraph">
                  {t('scopeWizard.result.assessedAt', {
                    date: formatDateTime(data.createdAt, currentLocale()),
                  })}
                  {' · '}
                  {data.createdBy.label}
                </p>
                {data.rulesVersion !== SCOPE_RULES_VERSION && (
                  <Alert type="warning">
                    <p className="utrecht-paragraph">
                      {t('scopeWizard.history.oldRules', { version: data.rulesVersion })}
                    </p>
                  </Alert>
                )}
              </>
            }
          />
        )}
      </QueryState>
    </Page>
  );
}
