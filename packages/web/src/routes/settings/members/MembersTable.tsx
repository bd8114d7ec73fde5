import type { Member } from '@weerbaar/core/platform';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../../api/members.ts';
import { useActiveMembership } from '../../../auth/use-current-session.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatDate } from '../../../format/date.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { MemberActions } from './MemberActions.tsx';

export function MembersTable({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { orgName } = useActiveMembership();
  const members = useMembers();
  const locale = currentLocale();

  return (
    <section className="weerbaar-section" aria-labelledby="members-heading">
      <h2 className="utrecht-heading-2" id="members-heading">
        {t('members.membersTitle')}
      </h2>
      <QueryState query={members} />
      {members.data && members.data.items.length === 0 && <p className="utrecht-paragraph">{t('members.empty')}</p>}
      {members.data && members.data.items.length > 0 && (
        <div className="weerbaar-table-scroll">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">{t('members.caption', { org: orgName })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('members.name')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('members.email')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('members.mfa')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('members.joinedAt')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('members.role')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('common.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {members.data.items.map((member: Member) => (
                <MemberRow key={member.userId} member={member} locale={locale} onDone={onDone} />
              ))}
            </tbody>
          </table>
          {members.data.total > members.data.items.length && (
            <p className="utrecht-paragraph">
              {t('common.shownOf', { shown: members.data.items.length, total: members.data.total })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

interface MemberRowProps {
  member: Member;
  locale: ReturnType<typeof currentLocale>;
  onDone: (message: string) => void;
}

function MemberRow({ member, locale, onDone }: MemberRowProps) {
  const { t } = useTranslation();
  return (
    <tr className="utrecht-table__row">
      <th className="utrecht-table__header-cell" scope="row">
        {member.name}
      </th>
      <td className="utrecht-table__cell">{member.email}</td>
      <td className="utrecht-table__cell">{member.mfaEnabled ? t('common.yes') : t('common.no')}</td>
      <td className="utrecht-table__cell">{formatDate(member.joinedAt, locale)}</td>
      <MemberActions member={member} onDone={onDone} />
    </tr>
  );
}
