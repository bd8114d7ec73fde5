import { useTranslation } from 'react-i18next';
import { AUDIT_PAGE_SIZE, auditExportUrl, useAuditEvents } from '../../api/audit.ts';
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
  const { page, ...values } = query.values;
  const filters = apiFilters(values);
  const events = useAuditEvents(filters, page);
  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (events.data?.pageSize ?? AUDIT_PAGE_SIZE)));

  return (
    <Page title={t('audit.title')} lead={t('audit.intro', { org: orgName })}>
      {/* Re-mount when the URL changes (e.g. a click on an actor), so the fields show the new filters. */}
      <AuditFilterForm key={query.key} values={values} onSearch={query.replace} />
      <div className="weerbaar-section">
        <div className="weerbaar-toolbar">
          <p className="utrecht-paragraph" role="status">
            {events.data ? t('audit.results', { total }) : ''}
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
        <QueryState query={events} empty={t('audit.empty')}>
          {(data) => (
            <>
              <AuditTable
                events={data.items}
                actorHref={(actorId) => query.hrefWith({ actorId, page: 1 })}
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
