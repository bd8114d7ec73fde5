import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TlpBadge } from '../../components/TlpBadge.tsx';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { usePublicAdvisory } from './advisories-api.ts';
import { AdvisoryContent } from './AdvisoryContent.tsx';

/** One TLP:CLEAR advisory on the public page (/kennisbank/adviezen/:id): nothing of an organisation. */
export function PublicAdvisoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const advisory = usePublicAdvisory(id);
  return (
    <Page title={advisory.data?.title ?? t('publicAdvisories.title')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/kennisbank">
          {t('publicAdvisories.back')}
        </Link>
      </p>
      <QueryState query={advisory}>
        {(a) => (
          <>
            <dl className="weerbaar-facts">
              <dt>{t('advisories.fields.trackingId')}</dt>
              <dd>{a.trackingId}</dd>
              <dt>{t('advisories.fields.publisher')}</dt>
              <dd>{a.publisher}</dd>
              <dt>{t('advisories.fields.tlp')}</dt>
              <dd>
                <TlpBadge tlp={a.tlp} />
              </dd>
              <dt>{t('advisories.fields.released')}</dt>
              <dd>{formatDate(a.releasedAt, currentLocale())}</dd>
              <dt>{t('advisories.fields.exploited')}</dt>
              <dd>{a.knownExploited ? t('advisories.exploitedYes') : t('common.no')}</dd>
            </dl>
            <AdvisoryContent advisory={a} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
