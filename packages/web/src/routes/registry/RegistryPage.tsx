import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { REGISTRY_PAGE_SIZE, registryExportUrl, useRegistryEntities } from '../../api/registry.ts';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { LoadError, Loading } from '../../components/QueryState.tsx';
import { RegistryEntityDetail } from './RegistryEntityDetail.tsx';
import { RegistryFilterForm } from './RegistryFilterForm.tsx';
import { RegistryTable } from './RegistryTable.tsx';
import { filtersFrom, pageFrom, searchParamsFor } from './registry-filters.ts';

/** Register: the entities registered with this authority (NIS2 Art. 3(3); Cbw art. 43). */
export function RegistryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const page = pageFrom(params);
  const entityId = params.get('entity') ?? undefined;
  const entities = useRegistryEntities(filters, page);
  const total = entities.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / REGISTRY_PAGE_SIZE));

  return (
    <Page title={t('registry.title')} lead={t('registry.intro')}>
      {entityId && (
        <RegistryEntityDetail
          key={entityId}
          id={entityId}
          backHref={`?${searchParamsFor(filters, { page }).toString()}`}
        />
      )}
      <RegistryFilterForm
        key={params.toString()}
        values={filters}
        onSearch={(next) => setParams(searchParamsFor(next))}
      />
      <div className="weerbaar-section">
        <div className="weerbaar-toolbar">
          <p className="utrecht-paragraph" role="status">
            {entities.data ? t('registry.results', { count: total }) : ''}
          </p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link utrecht-link--html-a" href={registryExportUrl(filters)} download>
              {t('registry.download')}
            </a>
          </p>
        </div>
        {entities.isPending && <Loading />}
        {entities.error && <LoadError error={entities.error} onRetry={() => void entities.refetch()} />}
        {entities.data && entities.data.items.length === 0 && (
          <p className="utrecht-paragraph">{t('registry.empty')}</p>
        )}
        {entities.data && entities.data.items.length > 0 && (
          <>
            <RegistryTable
              entities={entities.data.items}
              filters={filters}
              caption={t('registry.caption', { page, pages })}
            />
            <Pagination
              page={page}
              pages={pages}
              label={t('registry.pagination')}
              hrefFor={(p) => `?${searchParamsFor(filters, { page: p }).toString()}`}
            />
          </>
        )}
      </div>
    </Page>
  );
}
