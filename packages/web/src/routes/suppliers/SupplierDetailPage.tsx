import {
  ASSESSMENT_RESULTS,
  type AssessmentResult,
  type Supplier,
  type SupplierDependency,
} from '@weerbaar/core/suppliers';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useCan } from '../../auth/use-can.ts';
import { Alert } from '../../components/Alert.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAssetList } from '../assets/assets-api.ts';
import {
  useChangeSupplier,
  useLinkService,
  useRecordAlternative,
  useSupplier,
  useSupplierDependencies,
  useSuppliers,
} from './suppliers-api.ts';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim() || null;
const hoursOrNull = (value: string | null) => (value === null ? null : Number(value));

/** One supplier: what it supplies, the agreements, the assessment, and the alternatives per dependency. */
export function SupplierDetailPage() {
  const { id = '' } = useParams();
  const supplier = useSupplier(id);
  if (supplier.data === undefined) return <QueryState query={supplier} />;
  return <SupplierDetail supplier={supplier.data} key={supplier.data.updatedAt} />;
}

function SupplierDetail({ supplier: s }: { supplier: Supplier }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('risk:write');
  const change = useChangeSupplier(s.id);
  const [message, setMessage] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const errorText = (e: unknown) =>
    t(`errors.${isApiError(e) ? e.code : 'unknown'}`, { defaultValue: t('errors.unknown') });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const form = new FormData(event.currentTarget);
    const assessedOn = text(form, 'assessedOn');
    const result = text(form, 'assessmentResult') as AssessmentResult | null;
    setFailed(undefined);
    try {
      await change.mutateAsync({
        name: text(form, 'name') ?? s.name,
        emergencyContact: text(form, 'emergencyContact'),
        contractReference: text(form, 'contractReference'),
        contractEndsOn: text(form, 'contractEndsOn'),
        exitStrategy: text(form, 'exitStrategy'),
        securityRequirements: text(form, 'securityRequirements'),
        lastAssessment:
          assessedOn && result ? { date: assessedOn, result, notes: text(form, 'assessmentNotes') } : null,
      });
      setMessage(t('bia.saved'));
    } catch (e) {
      setFailed(errorText(e));
    }
  }

  return (
    <Page title={s.name} lead={s.description ?? undefined}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/suppliers">
          {t('suppliers.title')}
        </Link>
      </p>
      <LiveMessage message={message} />
      <dl className="weerbaar-facts" data-testid="supplier-facts">
        <dt>{t('suppliers.emergencyContact')}</dt>
        <dd>{s.emergencyContact ?? '—'}</dd>
        <dt>{t('suppliers.contract')}</dt>
        <dd>{s.contractReference ?? '—'}</dd>
        <dt>{t('suppliers.contractEnd')}</dt>
        <dd>{s.contractEndsOn ? formatDate(s.contractEndsOn, locale) : '—'}</dd>
        <dt>{t('suppliers.exitStrategy')}</dt>
        <dd>{s.exitStrategy ?? '—'}</dd>
        <dt>{t('suppliers.securityRequirements')}</dt>
        <dd>{s.securityRequirements ?? '—'}</dd>
        <dt>{t('suppliers.assessment')}</dt>
        <dd>
          {s.lastAssessment
            ? `${t(`suppliers.results.${s.lastAssessment.result}`)} (${formatDate(s.lastAssessment.date, locale)})${s.lastAssessment.notes ? ` — ${s.lastAssessment.notes}` : ''}`
            : t('suppliers.notAssessed')}
        </dd>
      </dl>
      <SuppliedServices supplier={s} canWrite={canWrite} />
      <Alternatives supplier={s} canWrite={canWrite} />
      {canWrite && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="supplier-edit-heading">
          <h2 className="utrecht-heading-2" id="supplier-edit-heading">
            {t('suppliers.save')}
          </h2>
          {failed && (
            <Alert type="error" live="alert">
              {failed}
            </Alert>
          )}
          <form onSubmit={onSubmit} noValidate data-testid="supplier-form">
            <TextField id="supplier-edit-name" name="name" label={t('suppliers.name')} defaultValue={s.name} />
            <TextField
              id="supplier-emergency"
              name="emergencyContact"
              label={t('suppliers.emergencyContact')}
              optional
              defaultValue={s.emergencyContact ?? ''}
            />
            <TextField
              id="supplier-contract"
              name="contractReference"
              label={t('suppliers.contract')}
              optional
              defaultValue={s.contractReference ?? ''}
            />
            <TextField
              id="supplier-contract-end"
              name="contractEndsOn"
              type="date"
              label={t('suppliers.contractEnd')}
              optional
              defaultValue={s.contractEndsOn ?? ''}
            />
            <TextAreaField
              id="supplier-exit"
              name="exitStrategy"
              label={t('suppliers.exitStrategy')}
              optional
              defaultValue={s.exitStrategy ?? ''}
            />
            <TextAreaField
              id="supplier-security"
              name="securityRequirements"
              label={t('suppliers.securityRequirements')}
              optional
              defaultValue={s.securityRequirements ?? ''}
            />
            <TextField
              id="supplier-assessed-on"
              name="assessedOn"
              type="date"
              label={t('suppliers.assessedOn')}
              optional
              defaultValue={s.lastAssessment?.date ?? ''}
            />
            <SelectField
              id="supplier-assessment-result"
              name="assessmentResult"
              label={t('suppliers.assessmentResult')}
              options={[
                { value: '', label: t('suppliers.notAssessed') },
                ...ASSESSMENT_RESULTS.map((r) => ({ value: r, label: t(`suppliers.results.${r}`) })),
              ]}
              defaultValue={s.lastAssessment?.result ?? ''}
            />
            <TextAreaField
              id="supplier-assessment-notes"
              name="assessmentNotes"
              label={t('suppliers.assessmentNotes')}
              optional
              defaultValue={s.lastAssessment?.notes ?? ''}
            />
            <SubmitButton busy={change.isPending} busyLabel={t('common.saving')}>
              {t('suppliers.save')}
            </SubmitButton>
          </form>
        </section>
      )}
    </Page>
  );
}

