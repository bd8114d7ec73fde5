import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiUrl } from '../../api/client.ts';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticleMeta } from './ArticleList.tsx';
import { usePublicKnowledgeArticle } from './knowledge-api.ts';

/** One TLP:CLEAR article on the public page. */
export function PublicKnowledgeArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const article = usePublicKnowledgeArticle(id);
  return (
    <Page title={article.data?.title ?? t('knowledge.publicTitle')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/kennisbank">
          {t('knowledge.back')}
        </Link>
      </p>
      <QueryState query={article}>
        {(a) => (
          <article>
            <ArticleMeta article={a} locale={currentLocale()} />
            <p className="utrecht-paragraph">
              <strong>{a.summary}</strong>
            </p>
            <ArticleBody body={a.body} />
            {a.hasReport && (
              <p className="utrecht-paragraph">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={apiUrl(`/public/knowledge-articles/${a.id}/report`)}
                  download
                >
                  {t('knowledge.downloadReport')}
                </a>
              </p>
            )}
          </article>
        )}
      </QueryState>
    </Page>
  );
}
