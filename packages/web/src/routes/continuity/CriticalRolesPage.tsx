import {
  AttendanceCreateSchema,
  AwarenessActivityCreateSchema,
  CriticalRoleCreateSchema,
  RoleHolderCreateSchema,
  type AwarenessActivity,
  type CriticalRole,
} from '@weerbaar/core/continuity';
import type { ParseKeys } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/use-can.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAssets } from '../risk/risk-api.ts';
import {
  useAddRoleHolder,
  useAwarenessActivities,
  useCreateAwarenessActivity,
  useCreateCriticalRole,
  useCriticalRoles,
  useRecordAttendance,
} from './exercises-api.ts';

type Fields<N extends string> = Record<N, { id: string; label: string }>;
function useFields<N extends string>(prefix: string, names: readonly N[]): Fields<N> {
  const { t } = useTranslation();
  return Object.fromEntries(
    names.map((f) => [f, { id: `${prefix}-${f}`, label: t(`criticalRoles.fields.${f}` as ParseKeys) }]),
  ) as Fields<N>;
}

/**
 * Staff in critical functions: which roles keep the services running, who fills them and their deputies,
 * and whether they are trained and current (NIS2 Art. 21(2)(g); CER Art. 13(1)(e)-(f)). The board's training
 * from the measures module counts for a board member in a critical role (NIS2 Art. 20(2)).
 */
