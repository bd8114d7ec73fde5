import { useTranslation } from 'react-i18next';
import { criterionLabel } from './criterion-labels.ts';
import { cite } from '../../format/citation.ts';

interface CriterionRef {
  id: string;
  article: string;
  summary: string;
}

/** The criteria a proposal found met, each in plain language with its article in parentheses. */
export function CriteriaList({ criteria }: { criteria: readonly CriterionRef[] }) {
  const { t } = useTranslation();
  return (
    <ul className="utrecht-unordered-list weerbaar-criteria" data-testid="criteria-met">
      {criteria.map((c) => (
        <li className="utrecht-unordered-list__item" key={c.id}>
          {criterionLabel(t, c)} <span className="weerbaar-muted">({cite(c.article)})</span>
        </li>
      ))}
    </ul>
  );
}
