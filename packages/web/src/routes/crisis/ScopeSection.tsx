import { isApiError } from '../../api/client.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisScopeRemoval } from '@weerbaar/core/crisis';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { problemMessage } from '../../forms/form-errors.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useAdvisories } from '../advisories/advisories-api.ts';
import { useInbox } from '../inbox/inbox-api.ts';
import { useRemoveScopeLinks, useUpdateScope } from './crisis-api.ts';
import { Section, type PartProps } from './room-parts.tsx';

const list = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const LINKS = ['inboxReportIds', 'advisoryIds', 'observables'] as const;

/**
 * What the crisis concerns: sectors and regions, and the received reports, advisories and observables picked
 * from the inbox and the advisories. An exercise links no real ones: the server refuses, this shows why.
 */
export function ScopeSection({ crisis: c, canPost: canManage, onSaved }: PartProps) {
  const { t } = useTranslation();
  const props = { crisisId: c.id, canManage, onSaved };
  return (
    <Section id="crisis-scope" title={t('crisis.sections.scope')}>
      <dl className="weerbaar-facts" data-testid="crisis-scope">
        <dt>{t('crisis.fields.sectors')}</dt>
        <dd>{c.sectors.join(', ') || '—'}</dd>
        <dt>{t('crisis.fields.regions')}</dt>
        <dd>{c.regions.join(', ') || '—'}</dd>
        <dt>{t('crisis.scope.reports')}</dt>
        <dd>
          <Linked
            items={c.scope.inboxReports.map((r) => ({
              key: r.id,
              label: `${r.reference} ${r.title} (${r.senderName})`,
              links: { inboxReportIds: [r.id] },
            }))}
            {...props}
          />
        </dd>
        <dt>{t('crisis.scope.advisories')}</dt>
        <dd>
          <Linked
            items={c.scope.advisories.map((a) => ({
              key: a.id,
              label: `${a.trackingId} ${a.title}`,
              links: { advisoryIds: [a.id] },
            }))}
            {...props}
          />
        </dd>
        <dt>{t('crisis.scope.observables')}</dt>
        <dd>
          <Linked
            items={c.scope.observables.map((o) => ({
              key: `${o.type}:${o.value}`,
              label: `${o.type}: ${o.value}`,
              links: { observables: [o] },
            }))}
            {...props}
          />
        </dd>
      </dl>
      {c.isExercise && <p className="utrecht-paragraph">{t('crisis.exercise.scopeRule')}</p>}
      {canManage && <ScopeForm crisis={c} onSaved={onSaved} />}
    </Section>
  );
}

