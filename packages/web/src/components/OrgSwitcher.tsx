import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSwitchOrganisation } from '../api/session.ts';
import { activeMembership, useCurrentSession } from '../auth/use-current-session.ts';
import { problemMessage } from '../forms/form-errors.ts';

/**
 * Select plus button rather than switching on change: changing the whole context just by moving
 * through the options with the arrow keys would surprise keyboard users (WCAG 3.2.2).
 */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const switchOrg = useSwitchOrganisation();
  const active = activeMembership(session);
  const [message, setMessage] = useState<string>();

  if (session.memberships.length <= 1) {
    return (
      <p className="weerbaar-org weerbaar-org--single">
        <span className="weerbaar-org__label">{t('header.organisation')}:</span>{' '}
        <strong>{active?.orgName ?? t('header.noOrganisation')}</strong>
      </p>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const orgId = String(new FormData(event.currentTarget).get('orgId') ?? '');
    if (!orgId || orgId === session.activeOrgId || switchOrg.isPending) return;
    switchOrg.mutate(orgId, {
      onSuccess: (next) =>
        setMessage(t('header.switchedTo', { name: next.memberships.find((m) => m.orgId === orgId)?.orgName ?? '' })),
      onError: (error) => setMessage(problemMessage(error, t)),
    });
  }

  return (
    <form className="weerbaar-org" onSubmit={onSubmit}>
      <label className="utrecht-form-label weerbaar-org__label" htmlFor="org-switcher">
        {t('header.organisation')}
      </label>
      <select
        id="org-switcher"
        name="orgId"
        className="utrecht-select utrecht-select--html-select"
        key={session.activeOrgId ?? 'none'}
        defaultValue={session.activeOrgId ?? ''}
      >
        {session.memberships.map((m) => (
          <option key={m.orgId} value={m.orgId}>
            {m.orgName}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        aria-disabled={switchOrg.isPending || undefined}
      >
        {switchOrg.isPending ? t('header.switchingOrganisation') : t('header.switchOrganisation')}
      </button>
      <span role="status" className="weerbaar-visually-hidden">
        {message}
      </span>
    </form>
  );
}
