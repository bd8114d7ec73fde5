import { RoleSchema, type Member, type Role } from '@weerbaar/core/platform';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeMemberRole, useRemoveMember } from '../../../api/members.ts';
import { grantableRolesForPeople } from '../../../auth/grantable-roles.ts';
import { useActiveMembership, useCurrentSession } from '../../../auth/use-current-session.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { problemMessage } from '../../../forms/form-errors.ts';

interface MemberActionsProps {
  member: Member;
  onDone: (message: string) => void;
}

/** The role and action cells of one member row. */
export function MemberActions({ member, onDone }: MemberActionsProps) {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const membership = useActiveMembership();
  const changeRole = useChangeMemberRole();
  const remove = useRemoveMember();
  const [error, setError] = useState<string>();
  const grantable = grantableRolesForPeople(membership);
  const isSelf = member.userId === user.id;
  // Nobody edits their own role here (no accidental lock-out), nor a role above what they may grant.
  const editable = !isSelf && grantable.includes(member.role);
  const selectId = `member-role-${member.userId}`;
  const errorId = `${selectId}-error`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = RoleSchema.safeParse(new FormData(event.currentTarget).get('role'));
    if (!parsed.success || parsed.data === member.role || changeRole.isPending) return;
    const role: Role = parsed.data;
    setError(undefined);
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => onDone(t('members.roleChanged', { name: member.name, role: t(`roles.${role}`) })),
        onError: (e) => setError(problemMessage(e, t)),
      },
    );
  }

  return (
    <>
      <td className="utrecht-table__cell">
        {editable ? (
          <form className="weerbaar-inline-form" onSubmit={onSubmit}>
            <label className="weerbaar-visually-hidden" htmlFor={selectId}>
              {t('members.roleFor', { name: member.name })}
            </label>
            <select
              id={selectId}
              name="role"
              defaultValue={member.role}
              className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            >
              {grantable.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="utrecht-button utrecht-button--secondary-action"
              aria-disabled={changeRole.isPending || undefined}
            >
              {t('members.changeRole')}
            </button>
            {error && (
              <p className="utrecht-form-field-error-message" id={errorId}>
                {error}
              </p>
            )}
          </form>
        ) : (
          <>
            {t(`roles.${member.role}`)} {isSelf && t('members.you')}
          </>
        )}
      </td>
      <td className="utrecht-table__cell">
        {editable && (
          <ConfirmButton
            ariaLabel={t('members.removeLabel', { name: member.name })}
            title={t('members.removeTitle')}
            text={t('members.removeText', { name: member.name, org: membership.orgName })}
            onConfirm={() =>
              remove
                .mutateAsync(member.userId)
                .then(() => onDone(t('members.removed', { name: member.name })))
                .catch((e: unknown) => setError(problemMessage(e, t)))
            }
          >
            {t('members.remove')}
          </ConfirmButton>
        )}
      </td>
    </>
  );
}
