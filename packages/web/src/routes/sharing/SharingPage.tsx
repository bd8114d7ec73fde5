import type { Community, SharedObject } from '@weerbaar/core/sharing';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommunities, useSharedObjects } from '../../api/sharing.ts';
import { useCan } from '../../auth/use-can.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { TlpBadge } from '../../components/TlpBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { CreateCommunityForm } from './CreateCommunityForm.tsx';

export function SharingPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const communities = useCommunities();
  const objects = useSharedObjects();
  const canManage = useCan('members:manage');
  const canShare = useCan('information:share');

  const communityColumns: Column<Community>[] = [
    {
      key: 'name',
      header: t('sharingPage.community'),
      rowHeader: 'cell',
      cell: (c) => (
        <Link className="utrecht-link utrecht-link--html-a" to={`/sharing/communities/${c.id}`}>
          {c.name}
        </Link>
      ),
    },
    { key: 'kind', header: t('sharingPage.kind'), cell: (c) => t(`sharingPage.kinds.${c.kind}`) },
    { key: 'owner', header: t('sharingPage.owner'), cell: (c) => c.ownerOrgName },
    { key: 'members', header: t('sharingPage.members'), cell: (c) => c.memberCount, numeric: true },
  ];
  const objectColumns: Column<SharedObject>[] = [
    { key: 'tlp', header: t('sharingPage.tlp'), cell: (o) => <TlpBadge tlp={o.tlp} /> },
    { key: 'title', header: t('sharingPage.object'), cell: (o) => o.title },
    { key: 'type', header: t('sharingPage.type'), cell: (o) => o.type },
    { key: 'community', header: t('sharingPage.community'), cell: (o) => o.communityName },
    { key: 'from', header: t('sharingPage.from'), cell: (o) => o.ownerOrgName },
    {
      key: 'added',
      header: t('sharingPage.added'),
      cell: (o) => <time dateTime={o.dateAdded}>{formatDateTime(o.dateAdded, locale)}</time>,
    },
  ];

  return (
    <Page title={t('sharingPage.title')} lead={t('sharingPage.intro')}>
      <section className="weerbaar-section" aria-labelledby="sharing-communities">
        <h2 className="utrecht-heading-2" id="sharing-communities">
          {t('sharingPage.communities')}
        </h2>
        <QueryState query={communities} empty={<p className="utrecht-paragraph">{t('sharingPage.noCommunities')}</p>}>
          {(data) => (
            <DataTable
              caption={t('sharingPage.communities')}
              columns={communityColumns}
              rows={data.items}
              rowKey={(c) => c.id}
            />
          )}
        </QueryState>
        {canManage && <CreateCommunityForm />}
      </section>
      <section className="weerbaar-section" aria-labelledby="sharing-objects">
        <h2 className="utrecht-heading-2" id="sharing-objects">
          {t('sharingPage.objects')}
        </h2>
        <p className="utrecht-paragraph">{t('sharingPage.objectsIntro')}</p>
        {canShare && (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to="/sharing/import">
              {t('stixImport.link')}
            </Link>
          </p>
        )}
        <QueryState query={objects} empty={<p className="utrecht-paragraph">{t('sharingPage.noObjects')}</p>}>
          {(data) => (
            <DataTable
              caption={t('sharingPage.objects')}
              columns={objectColumns}
              rows={data.items}
              rowKey={(o) => `${o.communityId}/${o.id}`}
            />
          )}
        </QueryState>
      </section>
    </Page>
  );
}
