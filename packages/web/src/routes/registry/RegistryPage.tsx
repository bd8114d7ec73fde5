import { useTranslation } from 'react-i18next';
import { REGISTRY_PAGE_SIZE, registryExportUrl, useRegistryEntities } from '../../api/registry.ts';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RegistryEntityDetail } from './RegistryEntityDetail.tsx';
import { RegistryFilterForm } from './RegistryFilterForm.tsx';
import { RegistryTable } from './RegistryTable.tsx';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { RegistryQuerySchema } from './registry-filters.ts';

/** Register: the entities registered with this authority (NIS2 Art. 3(3); Cbw art. 43). */
export function RegistryPage() {
  const { t } = useTranslation();
  const query = useUrlQuery(RegistryQuerySchema);
  const { page, entity: entityId, ...filters } = query.values;
  const entities = useRegistryEntities(filters, page);
  const total = entities.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / REGISTRY_PAGE_SIZE));

  return (
    <Page title={t('registry.title')} lead={t('registry.intro')}>
      {entityId && (
        <RegistryEntityDetail key={entityId} id={entityId} backHref={query.hrefWith({ entity: undefined })} />
      )}
      <RegistryFilterForm key={query.key} values={filters} onSearch={query.replace} />
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
        <QueryState query={entities} empty={t('registry.empty')}>
          {(data) => (
            <>
              <RegistryTable
                entities={data.items}
                entityHref={(entity) => query.hrefWith({ entity, page: 1 })}
                caption={t('registry.caption', { page, pages })}
              />
              <Pagination
                page={page}
                pages={pages}
                label={t('registry.pagination')}
                hrefFor={(p) => query.hrefWith({ page: p, entity: undefined })}
              />
            </>
          )}
        </QueryState>
      </div>
    </Page>
  );
}
