import { AUTHORITY_KINDS, type AuthorityKind } from '@weerbaar/core/supervision';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { useCan } from '../../auth/use-can.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { cite } from '../../format/citation.ts';
import { sectorLabel } from '../../format/sector-label.ts';
import {
  useAuthorityKinds,
  useSectorAuthorities,
  useSetAuthorityKinds,
  useSetSectorAuthority,
} from './supervision-api.ts';

/** What this authority organisation is, and its table of authorities per sector (owner and admin change them). */
export function AuthoritySettings() {
  const { t } = useTranslation();
  const canConfigure = useCan('authority:configure');
  const kinds = useAuthorityKinds();
  const sectors = useSectorAuthorities();
  const setKinds = useSetAuthorityKinds();
  const setSector = useSetSectorAuthority();
  const [failed, setFailed] = useState<string>();
  const fail = (e: unknown) =>
    setFailed(t(`errors.${isApiError(e) ? e.code : 'unknown'}`, { defaultValue: t('errors.unknown') }));

  async function onKinds(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = form.getAll('kinds').map(String) as AuthorityKind[];
    // One competent authority per line (Cbw art. 15); empty: reports for any competent authority are received.
    const competentAuthorities = String(form.get('competentAuthorities') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    setFailed(undefined);
    await setKinds.mutateAsync({ kinds: chosen, competentAuthorities }).catch(fail);
  }

  async function onSector(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    setFailed(undefined);
    await setSector
      .mutateAsync({
        sector: String(form.get('sector')),
        competentAuthority: text('competentAuthority'),
        supervisor: text('supervisor'),
      })
      .catch(fail);
  }

  return (
    <section className="weerbaar-section" aria-labelledby="authority-settings-heading">
      <h2 className="utrecht-heading-2" id="authority-settings-heading">
        {t('supervision.settings')}
      </h2>
      {failed && (
        <Alert type="error" live="alert">
          {failed}
        </Alert>
      )}
      <QueryState query={kinds}>
        {(k) =>
          canConfigure ? (
            <form onSubmit={onKinds} noValidate>
              <fieldset className="utrecht-form-fieldset">
                <legend className="utrecht-form-fieldset__legend">{t('supervision.kindsLegend')}</legend>
                {AUTHORITY_KINDS.map((kind) => (
                  <CheckboxField
                    key={kind}
                    id={`kind-${kind}`}
                    name="kinds"
                    value={kind}
                    label={t(`supervision.kinds.${kind}`)}
                    defaultChecked={k.kinds.includes(kind)}
                  />
                ))}
              </fieldset>
              <TextAreaField
                id="acts-for"
                name="competentAuthorities"
                label={t('supervision.actsFor')}
                hint={t('supervision.actsForHint')}
                defaultValue={(k.competentAuthorities ?? []).join('\n')}
                optional
              />
              <SubmitButton busy={setKinds.isPending} busyLabel={t('common.saving')}>
                {t('supervision.saveKinds')}
              </SubmitButton>
            </form>
          ) : (
            <p className="utrecht-paragraph">
              {t('supervision.kindsLegend')}: {k.kinds.map((kind) => t(`supervision.kinds.${kind}`)).join(', ') || '—'}
              <br />
              {t('supervision.actsFor')}: {(k.competentAuthorities ?? []).join('; ') || t('supervision.actsForAny')}
            </p>
          )
        }
      </QueryState>
      <QueryState query={sectors}>
        {(items) => (
          <>
            <DataTable
              caption={t('supervision.authorities')}
              rows={items}
              rowKey={(a) => a.sector}
              columns={[
                {
                  key: 'sector',
                  header: t('supervision.sector'),
                  rowHeader: 'header-cell',
                  cell: (a) => sectorLabel(a.sector, t),
                },
                {
                  key: 'competent',
                  header: t('supervision.competentAuthority'),
                  cell: (a) =>
                    `${a.competentAuthority ?? t('supervision.unknown')}${a.competentAuthoritySource ? ` (${cite(a.competentAuthoritySource)})` : ''}`,
                },
                {
                  key: 'supervisor',
                  header: t('supervision.supervisor'),
                  cell: (a) =>
                    `${a.supervisor ?? t('supervision.unknown')} — ${t(a.origin === 'configured' ? 'supervision.configured' : a.supervisorConfirmed ? 'supervision.defaultConfirmed' : 'supervision.defaultExpected')}`,
                },
              ]}
            />
            <p className="utrecht-paragraph">{t('supervision.authoritiesNote')}</p>
            {canConfigure && (
              <form onSubmit={onSector} noValidate>
                <SelectField
                  id="sector-choice"
                  name="sector"
                  label={t('supervision.sector')}
                  options={items.map((a) => ({ value: a.sector, label: sectorLabel(a.sector, t) }))}
                />
                <TextField
                  id="sector-competent"
                  name="competentAuthority"
                  label={t('supervision.competentAuthority')}
                  hint={t('supervision.emptyIsDefault')}
                  optional
                />
                <TextField
                  id="sector-supervisor"
                  name="supervisor"
                  label={t('supervision.supervisor')}
                  hint={t('supervision.emptyIsDefault')}
                  optional
                />
                <SubmitButton busy={setSector.isPending} busyLabel={t('common.saving')}>
                  {t('supervision.saveSector')}
                </SubmitButton>
              </form>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