function SuppliedServices({ supplier: s, canWrite }: { supplier: Supplier; canWrite: boolean }) {
  const { t } = useTranslation();
  const link = useLinkService(s.id);
  const supplied = useAssetList({});
  const [failed, setFailed] = useState<string>();
  const options = (supplied.data ?? [])
    .filter((a) => a.assetType === 'supplier_service' || a.assetType === 'utility')
    .map((a) => ({ value: a.id, label: a.name }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (link.isPending) return;
    const form = new FormData(event.currentTarget);
    setFailed(undefined);
    try {
      await link.mutateAsync({
        assetId: String(form.get('assetId')),
        recoveryTimeHours: hoursOrNull(text(form, 'recoveryTimeHours')),
      });
    } catch (e) {
      setFailed(t(`errors.${isApiError(e) ? e.code : 'unknown'}`, { defaultValue: t('errors.unknown') }));
    }
  }

  return (
    <section className="weerbaar-section" aria-labelledby="supplied-heading">
      <h2 className="utrecht-heading-2" id="supplied-heading">
        {t('suppliers.services')}
      </h2>
      {s.services.length === 0 ? (
        <p className="utrecht-paragraph">{t('suppliers.noServices')}</p>
      ) : (
        <ul className="utrecht-unordered-list" data-testid="supplied-services">
          {s.services.map((x) => (
            <li key={x.asset.id} className="utrecht-unordered-list__item">
              <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${x.asset.id}`}>
                {x.asset.name}
              </Link>
              {' — '}
              {t('bia.recovery')}:{' '}
              {x.recoveryTimeHours === null ? t('bia.unknown') : t('bia.hours', { count: x.recoveryTimeHours })}
            </li>
          ))}
        </ul>
      )}
      {canWrite && options.length > 0 && (
        <form onSubmit={onSubmit} noValidate className="weerbaar-panel">
          {failed && (
            <Alert type="error" live="alert">
              {failed}
            </Alert>
          )}
          <SelectField id="supplied-asset" name="assetId" label={t('suppliers.linkService')} options={options} />
          <TextField
            id="supplied-recovery"
            name="recoveryTimeHours"
            inputMode="numeric"
            label={t('suppliers.recoveryTime')}
            optional
          />
          <SubmitButton busy={link.isPending} busyLabel={t('common.saving')} variant="secondary-action">
            {t('suppliers.link')}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}

/** Per dependency on one of this supplier's services: the alternative, and a form to record one. */
function Alternatives({ supplier: s, canWrite }: { supplier: Supplier; canWrite: boolean }) {
  const { t } = useTranslation();
  const dependencies = useSupplierDependencies();
  const suppliers = useSuppliers();
  const mine = new Set(s.services.map((x) => x.asset.id));
  const rows = (dependencies.data ?? []).filter((d) => mine.has(d.to.id));
  if (rows.length === 0) return null;
  const others = (suppliers.data ?? []).filter((x) => x.id !== s.id).map((x) => ({ value: x.id, label: x.name }));
  return (
    <section className="weerbaar-section" aria-labelledby="alternatives-heading">
      <h2 className="utrecht-heading-2" id="alternatives-heading">
        {t('suppliers.dependencies')}
      </h2>
      <ul className="utrecht-unordered-list" data-testid="supplier-alternatives">
        {rows.map((d) => (
          <AlternativeRow key={`${d.from.id}>${d.to.id}`} dependency={d} options={others} canWrite={canWrite} />
        ))}
      </ul>
    </section>
  );
}

function AlternativeRow({
  dependency: d,
  options,
  canWrite,
}: {
  dependency: SupplierDependency;
  options: { value: string; label: string }[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const record = useRecordAlternative();
  const [failed, setFailed] = useState<string>();
  const prefix = `alt-${d.from.id}-${d.to.id}`;
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const form = new FormData(event.currentTarget);
    setFailed(undefined);
    try {
      await record.mutateAsync({
        from: d.from.id,
        to: d.to.id,
        alternativeSupplierId: String(form.get('alternativeSupplierId')),
        switchOverHours: hoursOrNull(text(form, 'switchOverHours')),
      });
    } catch (e) {
      setFailed(t(`errors.${isApiError(e) ? e.code : 'unknown'}`, { defaultValue: t('errors.unknown') }));
    }
  }
  return (
    <li className="utrecht-unordered-list__item">
      {d.from.name} → {d.to.name}:{' '}
      {d.alternative
        ? `${d.alternative.supplier.name} (${t('suppliers.switchOver')}: ${d.alternative.switchOverHours ?? t('bia.unknown')})`
        : t('suppliers.noAlternative')}
      {canWrite && options.length > 0 && (
        <form
          onSubmit={onSubmit}
          noValidate
          aria-label={`${t('suppliers.setAlternative')}: ${d.from.name} → ${d.to.name}`}
        >
          {failed && (
            <Alert type="error" live="alert">
              {failed}
            </Alert>
          )}
          <SelectField
            id={`${prefix}-supplier`}
            name="alternativeSupplierId"
            label={t('suppliers.alternative')}
            options={options}
            defaultValue={d.alternative?.supplier.id}
          />
          <TextField
            id={`${prefix}-hours`}
            name="switchOverHours"
            inputMode="numeric"
            label={t('suppliers.switchOver')}
            optional
            defaultValue={d.alternative?.switchOverHours ?? ''}
          />
          <SubmitButton busy={record.isPending} busyLabel={t('common.saving')} variant="secondary-action">
            {t('suppliers.setAlternative')}
          </SubmitButton>
        </form>
      )}
    </li>
  );
}
