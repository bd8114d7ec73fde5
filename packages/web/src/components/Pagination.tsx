import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface PaginationProps {
  page: number;
  pages: number;
  label: string;
  /** The link target for a page number, e.g. `?page=3&actorId=…`. */
  hrefFor: (page: number) => string;
}

/** Previous / next links (not buttons): each page has its own URL and works with the back button. */
export function Pagination({ page, pages, label, hrefFor }: PaginationProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="utrecht-pagination weerbaar-pagination" aria-label={label}>
      {page > 1 ? (
        <Link
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev utrecht-link utrecht-link--html-a"
          to={hrefFor(page - 1)}
          rel="prev"
        >
          {t('audit.previous')}
        </Link>
      ) : (
        <span className="weerbaar-pagination__spacer" />
      )}
      <span className="weerbaar-pagination__current" aria-current="page">
        {t('audit.pageOf', { page, pages })}
      </span>
      {page < pages ? (
        <Link
          className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next utrecht-link utrecht-link--html-a"
          to={hrefFor(page + 1)}
          rel="next"
        >
          {t('audit.next')}
        </Link>
      ) : (
        <span className="weerbaar-pagination__spacer" />
      )}
    </nav>
  );
}
