import { entityTypeLabel } from '@weerbaar/core/scope';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegistryEntity } from '../../api/registry.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { countryList, countryName } from '../../format/countries.ts';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { provinceName } from './registry-labels.ts';

/** One entity as it registered itself, with every registration it sent and what changed. */
export function RegistryEntityDetail({ id, backHref }: { id: string; backHref: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const entity = useRegistryEntity(id);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening an entity moves focus to it, so keyboard and screen reader users land on what they chose.
  useEffect(() => {
    if (entity.data) heading.current?.focus();
  }, [entity.data]);
  if (entity.data === undefined) return <QueryState query={entity} retry={false} />;
  const e = entity.data;
  const r = e.registration;
  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="registry-entity-heading">
      <h2 className="utrecht-heading-2" id="registry-entity-heading" tabIndex={-1} ref={heading}>
        {e.name}
      </h2>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={backHref}>
          {t('registry.back')}
        </Link>
        {' · '}
        {/* Its competent authority and supervisor per sector, requests and findings (issue 15 item 3). */}
        <Link className="utrecht-link utrecht-link--html-a" to={`/supervision/entities/${e.id}`}>
          {t('registry.supervision')}
        </Link>
      </p>
      <dl className="weerbaar-facts">
        <dt>{t('registry.senderOrgId')}</dt>
        <dd>
          <code className="utrecht-code">{e.id}</code>
        </dd>
        <dt>{t('registry.kvk')}</dt>
        <dd>{r.kvkNumber}</dd>
        <dt>{t('registration.entityTypes')}</dt>
        <dd>{r.entityTypes.map((id) => entityTypeLabel(id, locale)).join('; ')}</dd>
        <dt>{t('registration.classificationNl')}</dt>
        <dd>{r.classification?.nl ? t(`registration.classifications.${r.classification.nl}`) : '–'}</dd>
        <dt>{t('registration.classificationEu')}</dt>
        <dd>{r.classification?.eu ? t(`registration.classifications.${r.classification.eu}`) : '–'}</dd>
        <dt>{t('registration.addresses')}</dt>
        <dd>
          {r.addresses.map((a, i) => (
            <div key={i}>
              {t(`registration.addressTypes.${a.type}`)}: {a.street} {a.houseNumber}
              {a.houseNumberAddition ?? ''}, {a.postcode} {a.city} (
              {a.province ? provinceName(a.province) : countryName(a.country, locale)})
            </div>
          ))}
        </dd>
        <dt>{t('registration.contacts')}</dt>
        <dd>
          {r.contacts.map((c, i) => (
            <div key={i}>
              {t(`registration.contactRoles.${c.role}`)}: {c.name}, {c.email}, {c.phone}
            </div>
          ))}
        </dd>
        <dt>{t('registration.memberStates')}</dt>
        <dd>{countryList(r.memberStates, locale)}</dd>
        <dt>{t('registration.ipRanges')}</dt>
        <dd>{r.publicIpRanges.length > 0 ? r.publicIpRanges.join(', ') : '–'}</dd>
      </dl>
      <h3 className="utrecht-heading-3">{t('registry.history')}</h3>
      <ul className="utrecht-unordered-list">
        {e.history.map((h) => (
          <li className="utrecht-unordered-list__item" key={h.submissionId}>
            <span className="weerbaar-id">{h.authorityReference}</span> —{' '}
            {t('registry.receivedLine', { at: formatDateTime(h.receivedAt, locale), count: h.changes.length })}
            {h.changes.length > 0 && (
              <ul className="utrecht-unordered-list">
                {h.changes.map((c) => (
                  <li className="utrecht-unordered-list__item" key={c.path}>
                    <code className="utrecht-code">{c.path}</code>: {JSON.stringify(c.before)} →{' '}
                    {JSON.stringify(c.after)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
