import type { Community, CommunityMember } from '@weerbaar/core/sharing';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { apiUrl, isApiError } from '../../api/client.ts';
import {
  useAddMember,
  useCommunity,
  useCommunityMembers,
  useLeaveCommunity,
  useOrganisationChoices,
  useRemoveMember,
} from '../../api/sharing.ts';
import { useCan } from '../../auth/use-can.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDate } from '../../format/date.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { memberRefusal } from './community-errors.ts';

/** One community: what it is, its members; its owner adds and removes members, a member can leave. */
export function CommunityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const community = useCommunity(id);
  return (
    <Page title={community.data?.name ?? t('communities.title')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/sharing">
          {t('communities.back')}
        </Link>
      </p>
      <QueryState query={community}>{(c) => <CommunityDetail community={c} />}</QueryState>
    </Page>
  );
}

function CommunityDetail({ community }: { community: Community }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const canManage = useCan('members:manage');
  const manages = canManage && community.owned;
  const members = useCommunityMembers(community.id);
  const remove = useRemoveMember(community.id);
  const leave = useLeaveCommunity(community.id);
  const [message, setMessage] = useState<string>();
  const [actionError, setActionError] = useState<string>();

  const columns: Column<CommunityMember>[] = [
    { key: 'name', header: t('communities.fields.organisation'), cell: (m) => m.orgName },
    { key: 'kind', header: t('communities.fields.orgKind'), cell: (m) => t(`communities.orgKinds.${m.orgKind}`) },
    {
      key: 'added',
      header: t('communities.fields.addedAt'),
      cell: (m) => <time dateTime={m.addedAt}>{formatDate(m.addedAt, locale)}</time>,
    },
    ...(manages
      ? [
          {
            key: 'actions',
            header: t('communities.fields.actions'),
            cell: (m: CommunityMember) =>
              m.orgId === community.ownerOrgId ? (
                t('communities.ownerStays')
              ) : (
                <ConfirmButton
                  ariaLabel={t('communities.removeNamed', { name: m.orgName })}
                  title={t('communities.removeTitle', { name: m.orgName })}
                  text={t('communities.removeText')}
                  confirmLabel={t('communities.remove')}
                  onConfirm={() =>
                    remove.mutateAsync(m.orgId).then(
                      () => setMessage(t('communities.removed', { name: m.orgName })),
                      (error: unknown) => setActionError(memberRefusal(error, t)),
                    )
                  }
                >
                  {t('communities.remove')}
                </ConfirmButton>
              ),
          } satisfies Column<CommunityMember>,
        ]
      : []),
  ];

  return (
    <>
      <dl className="weerbaar-facts">
        <dt>{t('sharingPage.kind')}</dt>
        <dd>{t(`sharingPage.kinds.${community.kind}`)}</dd>
        {community.sector && (
          <>
            <dt>{t('communities.fields.sector')}</dt>
            <dd>{community.sector}</dd>
          </>
        )}
        <dt>{t('sharingPage.owner')}</dt>
        <dd>
          {community.owned ? t('communities.ownedByYou', { name: community.ownerOrgName }) : community.ownerOrgName}
        </dd>
        {community.description && (
          <>
            <dt>{t('communities.fields.description')}</dt>
            <dd>{community.description}</dd>
          </>
        )}
      </dl>
      <LiveMessage message={message} />
      {actionError && (
        <div className="utrecht-alert utrecht-alert--error weerbaar-alert" role="alert">
          <p className="utrecht-paragraph">{actionError}</p>
        </div>
      )}
      <section className="weerbaar-section" aria-labelledby="community-members">
        <h2 className="utrecht-heading-2" id="community-members">
          {t('sharingPage.members')}
        </h2>
        <QueryState query={members} empty={<p className="utrecht-paragraph">{t('communities.noMembers')}</p>}>
          {(data) => (
            <DataTable
              caption={t('communities.membersCaption', { name: community.name })}
              columns={columns}
              rows={data.items}
              rowKey={(m) => m.orgId}
            />
          )}
        </QueryState>
        {manages && (
          <AddMemberForm
            communityId={community.id}
            current={members.data?.items.map((m) => m.orgId) ?? []}
            onAdded={(name) => {
              setActionError(undefined);
              setMessage(t('communities.added', { name }));
            }}
          />
        )}
      </section>
      <section className="weerbaar-section" aria-labelledby="community-export">
        <h2 className="utrecht-heading-2" id="community-export">
          {t('communities.exportTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('communities.exportIntro')}</p>
        <p className="utrecht-paragraph">
          <a
            className="utrecht-link utrecht-link--html-a"
            href={apiUrl(`/sharing/communities/${community.id}/bundle`)}
            download
          >
            {t('communities.export')}
          </a>
        </p>
      </section>
      {canManage && !community.owned && (
        <section className="weerbaar-section" aria-labelledby="community-leave">
          <h2 className="utrecht-heading-2" id="community-leave">
            {t('communities.leaveTitle')}
          </h2>
          <p className="utrecht-paragraph">{t('communities.leaveIntro')}</p>
          <ConfirmButton
            title={t('communities.leaveConfirmTitle', { name: community.name })}
            text={t('communities.leaveText')}
            confirmLabel={t('communities.leave')}
            onConfirm={() =>
              leave.mutateAsync().then(
                () => void navigate('/sharing'),
                (error: unknown) => setActionError(memberRefusal(error, t)),
              )
            }
          >
            {t('communities.leave')}
          </ConfirmButton>
        </section>
      )}
    </>
  );
}

function AddMemberForm({
  communityId,
  current,
  onAdded,
}: {
  communityId: string;
  current: readonly string[];
  onAdded: (name: string) => void;
}) {
  const { t } = useTranslation();
  const choices = useOrganisationChoices(true);
  const add = useAddMember(communityId);
  const fields = { orgId: { id: 'member-org', label: t('communities.fields.organisation') } };
  const form = useFormErrors(fields);
  const options = (choices.data?.items ?? []).filter((o) => !current.includes(o.id));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const orgId = String(new FormData(event.currentTarget).get('orgId') ?? '');
    if (!orgId) return form.setErrors({ fields: { orgId: t('validation.required') } });
    form.clear();
    add.mutate(orgId, {
      onSuccess: (m) => onAdded(m.orgName),
      onError: (error) =>
        isApiError(error) && (error.status === 404 || error.status === 403)
          ? form.setErrors({ fields: { orgId: memberRefusal(error, t) } })
          : form.fromProblem(error),
    });
  }

  return (
    <div className="weerbaar-panel" data-testid="community-add-member">
      <h3 className="utrecht-heading-3">{t('communities.addTitle')}</h3>
      <p className="utrecht-paragraph">{t('communities.addIntro')}</p>
      <QueryState query={choices}>
        {() =>
          options.length === 0 ? (
            <p className="utrecht-paragraph">{t('communities.noChoices')}</p>
          ) : (
            <>
              <ErrorSummary errors={form.errors} fields={fields} />
              <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
                <SelectField
                  {...fields.orgId}
                  name="orgId"
                  options={options.map((o) => ({ value: o.id, label: o.name }))}
                  error={form.errors.fields.orgId}
                />
                <div className="weerbaar-actions">
                  <SubmitButton busy={add.isPending} busyLabel={t('common.saving')} variant="secondary-action">
                    {t('communities.add')}
                  </SubmitButton>
                </div>
              </form>
            </>
          )
        }
      </QueryState>
    </div>
  );
}
