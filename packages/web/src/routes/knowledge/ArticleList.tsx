import type { KnowledgeKind } from '@weerbaar/core/knowledge';
import type { TlpLabel } from '@weerbaar/core/sharing';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TlpBadge } from '../../components/TlpBadge.tsx';
import { formatDateTime } from '../../format/date.ts';
import type { Locale } from '@weerbaar/core/platform';
import { currentLocale } from '../../i18n/index.ts';

export interface ListedArticle {
  id: string;
  kind: KnowledgeKind;
  title: string;
  summary: string;
  tlp: TlpLabel;
  ownerOrgName: string;
  publishedAt: string | null;
  updatedAt: string;
  /** A draft shows so (only its writer sees drafts). */
  draft?: boolean;
}

/** Articles as a list of headings with their kind, label, date and summary. */
export function ArticleList({ articles, basePath }: { articles: readonly ListedArticle[]; basePath: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ul className="weerbaar-article-list">
      {articles.map((a) => (
        <li key={a.id}>
          <h2 className="utrecht-heading-3">
            <Link className="utrecht-link utrecht-link--html-a" to={`${basePath}/${a.id}`}>
              {a.title}
            </Link>
          </h2>
          <ArticleMeta article={a} locale={locale} />
          <p className="utrecht-paragraph">{a.summary}</p>
          {a.draft && <p className="utrecht-paragraph">{t('knowledge.draftNote')}</p>}
        </li>
      ))}
    </ul>
  );
}

export function ArticleMeta({ article, locale }: { article: ListedArticle; locale: Locale }): ReactNode {
  const { t } = useTranslation();
  const date = article.publishedAt ?? article.updatedAt;
  return (
    <p className="utrecht-paragraph weerbaar-article-meta">
      <TlpBadge tlp={article.tlp} /> {t(`knowledge.kinds.${article.kind}`)} · {article.ownerOrgName} ·{' '}
      <time dateTime={date}>{formatDateTime(date, locale)}</time>
      {article.draft ? ` · ${t('knowledge.status.draft')}` : ''}
    </p>
  );
}
