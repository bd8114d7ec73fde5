import { CRISIS_TEAM_ROLES, type CrisisTeamRole } from '@weerbaar/core/crisis';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { missingFields } from '../../forms/form-values.ts';
import { problemMessage } from '../../forms/form-errors.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useRemoveTeamMember, useSetTeamMember, useTeamCandidates } from './crisis-api.ts';
import { Section, type PartProps } from './room-parts.tsx';

/**
 * The crisis team: who has which role; the coordinator gives a person of the organisation or of a member
 * organisation a role, or takes them out.
 */
export function TeamSection({ crisis: c, canPost: canManage, onSaved }: PartProps) {
  const { t } = useTranslation();
  const remove = useRemoveTeamMember(c.id);
  function onRemove(userId: string, name: string) {
    if (remove.isPending) return;
    remove.mutate(userId, {
      onSuccess: () => onSaved(t('crisis.team.removed', { name })),
      onError: (e) => onSaved(problemMessage(e, t)),
    });
  }

  return (
    <Section id="crisis-team" title={t('crisis.sections.team')}>
      <ul className="utrecht-unordered-list" data-testid="crisis-team">
        {c.team.map((m) => (
          <li className="utrecht-unordered-list__item" key={m.userId}>
            {m.name} — {t(`crisis.teamRoles.${m.role}`)}{' '}
            {canManage && (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle weerbaar-no-print"
                aria-disabled={remove.isPending || undefined}
                onClick={() => onRemove(m.userId, m.name)}
              >
                {t('crisis.team.remove', { name: m.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canManage && <TeamForm crisis={c} onSaved={onSaved} />}
    </Section>
  );
}

/**
 * Only for who may manage the team: the people who may post in the room load here, grouped by organisation
 * (this one first, then the member organisations), by name only.
 */
function TeamForm({ crisis: c, onSaved }: Omit<PartProps, 'canPost'>) {
  const { t } = useTranslation();
  const candidates = useTeamCandidates(c.id);
  const set = useSetTeamMember(c.id);
  const fields = {
    userId: { id: 'team-person', label: t('crisis.team.person') },
    role: { id: 'team-role', label: t('crisis.team.role') },
  };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (set.isPending) return;
    const data = new FormData(event.currentTarget);
    const userId = String(data.get('userId') ?? '');
    const role = String(data.get('role') ?? '') as CrisisTeamRole;
    const missing = missingFields({ userId, role }, t('validation.required'));
    if (Object.keys(missing).length > 0) return form.setErrors({ fields: missing });
    set.mutate(
      { userId, role },
      {
        onSuccess: () => {
          form.clear();
          setFormKey((k) => k + 1);
          onSaved(t('crisis.team.saved'));
        },
        onError: form.fromProblem,
      },
    );
  }

  return (
    <div className="weerbaar-no-print" key={formKey}>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} aria-labelledby="team-form-heading">
        <h3 className="utrecht-heading-3" id="team-form-heading">
          {t('crisis.team.set')}
        </h3>
        <SelectField
          id="team-person"
          name="userId"
          label={fields.userId.label}
          hint={t('crisis.team.personHint')}
          error={form.errors.fields.userId}
          options={[{ value: '', label: t('crisis.team.choose') }]}
          groups={(candidates.data ?? []).map((o) => ({
            label: o.owner ? t('crisis.team.ownOrganisation', { name: o.name }) : o.name,
            options: o.people.map((p) => ({ value: p.userId, label: p.name })),
          }))}
        />
        <SelectField
          id="team-role"
          name="role"
          label={fields.role.label}
          error={form.errors.fields.role}
          options={CRISIS_TEAM_ROLES.map((r) => ({ value: r, label: t(`crisis.teamRoles.${r}`) }))}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={set.isPending} busyLabel={t('common.saving')}>
            {t('crisis.team.submit')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
