import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { PublicAdvisoriesSection } from '../advisories/PublicAdvisoriesSection.tsx';
import { ArticleList } from './ArticleList.tsx';
import { KindFilter, useKindFilter } from './KindFilter.tsx';
import { usePublicKnowledgeArticles } from './knowledge-api.ts';

/** /kennisbank: TLP:CLEAR articles for every organisation in the Netherlands, without signing in. */
export function PublicKnowledgePage() {
  const { t } = useTranslation();
  const kind = useKindFilter();
  const articles = usePublicKnowledgeArticles(kind);
  return (
    <Page title={t('knowledge.publicTitle')} lead={t('knowledge.publicIntro')}>
      <KindFilter current={kind} />
      <QueryState query={articles} empty={<p className="utrecht-paragraph">{t('knowledge.none')}</p>}>
        {(data) => <ArticleList basePath="/kennisbank" articles={data.items} />}
      </QueryState>
      <PublicAdvisoriesSection />
    </Page>
  );
}
