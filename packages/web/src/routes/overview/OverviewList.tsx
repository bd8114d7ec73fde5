import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface OverviewListProps<T> {
  id: string;
  title: string;
  intro?: string;
  empty: string;
  list: { total: number; items: readonly T[] };
  /** Where the whole list is, shown when the overview shows only part of it. */
  allHref: string;
  item: (entry: T) => ReactNode;
  itemKey: (entry: T) => string;
}

/** One part of the overview: a heading, the first few items (or why there are none) and a link to all. */
export function OverviewList<T>({ id, title, intro, empty, list, allHref, item, itemKey }: OverviewListProps<T>) {
  const { t } = useTranslation();
  return (
    <section className="weerbaar-section" aria-labelledby={id}>
      <h3 className="utrecht-heading-3" id={id}>
        {title}
      </h3>
      {intro && <p className="utrecht-paragraph weerbaar-muted">{intro}</p>}
      {list.items.length === 0 ? (
        <p className="utrecht-paragraph" data-testid={`${id}-empty`}>
          {empty}
        </p>
      ) : (
        <ul className="utrecht-unordered-list" data-testid={id}>
          {list.items.map((entry) => (
            <li className="utrecht-unordered-list__item" key={itemKey(entry)}>
              {item(entry)}
            </li>
          ))}
        </ul>
      )}
      {list.total > list.items.length && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to={allHref}>
            {t('overview.all', { count: list.total })}
          </Link>
        </p>
      )}
    </section>
  );
}
