import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AUDIT_PAGE_SIZE, auditExportUrl, useAuditEvents } from '../../api/audit.ts';
import { useActiveMembership } from '../../auth/use-current-session.ts';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { LoadError, Loading } from '../../components/QueryState.tsx';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { AuditTable } from './AuditTable.tsx';
import { apiFilters, filterValuesFrom, pageFrom, searchParamsFor } from './audit-filters.ts';

export function AuditPage() {
  const { t } = useTranslation();
  const { orgName } = useActiveMembership();
  const [params, setParams] = useSearchParams();
  const values = filterValuesFrom(params);
  const page = pageFrom(params);
  const filters = apiFilters(values);
  const events = useAuditEvents(filters, page);
  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (events.data?.pageSize ?? AUDIT_PAGE_SIZE)));

  return (
    <Page title={t('audit.title')} lead={t('audit.intro', { org: orgName })}>
      {/* Re-mount when the URL changes (e.g. a click on an actor), so the fields show the new filters. */}
      <AuditFilterForm key={params.toString()} values={values} onSearch={(next) => setParams(searchParamsFor(next))} />
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
        {events.isPending && <Loading />}
        {events.error && <LoadError error={events.error} onRetry={() => void events.refetch()} />}
        {events.data && events.data.items.length === 0 && <p className="utrecht-paragraph">{t('audit.empty')}</p>}
        {events.data && events.data.items.length > 0 && (
          <>
            <AuditTable events={events.data.items} filters={values} caption={t('audit.caption', { page, pages })} />
            <Pagination
              page={page}
              pages={pages}
              label={t('audit.pagination')}
              hrefFor={(p) => `?${searchParamsFor(values, p).toString()}`}
            />
          </>
        )}
      </div>
    </Page>
  );
}
