import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AUDIT_PAGE_SIZE, auditExportUrl, useAuditEvents, useAuditFacets } from '../../api/audit.ts';
import { useActiveMembership } from '../../auth/use-current-session.ts';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { AuditTable } from './AuditTable.tsx';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { apiFilters, AuditQuerySchema } from './audit-filters.ts';

export function AuditPage() {
  const { t } = useTranslation();
  const { orgName } = useActiveMembership();
  const query = useUrlQuery(AuditQuerySchema);
  const { page, view, ...values } = query.values;
  const technical = view === 'technical';
  const filters = apiFilters(values);
  const events = useAuditEvents(filters, page);
  const facets = useAuditFacets();
  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (events.data?.pageSize ?? AUDIT_PAGE_SIZE)));

  return (
    <Page title={t('audit.title')} lead={t('audit.intro', { org: orgName })}>
      {/* Re-mount when the URL changes (e.g. a click on an actor), so the fields show the new filters. */}
      <AuditFilterForm
        key={query.key}
        values={values}
        facets={facets.data}
        technical={technical}
        onSearch={(next) => query.replace({ ...next, view })}
      />
      <div className="weerbaar-section">
        <div className="weerbaar-toolbar">
          <p className="utrecht-paragraph" role="status">
            {events.data ? t('audit.results', { total }) : ''}
          </p>
          <p className="utrecht-paragraph">
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={query.hrefWith({ view: technical ? undefined : 'technical' })}
            >
              {technical ? t('audit.readable') : t('audit.technical')}
            </Link>
            {!technical && <span className="weerbaar-muted"> {t('audit.technicalHint')}</span>}
          </p>
          <p className="utrecht-paragraph">
            <a
              className="utrecht-link utrecht-link--html-a"
              href={auditExportUrl(filters)}
              download
              aria-describedby="audit-download-hint"
            >
              {t('audit.download')}
            </a>{' '}
            <span className="weerbaar-muted" id="audit-download-hint">
              {t('audit.downloadHint')}
            </span>
          </p>
        </div>
        {values.subjectId && !technical && (
          <p className="utrecht-paragraph" data-testid="audit-only-subject">
            {t('audit.onlySubject', { subject: events.data?.items[0]?.subjectLabel ?? values.subjectId })}{' '}
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={query.hrefWith({ subjectId: undefined, subjectType: undefined, page: 1 })}
            >
              {t('audit.allSubjects')}
            </Link>
          </p>
        )}
        <QueryState query={events} empty={t('audit.empty')}>
          {(data) => (
            <>
              <AuditTable
                events={data.items}
                technical={technical}
                actorHref={(actorId) => query.hrefWith({ actorId, page: 1 })}
                subjectHref={(subjectType, subjectId) => query.hrefWith({ subjectType, subjectId, page: 1 })}
                caption={t('audit.caption', { page, pages })}
              />
              <Pagination
                page={page}
                pages={pages}
                label={t('audit.pagination')}
                hrefFor={(p) => query.hrefWith({ page: p })}
              />
            </>
          )}
        </QueryState>
      </div>
    </Page>
  );
}