/** Only for who may change the scope: the inbox and advisories lists load here, not for every reader. */
function ScopeForm({ crisis: c, onSaved }: Omit<PartProps, 'canPost'>) {
  const { t } = useTranslation();
  const update = useUpdateScope(c.id);
  const inbox = useInbox({}, 1);
  const advisories = useAdvisories();
  const fields = {
    sectors: { id: 'scope-sectors', label: t('crisis.fields.sectors') },
    regions: { id: 'scope-regions', label: t('crisis.fields.regions') },
    'scope.inboxReportIds': { id: 'scope-report', label: t('crisis.scope.addReport') },
    'scope.advisoryIds': { id: 'scope-advisory', label: t('crisis.scope.addAdvisory') },
    'scope.observables': { id: 'scope-observable-value', label: t('crisis.scope.observableValue') },
  };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);
  const linkedReports = new Set(c.scope.inboxReports.map((r) => r.id));
  const linkedAdvisories = new Set(c.scope.advisories.map((a) => a.id));

  /** The server names the refused link; in an exercise that is the exercise rule, said in plain Dutch. */
  function onError(error: unknown) {
    const refused = isApiError(error)
      ? (error.problem.invalidParams ?? []).find((p) => LINKS.some((l) => p.name.startsWith(`body.scope.${l}`)))
      : undefined;
    if (c.isExercise && refused) {
      const link = LINKS.find((l) => refused.name.startsWith(`body.scope.${l}`))!;
      return form.setErrors({ fields: { [`scope.${link}`]: t(`crisis.scope.exerciseRefused.${link}`) } });
    }
    form.fromProblem(error);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const data = new FormData(event.currentTarget);
    const report = String(data.get('inboxReportId') ?? '');
    const advisory = String(data.get('advisoryId') ?? '');
    const type = String(data.get('observableType') ?? '').trim();
    const value = String(data.get('observableValue') ?? '').trim();
    if (value && !type) return form.setErrors({ fields: { 'scope.observables': t('crisis.scope.typeNeeded') } });
    update.mutate(
      {
        sectors: list(data.get('sectors')),
        regions: list(data.get('regions')),
        inboxReportIds: report ? [report] : [],
        advisoryIds: advisory ? [advisory] : [],
        observables: value ? [{ type, value }] : [],
      },
      {
        onSuccess: () => {
          form.clear();
          setFormKey((k) => k + 1);
          onSaved(t('crisis.scope.saved'));
        },
        onError,
      },
    );
  }

  return (
    <div className="weerbaar-no-print" key={formKey}>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} aria-labelledby="scope-form-heading">
        <h3 className="utrecht-heading-3" id="scope-form-heading">
          {t('crisis.scope.change')}
        </h3>
        <p className="utrecht-paragraph">{t('crisis.scope.intro')}</p>
        <TextField
          id="scope-sectors"
          name="sectors"
          label={fields.sectors.label}
          hint={t('crisis.declare.listHint')}
          defaultValue={c.sectors.join(', ')}
          error={form.errors.fields.sectors}
          optional
        />
        <TextField
          id="scope-regions"
          name="regions"
          label={fields.regions.label}
          hint={t('crisis.declare.listHint')}
          defaultValue={c.regions.join(', ')}
          error={form.errors.fields.regions}
          optional
        />
        <SelectField
          id="scope-report"
          name="inboxReportId"
          label={fields['scope.inboxReportIds'].label}
          error={form.errors.fields['scope.inboxReportIds']}
          options={[
            { value: '', label: t('crisis.scope.none') },
            ...(inbox.data?.items ?? [])
              .filter((r) => !linkedReports.has(r.id))
              .map((r) => ({ value: r.id, label: `${r.authorityReference} ${r.incident.title} (${r.sender.name})` })),
          ]}
        />
        <SelectField
          id="scope-advisory"
          name="advisoryId"
          label={fields['scope.advisoryIds'].label}
          error={form.errors.fields['scope.advisoryIds']}
          options={[
            { value: '', label: t('crisis.scope.none') },
            ...(advisories.data ?? [])
              .filter((a) => !linkedAdvisories.has(a.id))
              .map((a) => ({ value: a.id, label: `${a.trackingId} ${a.title}` })),
          ]}
        />
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('crisis.scope.addObservable')}</legend>
          <TextField
            id="scope-observable-type"
            name="observableType"
            label={t('crisis.scope.observableType')}
            hint={t('crisis.scope.observableTypeHint')}
            optional
            maxLength={60}
          />
          <TextField
            id="scope-observable-value"
            name="observableValue"
            label={fields['scope.observables'].label}
            error={form.errors.fields['scope.observables']}
            optional
            maxLength={2000}
          />
        </fieldset>
        <div className="weerbaar-actions">
          <SubmitButton busy={update.isPending} busyLabel={t('common.saving')}>
            {t('crisis.scope.submit')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}

interface LinkedProps {
  items: { key: string; label: string; links: CrisisScopeRemoval }[];
  crisisId: string;
  canManage: boolean;
  onSaved: (message: string) => void;
}

/** The linked items of one kind, each with a button to take it out of the scope. */
function Linked({ items, crisisId, canManage, onSaved }: LinkedProps) {
  const { t } = useTranslation();
  const remove = useRemoveScopeLinks(crisisId);
  if (items.length === 0) return <>—</>;
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item) => (
        <li className="utrecht-unordered-list__item" key={item.key}>
          {item.label}{' '}
          {canManage && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle weerbaar-no-print"
              aria-disabled={remove.isPending || undefined}
              onClick={() =>
                !remove.isPending &&
                remove.mutate(item.links, {
                  onSuccess: () => onSaved(t('crisis.scope.removed', { label: item.label })),
                  onError: (e) => onSaved(problemMessage(e, t)),
                })
              }
            >
              {t('crisis.scope.remove', { label: item.label })}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
