import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/use-can.ts';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ArticleList } from './ArticleList.tsx';
import { ArticleForm } from './ArticleForm.tsx';
import { KindFilter, useKindFilter } from './KindFilter.tsx';
import { useKnowledgeArticles } from './knowledge-api.ts';

/** Kennisbank: the articles the organisation may read under TLP 2.0; the authority writes them here too. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const kind = useKindFilter();
  const articles = useKnowledgeArticles(kind);
  const mayWrite = useCan('authority:triage');
  return (
    <Page title={t('knowledge.title')} lead={t('knowledge.intro')}>
      <KindFilter current={kind} />
      <QueryState query={articles} empty={<p className="utrecht-paragraph">{t('knowledge.none')}</p>}>
        {(data) => (
          <ArticleList
            basePath="/knowledge"
            articles={data.items.map((a) => ({ ...a, draft: a.status === 'draft' }))}
          />
        )}
      </QueryState>
      {mayWrite && <ArticleForm />}
    </Page>
  );
}
