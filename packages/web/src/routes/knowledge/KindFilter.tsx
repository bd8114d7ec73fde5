import { KNOWLEDGE_KINDS, KnowledgeKindSchema, type KnowledgeKind } from '@weerbaar/core/knowledge';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

/** The kind in the URL (?kind=threat), or none for all; an unknown value counts as none. */
export function useKindFilter(): KnowledgeKind | undefined {
  const [params] = useSearchParams();
  const parsed = KnowledgeKindSchema.safeParse(params.get('kind'));
  return parsed.success ? parsed.data : undefined;
}

/** Links per kind of article; the current one is marked for screen readers too. */
export function KindFilter({ current }: { current: KnowledgeKind | undefined }) {
  const { t } = useTranslation();
  const options: (KnowledgeKind | undefined)[] = [undefined, ...KNOWLEDGE_KINDS];
  return (
    <nav aria-label={t('knowledge.filterLabel')}>
      <ul className="weerbaar-inline-list">
        {options.map((kind) => (
          <li key={kind ?? 'all'}>
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={kind ? `?kind=${kind}` : '?'}
              aria-current={kind === current ? 'page' : undefined}
            >
              {kind ? t(`knowledge.kinds.${kind}`) : t('knowledge.allKinds')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
