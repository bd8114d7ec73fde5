import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canAccess } from '../../auth/access.ts';
import { activeMembership, useCurrentSession } from '../../auth/use-current-session.ts';
import { useIncidentResponsePlan } from './continuity-plans-api.ts';

/**
 * On the incident pages: the incident response plan to follow. The incident module has no plan of its own;
 * the crisis protocol marked as incident response plan is the one (Impl. Reg. 2024/2690 Annex 4.1.2(i)).
 */
export function IncidentResponsePlanLink() {
  const { t } = useTranslation();
  // Plans are an entity's (as the continuity page is).
  const canRead = canAccess(activeMembership(useCurrentSession()), { orgKind: 'entity', permission: 'org:read' });
  const irp = useIncidentResponsePlan(canRead);
  const plan = irp.data?.plan;
  if (!canRead || irp.data === undefined) return null;
  return (
    <p className="utrecht-paragraph" data-testid="incident-response-plan">
      {plan ? (
        <>
          {t('continuityPlans.irp.follow')}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={`/continuity-plans/${plan.id}`}>
            {plan.title}
          </Link>
          {plan.approvedVersion === null
            ? ` (${t('continuityPlans.list.notApproved')})`
            : ` (${t('continuityPlans.list.approvedVersion', { version: plan.approvedVersion })})`}
        </>
      ) : (
        t('continuityPlans.irp.none')
      )}
    </p>
  );
}
