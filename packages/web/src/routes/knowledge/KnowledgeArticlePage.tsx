import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiUrl } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { problemMessage } from '../../forms/form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticleMeta } from './ArticleList.tsx';
import { useKnowledgeArticle, usePublishKnowledgeArticle } from './knowledge-api.ts';

/** One article the organisation may read; its writer publishes a draft here. */
export function KnowledgeArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const article = useKnowledgeArticle(id);
  const publish = usePublishKnowledgeArticle(id);
  const [message, setMessage] = useState<string>();
  const title = article.data?.title ?? t('knowledge.title');
  return (
    <Page title={title}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/knowledge">
          {t('knowledge.back')}
        </Link>
      </p>
      <QueryState query={article}>
        {(a) => (
          <article>
            <ArticleMeta article={{ ...a, draft: a.status === 'draft' }} locale={currentLocale()} />
            <p className="utrecht-paragraph">
              <strong>{a.summary}</strong>
            </p>
            <ArticleBody body={a.body} />
            {a.hasReport && (
              <p className="utrecht-paragraph">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={apiUrl(`/knowledge-articles/${a.id}/report`)}
                  download
                >
                  {t('knowledge.downloadReport')}
                </a>
              </p>
            )}
            <p className="utrecht-paragraph">
              {t('knowledge.sharedWith', { community: a.communityName, version: a.version })}
            </p>
            {a.own && a.status === 'draft' && (
              <div className="weerbaar-actions">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--primary-action"
                  disabled={publish.isPending}
                  onClick={() =>
                    publish.mutate(undefined, {
                      onSuccess: () => setMessage(t('knowledge.published')),
                      onError: (e) => setMessage(problemMessage(e, t)),
                    })
                  }
                >
                  {t('knowledge.publish')}
                </button>
              </div>
            )}
            {publish.isError && <Alert type="error">{problemMessage(publish.error, t)}</Alert>}
          </article>
        )}
      </QueryState>
      <LiveMessage message={message} />
    </Page>
  );
}