export function CriticalRolesPage() {
  const { t } = useTranslation();
  const roles = useCriticalRoles();
  const activities = useAwarenessActivities();
  const canWrite = useCan('risk:write');
  const [message, setMessage] = useState<string>();
  return (
    <Page title={t('criticalRoles.title')} lead={t('criticalRoles.intro')}>
      <LiveMessage message={message} />
      <section className="weerbaar-section" aria-labelledby="roles-heading">
        <h2 className="utrecht-heading-2" id="roles-heading">
          {t('criticalRoles.rolesTitle')}
        </h2>
        <QueryState query={roles} empty={t('criticalRoles.empty')} isEmpty={(d) => d.length === 0}>
          {(items) => (
            <>
              <RolesTable roles={items} />
              {items.map((r) => (
                <HoldersTable key={r.id} role={r} />
              ))}
              {canWrite && <HolderForm roles={items} onSaved={() => setMessage(t('criticalRoles.holderSaved'))} />}
            </>
          )}
        </QueryState>
        {canWrite && <RoleForm onSaved={() => setMessage(t('criticalRoles.roleSaved'))} />}
      </section>
      <section className="weerbaar-section" aria-labelledby="activities-heading">
        <h2 className="utrecht-heading-2" id="activities-heading">
          {t('criticalRoles.activitiesTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('criticalRoles.activitiesIntro')}</p>
        <QueryState query={activities} empty={t('criticalRoles.activitiesEmpty')} isEmpty={(d) => d.length === 0}>
          {(items) => (
            <>
              <ActivitiesTable activities={items} />
              {canWrite && (
                <AttendanceForm activities={items} onSaved={() => setMessage(t('criticalRoles.attendanceSaved'))} />
              )}
            </>
          )}
        </QueryState>
        {canWrite && roles.data && (
          <ActivityForm roles={roles.data} onSaved={() => setMessage(t('criticalRoles.activitySaved'))} />
        )}
      </section>
    </Page>
  );
}

function RolesTable({ roles }: { roles: readonly CriticalRole[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('criticalRoles.coverageCaption')}
      testId="critical-roles"
      rows={roles}
      rowKey={(r) => r.id}
      columns={[
        { key: 'name', header: t('criticalRoles.fields.name'), rowHeader: 'header-cell', cell: (r) => r.name },
        {
          key: 'services',
          header: t('criticalRoles.fields.services'),
          cell: (r) => r.services.map((s) => s.name).join(', ') || t('common.none'),
        },
        { key: 'holders', header: t('criticalRoles.holders'), numeric: true, cell: (r) => r.coverage.holders },
        { key: 'current', header: t('criticalRoles.current'), numeric: true, cell: (r) => r.coverage.current },
        {
          key: 'coverage',
          header: t('criticalRoles.coverage'),
          cell: (r) =>
            r.coverage.status === 'covered' ? (
              t('criticalRoles.coverageStatus.covered')
            ) : (
              <strong>{t(`criticalRoles.coverageStatus.${r.coverage.status}`)}</strong>
            ),
        },
      ]}
    />
  );
}

function HoldersTable({ role }: { role: CriticalRole }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (role.holders.length === 0) return null;
  return (
    <DataTable
      caption={t('criticalRoles.holdersCaption', { role: role.name })}
      testId="role-holders"
      rows={role.holders}
      rowKey={(h) => h.id}
      columns={[
        {
          key: 'person',
          header: t('criticalRoles.fields.personName'),
          rowHeader: 'header-cell',
          cell: (h) => h.personName,
        },
        {
          key: 'deputy',
          header: t('criticalRoles.fields.deputy'),
          cell: (h) => (h.deputy ? t('criticalRoles.deputy') : t('criticalRoles.primary')),
        },
        {
          key: 'training',
          header: t('criticalRoles.training'),
          cell: (h) => (
            <>
              {h.training.status === 'current' ? (
                t('criticalRoles.trainingStatus.current')
              ) : (
                <strong>{t(`criticalRoles.trainingStatus.${h.training.status}`)}</strong>
              )}
              {h.training.validUntil &&
                ` (${t('criticalRoles.validUntil', { date: formatDate(h.training.validUntil, locale) })})`}
              {h.training.source === 'board-training' && ` — ${t('criticalRoles.boardTraining')}`}
            </>
          ),
        },
      ]}
    />
  );
}

function ActivitiesTable({ activities }: { activities: readonly AwarenessActivity[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <DataTable
      caption={t('criticalRoles.activitiesCaption')}
      testId="awareness-activities"
      rows={activities}
      rowKey={(a) => a.id}
      columns={[
        { key: 'title', header: t('criticalRoles.fields.title'), rowHeader: 'header-cell', cell: (a) => a.title },
        { key: 'kind', header: t('criticalRoles.fields.kind'), cell: (a) => t(`criticalRoles.kinds.${a.kind}`) },
        {
          key: 'due',
          header: t('criticalRoles.fields.dueOn'),
          cell: (a) => (a.dueOn ? formatDate(a.dueOn, locale) : t('common.none')),
        },
        {
          key: 'validity',
          header: t('criticalRoles.fields.validityMonths'),
          cell: (a) =>
            a.validityMonths ? t('criticalRoles.months', { count: a.validityMonths }) : t('criticalRoles.noExpiry'),
        },
        { key: 'roles', header: t('criticalRoles.fields.roleIds'), cell: (a) => a.roles.map((r) => r.name).join(', ') },
        {
          key: 'attendance',
          header: t('criticalRoles.attendance'),
          cell: (a) =>
            a.attendance.map((x) => `${x.personName} (${formatDate(x.attendedOn, locale)})`).join(', ') ||
            t('common.none'),
        },
      ]}
    />
  );
}

function RoleForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCriticalRole();
  const assets = useAssets();
  const fields = useFields('role', ['name', 'description', 'services'] as const);
  const form = useFormErrors(fields);
  const services = (assets.data ?? []).filter((a) => a.kind === 'service');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const values = {
      name: v.name?.trim() ?? '',
      description: v.description?.trim() ?? '',
      serviceIds: new FormData(element).getAll('serviceIds').map(String),
    };
    if (!form.check(CriticalRoleCreateSchema, values)) return;
    create
      .mutateAsync(values)
      .then(() => {
        element.reset();
        onSaved();
      })
      .catch(form.fromProblem);
  }
  return (
    <>
      <h3 className="utrecht-heading-3">{t('criticalRoles.addRole')}</h3>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="role-form">
        <TextField {...fields.name} name="name" maxLength={200} error={form.errors.fields.name} />
        <TextField {...fields.description} name="description" optional maxLength={4000} />
        <CheckboxGroup
          {...fields.services}
          name="serviceIds"
          options={services.map((s) => ({ value: s.id, label: s.name }))}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={create.isPending} busyLabel={t('common.saving')}>
            {t('criticalRoles.addRole')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}

function HolderForm({ roles, onSaved }: { roles: readonly CriticalRole[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const add = useAddRoleHolder();
  const fields = useFields('holder', ['roleId', 'personName', 'deputy'] as const);
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const values = { personName: v.personName?.trim() ?? '', deputy: v.deputy === 'on' };
    if (!form.check(RoleHolderCreateSchema, values)) return;
    add
      .mutateAsync({ ...values, roleId: v.roleId ?? '' })
      .then(() => {
        element.reset();
        onSaved();
      })
      .catch(form.fromProblem);
  }
  return (
    <>
      <h3 className="utrecht-heading-3">{t('criticalRoles.addHolder')}</h3>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="holder-form">
        <SelectField {...fields.roleId} name="roleId" options={roles.map((r) => ({ value: r.id, label: r.name }))} />
        <TextField {...fields.personName} name="personName" maxLength={200} error={form.errors.fields.personName} />
        <CheckboxField {...fields.deputy} name="deputy" defaultChecked={false} />
        <div className="weerbaar-actions">
          <SubmitButton busy={add.isPending} busyLabel={t('common.saving')}>
            {t('criticalRoles.addHolder')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}

function ActivityForm({ roles, onSaved }: { roles: readonly CriticalRole[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const create = useCreateAwarenessActivity();
  const fields = useFields('activity', ['title', 'kind', 'dueOn', 'validityMonths', 'roleIds'] as const);
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const values = {
      title: v.title?.trim() ?? '',
      kind: (v.kind ?? 'training') as 'awareness' | 'training',
      dueOn: v.dueOn || null,
      validityMonths: v.validityMonths ? Number(v.validityMonths) : null,
      roleIds: new FormData(element).getAll('roleIds').map(String),
    };
    if (!form.check(AwarenessActivityCreateSchema, values)) return;
    create
      .mutateAsync(values)
      .then(() => {
        element.reset();
        onSaved();
      })
      .catch(form.fromProblem);
  }
  return (
    <>
      <h3 className="utrecht-heading-3">{t('criticalRoles.addActivity')}</h3>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="activity-form">
        <TextField {...fields.title} name="title" maxLength={200} error={form.errors.fields.title} />
        <SelectField
          {...fields.kind}
          name="kind"
          options={(['training', 'awareness'] as const).map((k) => ({
            value: k,
            label: t(`criticalRoles.kinds.${k}`),
          }))}
        />
        <TextField {...fields.dueOn} name="dueOn" type="date" optional error={form.errors.fields.dueOn} />
        <TextField
          {...fields.validityMonths}
          name="validityMonths"
          type="number"
          min={1}
          max={120}
          optional
          hint={t('criticalRoles.validityHint')}
          error={form.errors.fields.validityMonths}
        />
        <CheckboxGroup
          {...fields.roleIds}
          name="roleIds"
          options={roles.map((r) => ({ value: r.id, label: r.name }))}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={create.isPending} busyLabel={t('common.saving')}>
            {t('criticalRoles.addActivity')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}

function AttendanceForm({ activities, onSaved }: { activities: readonly AwarenessActivity[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const record = useRecordAttendance();
  const fields = useFields('attendance', ['activityId', 'personName', 'attendedOn'] as const);
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const values = { personName: v.personName?.trim() ?? '', attendedOn: v.attendedOn ?? '' };
    if (!form.check(AttendanceCreateSchema, values)) return;
    record
      .mutateAsync({ ...values, activityId: v.activityId ?? '' })
      .then(() => {
        element.reset();
        onSaved();
      })
      .catch(form.fromProblem);
  }
  return (
    <>
      <h3 className="utrecht-heading-3">{t('criticalRoles.recordAttendance')}</h3>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="attendance-form">
        <SelectField
          {...fields.activityId}
          name="activityId"
          options={activities.map((a) => ({ value: a.id, label: a.title }))}
        />
        <TextField {...fields.personName} name="personName" maxLength={200} error={form.errors.fields.personName} />
        <TextField {...fields.attendedOn} name="attendedOn" type="date" error={form.errors.fields.attendedOn} />
        <div className="weerbaar-actions">
          <SubmitButton busy={record.isPending} busyLabel={t('common.saving')}>
            {t('criticalRoles.recordAttendance')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
