import type { Supplier } from '@weerbaar/core/suppliers';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useCan } from '../../auth/use-can.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useCreateSupplier, useSuppliers } from './suppliers-api.ts';

/** The supplier register: who supplies what, the contract, and the last assessment. */
export function SuppliersPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const list = useSuppliers();
  const canWrite = useCan('risk:write');
  const create = useCreateSupplier();
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    setFailed(undefined);
    try {
      const supplier = await create.mutateAsync({ name });
      await navigate(`/suppliers/${supplier.id}`);
    } catch (e) {
      setFailed(t(`errors.${isApiError(e) ? e.code : 'unknown'}`, { defaultValue: t('errors.unknown') }));
    }
  }

  const columns: Column<Supplier>[] = [
    {
      key: 'name',
      header: t('suppliers.name'),
      rowHeader: 'header-cell',
      cell: (s) => (
        <Link className="utrecht-link utrecht-link--html-a" to={`/suppliers/${s.id}`}>
          {s.name}
        </Link>
      ),
    },
    {
      key: 'services',
      header: t('suppliers.services'),
      cell: (s) => s.services.map((x) => x.asset.name).join(', ') || '—',
    },
    {
      key: 'contractEnd',
      header: t('suppliers.contractEnd'),
      cell: (s) => (s.contractEndsOn ? formatDate(s.contractEndsOn, locale) : '—'),
    },
    {
      key: 'assessment',
      header: t('suppliers.assessment'),
      cell: (s) =>
        s.lastAssessment
          ? `${t(`suppliers.results.${s.lastAssessment.result}`)} (${formatDate(s.lastAssessment.date, locale)})`
          : t('suppliers.notAssessed'),
    },
  ];
  return (
    <Page title={t('suppliers.title')} lead={t('suppliers.intro')}>
      <p className="utrecht-paragraph">
        <Link
          className="utrecht-link utrecht-link--html-a"
          to="/suppliers/concentration"
          data-testid="concentration-link"
        >
          {t('suppliers.concentration')}
        </Link>
      </p>
      <QueryState query={list} empty={t('suppliers.empty')}>
        {(items) => (
          <DataTable
            caption={t('suppliers.title')}
            columns={columns}
            rows={items}
            rowKey={(s) => s.id}
            testId="suppliers-list"
          />
        )}
      </QueryState>
      {canWrite && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="supplier-add-heading">
          <h2 className="utrecht-heading-2" id="supplier-add-heading">
            {t('suppliers.add')}
          </h2>
          {failed && (
            <Alert type="error" live="alert">
              {failed}
            </Alert>
          )}
          <form onSubmit={onSubmit} noValidate>
            <TextField id="supplier-name" name="name" label={t('suppliers.name')} autoComplete="organization" />
            <SubmitButton busy={create.isPending} busyLabel={t('common.saving')}>
              {t('suppliers.add')}
            </SubmitButton>
          </form>
        </section>
      )}
    </Page>
  );
}
