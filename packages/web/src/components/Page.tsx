import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The first page of a visit keeps focus at the top of the document (where the skip link is);
// after that, each route change moves focus to the new page's heading, so screen reader users
// hear that the page changed.
let firstPageShown = false;

export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} | ${t('app.name')}`;
  }, [title, t]);
}

interface PageProps {
  title: string;
  /** A short text right under the heading. */
  lead?: ReactNode;
  children?: ReactNode;
}

export function Page({ title, lead, children }: PageProps) {
  usePageTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <>
      <h1 className="utrecht-heading-1 weerbaar-page-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead !== undefined && <p className="utrecht-paragraph utrecht-paragraph--lead">{lead}</p>}
      {children}
    </>
  );
}
