import type { AssetImpact } from '@weerbaar/core/assets';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useAsset, useAssetImpact, useAssetList } from './assets-api.ts';
import { GRAPH_MAX_NODES, ImpactGraph } from './ImpactGraph.tsx';

/**
 * "What fails if this fails": the blast radius of one service, asset, supplier or utility, as a picture and
 * as tables (the tables are the keyboard and screen reader way through; the picture adds nothing they lack).
 */
export function AssetImpactPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const asset = useAsset(id);
  const impact = useAssetImpact(id);
  const all = useAssetList({});
  const select = (next: string) => void navigate(`/assets/${next}/impact`);

  if (asset.data === undefined) return <QueryState query={asset} />;
  const a = asset.data;
  return (
    <Page title={t('assets.impact.title', { name: a.name })} lead={t('assets.impact.lead')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${a.id}`}>
          {t('assets.impact.back', { name: a.name })}
        </Link>
      </p>
      <SelectField
        id="impact-asset"
        name="asset"
        label={t('assets.impact.choose')}
        hint={t('assets.impact.chooseHint')}
        value={a.id}
        onChange={(e) => select(e.currentTarget.value)}
        options={(all.data ?? [a]).map((x) => ({
          value: x.id,
          label: `${x.name} (${x.assetType ? t(`assets.types.${x.assetType}`) : t(`assets.kinds.${x.kind}`)})`,
        }))}
      />
      <QueryState query={impact}>{(data) => <ImpactView impact={data} onSelect={select} />}</QueryState>
    </Page>
  );
}

function ImpactView({ impact, onSelect }: { impact: AssetImpact; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const nameOf = new Map(impact.affected.map((x) => [x.id, x.name]));
  const { totals } = impact;
  const hit = impact.affected.filter((x) => x.hops > 0);
  return (
    <>
      <p className="utrecht-paragraph" data-testid="impact-summary">
        {hit.length === 0
          ? t('assets.impact.nothing')
          : t('assets.impact.summary', {
              services: totals.services,
              assets: totals.assets,
              hops: totals.maxHops,
              dependants: totals.externalDependants,
            })}
      </p>
      {impact.truncated && <p className="utrecht-paragraph">{t('assets.impact.truncated')}</p>}
      {hit.length > 0 && (
        <section className="weerbaar-section" aria-labelledby="impact-picture-heading">
          <h2 className="utrecht-heading-2" id="impact-picture-heading">
            {t('assets.impact.pictureTitle')}
          </h2>
          <p className="utrecht-paragraph">
            {t('assets.impact.pictureHelp')}
            {impact.affected.length > GRAPH_MAX_NODES
              ? ` ${t('assets.impact.pictureLimited', { count: GRAPH_MAX_NODES })}`
              : ''}
          </p>
          <ImpactGraph impact={impact} onSelect={onSelect} />
        </section>
      )}
      <section className="weerbaar-section" aria-labelledby="impact-dependants-heading">
        <h2 className="utrecht-heading-2" id="impact-dependants-heading">
          {t('assets.impact.dependantsTitle')}
        </h2>
        {impact.externalDependants.length === 0 ? (
          <p className="utrecht-paragraph">{t('assets.impact.noDependants')}</p>
        ) : (
          <DataTable
            caption={t('assets.impact.dependantsCaption')}
            rows={impact.externalDependants}
            rowKey={(d) => `${d.dependant.id}:${d.via}`}
            testId="impact-dependants"
            columns={[
              { key: 'name', header: t('assets.dependants.name'), rowHeader: 'cell', cell: (d) => d.dependant.name },
              {
                key: 'kind',
                header: t('assets.dependants.kind'),
                cell: (d) => t(`assets.dependantKinds.${d.dependant.kind}`),
              },
              {
                key: 'count',
                header: t('assets.dependants.count'),
                cell: (d) =>
                  d.dependant.count === null ? t('common.none') : d.dependant.count.toLocaleString('nl-NL'),
              },
              {
                key: 'via',
                header: t('assets.impact.via'),
                cell: (d) => (
                  <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${d.via}`}>
                    {nameOf.get(d.via) ?? d.via}
                  </Link>
                ),
              },
              { key: 'hops', header: t('assets.impact.hops'), sortValue: (d) => d.hops, cell: (d) => d.hops },
            ]}
          />
        )}
      </section>
      <section className="weerbaar-section" aria-labelledby="impact-affected-heading">
        <h2 className="utrecht-heading-2" id="impact-affected-heading">
          {t('assets.impact.affectedTitle')}
        </h2>
        <DataTable
          caption={t('assets.impact.affectedCaption')}
          rows={impact.affected}
          rowKey={(x) => x.id}
          testId="impact-affected"
          columns={[
            {
              key: 'name',
              header: t('assets.fields.name'),
              rowHeader: 'cell',
              sortValue: (x) => x.name,
              cell: (x) => (
                <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${x.id}/impact`}>
                  {x.name}
                </Link>
              ),
            },
            {
              key: 'kind',
              header: t('assets.fields.kind'),
              cell: (x) => (x.assetType ? t(`assets.types.${x.assetType}`) : t(`assets.kinds.${x.kind}`)),
            },
            {
              key: 'crownJewel',
              header: t('assets.list.crownJewel'),
              cell: (x) => (x.crownJewel ? t('assets.list.isCrownJewel') : t('common.no')),
            },
            {
              key: 'hops',
              header: t('assets.impact.hops'),
              sortValue: (x) => x.hops,
              cell: (x) => (x.hops === 0 ? t('assets.impact.failed') : x.hops),
            },
          ]}
        />
      </section>
    </>
  );
}
