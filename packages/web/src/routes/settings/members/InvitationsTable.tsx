import type { Invitation } from '@weerbaar/core/platform';
import { useTranslation } from 'react-i18next';
import { useInvitations, useRevokeInvitation } from '../../../api/invitations.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { problemMessage } from '../../../forms/form-errors.ts';
import { formatDateTime } from '../../../format/date.ts';
import { currentLocale } from '../../../i18n/index.ts';

type InvitationStatus = 'statusOpen' | 'statusAccepted' | 'statusExpired';

function statusOf(invitation: Invitation, now: number): InvitationStatus {
  if (invitation.acceptedAt) return 'statusAccepted';
  return Date.parse(invitation.expiresAt) < now ? 'statusExpired' : 'statusOpen';
}

export function InvitationsTable({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const locale = currentLocale();
  const now = Date.now();

  if (invitations.data === undefined) return <QueryState query={invitations} />;
  if (invitations.data.items.length === 0) return <p className="utrecht-paragraph">{t('invitations.empty')}</p>;

  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{t('invitations.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('invitations.email')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('invitations.role')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('invitations.status')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('invitations.createdAt')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('invitations.expiresAt')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('common.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {invitations.data.items.map((invitation) => {
            const status = statusOf(invitation, now);
            return (
              <tr className="utrecht-table__row" key={invitation.id}>
                <th className="utrecht-table__header-cell" scope="row">
                  {invitation.email}
                </th>
                <td className="utrecht-table__cell">{t(`roles.${invitation.role}`)}</td>
                <td className="utrecht-table__cell">{t(`invitations.${status}`)}</td>
                <td className="utrecht-table__cell">{formatDateTime(invitation.createdAt, locale)}</td>
                <td className="utrecht-table__cell">{formatDateTime(invitation.expiresAt, locale)}</td>
                <td className="utrecht-table__cell">
                  {status === 'statusOpen' && (
                    <ConfirmButton
                      ariaLabel={t('invitations.revokeLabel', { email: invitation.email })}
                      title={t('invitations.revokeTitle')}
                      text={t('invitations.revokeText', { email: invitation.email })}
                      onConfirm={() =>
                        revoke
                          .mutateAsync(invitation.id)
                          .then(() => onDone(t('invitations.revoked', { email: invitation.email })))
                          .catch((e: unknown) => onDone(problemMessage(e, t)))
                      }
                    >
                      {t('invitations.revoke')}
                    </ConfirmButton>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {invitations.data.total > invitations.data.items.length && (
        <p className="utrecht-paragraph">
          {t('common.shownOf', { shown: invitations.data.items.length, total: invitations.data.total })}
        </p>
      )}
    </div>
  );
}
