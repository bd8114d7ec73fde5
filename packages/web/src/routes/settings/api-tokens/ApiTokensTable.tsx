import { useTranslation } from 'react-i18next';
import { useApiTokens, useRevokeApiToken } from '../../../api/api-tokens.ts';
import { useActiveMembership } from '../../../auth/use-current-session.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { problemMessage } from '../../../forms/form-errors.ts';
import { formatDateTime } from '../../../format/date.ts';
import { currentLocale } from '../../../i18n/index.ts';

export function ApiTokensTable({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { orgName } = useActiveMembership();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const locale = currentLocale();

  return (
    <section className="weerbaar-section" aria-labelledby="api-tokens-heading">
      <h2 className="utrecht-heading-2" id="api-tokens-heading">
        {t('apiTokens.listTitle')}
      </h2>
      <QueryState query={tokens} />
      {tokens.data && tokens.data.items.length === 0 && <p className="utrecht-paragraph">{t('apiTokens.empty')}</p>}
      {tokens.data && tokens.data.items.length > 0 && (
        <div className="weerbaar-table-scroll">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">{t('apiTokens.caption', { org: orgName })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('apiTokens.name')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('apiTokens.role')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('apiTokens.prefix')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('apiTokens.createdAt')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('apiTokens.lastUsedAt')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('apiTokens.status')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('common.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {tokens.data.items.map((token) => (
                <tr className="utrecht-table__row" key={token.id}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {token.name}
                  </th>
                  <td className="utrecht-table__cell">
                    {t(`roles.${token.role}`)}
                    {token.role === 'submitter' && (
                      <>
                        <br />
                        {token.senderOrgId
                          ? t('apiTokens.senderBound', { sender: token.senderOrgId })
                          : t('apiTokens.senderOpen')}
                      </>
                    )}
                  </td>
                  <td className="utrecht-table__cell">
                    <code className="utrecht-code">{token.prefix}</code>
                  </td>
                  <td className="utrecht-table__cell">{formatDateTime(token.createdAt, locale)}</td>
                  <td className="utrecht-table__cell">
                    {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('apiTokens.never')}
                  </td>
                  <td className="utrecht-table__cell">
                    {token.revokedAt
                      ? t('apiTokens.revokedAt', { date: formatDateTime(token.revokedAt, locale) })
                      : t('apiTokens.active')}
                  </td>
                  <td className="utrecht-table__cell">
                    {!token.revokedAt && (
                      <ConfirmButton
                        ariaLabel={t('apiTokens.revokeLabel', { name: token.name })}
                        title={t('apiTokens.revokeTitle')}
                        text={t('apiTokens.revokeText', { name: token.name })}
                        onConfirm={() =>
                          revoke
                            .mutateAsync(token.id)
                            .then(() => onDone(t('apiTokens.revoked', { name: token.name })))
                            .catch((e: unknown) => onDone(problemMessage(e, t)))
                        }
                      >
                        {t('apiTokens.revoke')}
                      </ConfirmButton>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {tokens.data.total > tokens.data.items.length && (
            <p className="utrecht-paragraph">
              {t('common.shownOf', { shown: tokens.data.items.length, total: tokens.data.total })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
