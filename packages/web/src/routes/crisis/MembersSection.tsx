import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegistryEntities } from '../../api/registry.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { problemMessage } from '../../forms/form-errors.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useAddMember, useRemoveMember } from './crisis-api.ts';
import { Section, type PartProps } from './room-parts.tsx';

/**
 * The organisations taking part: in the room (this installation) or, for an entity of the register on another
 * installation, by receiving sitreps and messages; the coordinator adds one from the registry or takes one out.
 */
export function MembersSection({ crisis: c, canPost: canManage, onSaved }: PartProps) {
  const { t } = useTranslation();
  const remove = useRemoveMember(c.id);
  function onRemove(orgId: string, name: string) {
    if (remove.isPending) return;
    remove.mutate(orgId, {
      onSuccess: () => onSaved(t('crisis.members.removed', { name })),
      onError: (e) => onSaved(problemMessage(e, t)),
    });
  }

  return (
    <Section id="crisis-members" title={t('crisis.sections.members')}>
      {c.members.length === 0 ? (
        <p className="utrecht-paragraph">{t('crisis.members.empty')}</p>
      ) : (
        <ul className="utrecht-unordered-list" data-testid="crisis-members">
          {c.members.map((m) => (
            <li className="utrecht-unordered-list__item" key={m.orgId}>
              {m.name}{' '}
              {m.remote && (
                <span className="weerbaar-muted" data-testid="crisis-member-remote">
                  {t('crisis.members.remote')}{' '}
                </span>
              )}
              {canManage && (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle weerbaar-no-print"
                  aria-disabled={remove.isPending || undefined}
                  onClick={() => onRemove(m.orgId, m.name)}
                >
                  {t('crisis.members.remove', { name: m.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        // Said before anyone adds one: a registered entity on another installation does not read the room
        // (nothing carries the room there); it receives each new sitrep and the crisis messages over the pull.
        <p className="utrecht-paragraph weerbaar-no-print" data-testid="crisis-members-elsewhere">
          {t('crisis.members.elsewhere')}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={`/crisis-requests?crisisId=${c.id}`}>
            {t('crisis.members.elsewhereLink')}
          </Link>
        </p>
      )}
      {canManage && <MemberForm crisis={c} onSaved={onSaved} />}
    </Section>
  );
}

/** Only for who may manage the room: the registry loads here; search narrows it to a name. */
function MemberForm({ crisis: c, onSaved }: Omit<PartProps, 'canPost'>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const registry = useRegistryEntities(search ? { q: search } : {}, 1);
  const add = useAddMember(c.id);
  const fields = {
    orgId: { id: 'member-org', label: t('crisis.members.organisation') },
  };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);
  const memberIds = new Set(c.members.map((m) => m.orgId));
  const candidates = (registry.data?.items ?? []).filter((e) => !memberIds.has(e.id) && e.id !== c.ownerOrgId);

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get('q') ?? '').trim());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const orgId = String(new FormData(event.currentTarget).get('orgId') ?? '');
    if (!orgId) return form.setErrors({ fields: { orgId: t('validation.required') } });
    add.mutate(orgId, {
      onSuccess: () => {
        form.clear();
        setFormKey((k) => k + 1);
        onSaved(t('crisis.members.saved'));
      },
      onError: form.fromProblem,
    });
  }

  return (
    <div className="weerbaar-no-print">
      <form
        className="utrecht-form weerbaar-form"
        role="search"
        onSubmit={onSearch}
        aria-label={t('crisis.members.search')}
      >
        <TextField
          id="member-search"
          name="q"
          type="search"
          label={t('crisis.members.search')}
          optional
          maxLength={200}
        />
        <div className="weerbaar-actions">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('crisis.members.searchSubmit')}
          </button>
        </div>
      </form>
      <div key={formKey}>
        <ErrorSummary errors={form.errors} fields={fields} />
        <form
          className="utrecht-form weerbaar-form"
          noValidate
          onSubmit={onSubmit}
          aria-labelledby="member-form-heading"
        >
          <h3 className="utrecht-heading-3" id="member-form-heading">
            {t('crisis.members.add')}
          </h3>
          <SelectField
            id="member-org"
            name="orgId"
            label={fields.orgId.label}
            error={form.errors.fields.orgId}
            options={[
              { value: '', label: t('crisis.members.choose', { count: candidates.length }) },
              ...candidates.map((e) => ({ value: e.id, label: e.name })),
            ]}
          />
          <div className="weerbaar-actions">
            <SubmitButton busy={add.isPending} busyLabel={t('common.saving')}>
              {t('crisis.members.submit')}
            </SubmitButton>
          </div>
        </form>
      </div>
    </div>
  );
}
