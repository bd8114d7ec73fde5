import type { Observable } from '@weerbaar/core/incidents';
import type { TlpLabel } from '@weerbaar/core/sharing';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommunities, useCommunityPeople, useShareObservables } from '../../api/sharing.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TlpBadge } from '../../components/TlpBadge.tsx';
import { TlpChoice } from '../../components/TlpChoice.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { shareBody } from './share-observables.ts';

// Sharing is voluntary and happens within communities (NIS2 Art. 29(1)-(2); Cbw art. 62(1)-(2), Stb. 2026, 187):
// the entity chooses the community and the TLP label.
// Two clicks: "Deel indicatoren" opens the dialog with a community and TLP:AMBER already chosen, "Delen" shares.

interface Shared {
  community: string;
  tlp: TlpLabel;
  added: number;
  unchanged: number;
  values: string[];
}

/** "Deel indicatoren": the incident's observables to a community as STIX, under the TLP chosen. */
export function ShareObservablesDialog({
  incidentId,
  observables,
}: {
  incidentId: string;
  observables: readonly Observable[];
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const communities = useCommunities();
  const [communityId, setCommunityId] = useState('');
  const [tlp, setTlp] = useState<TlpLabel>('AMBER');
  const [shared, setShared] = useState<Shared>();
  const chosen = communityId || communities.data?.items[0]?.id || '';
  const people = useCommunityPeople(chosen, tlp === 'RED');
  const share = useShareObservables(incidentId);
  const fields = {
    communityId: { id: 'share-community', label: t('incidentSharing.community') },
    tlp: { id: 'share-tlp', label: t('incidentSharing.tlp') },
    recipientUserIds: { id: 'share-people', label: t('incidentSharing.people') },
  };
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (share.isPending) return;
    const ticked = new FormData(event.currentTarget).getAll('people').map(String);
    const result = shareBody({ communityId: chosen, tlp, people: ticked });
    if (result.missing)
      return form.setErrors({
        fields: {
          [result.missing]: t(
            result.missing === 'recipientUserIds' ? 'incidentSharing.peopleRequired' : 'validation.required',
          ),
        },
      });
    form.clear();
    const community = communities.data?.items.find((c) => c.id === chosen)?.name ?? '';
    share.mutate(result.body, {
      onSuccess: (r) => {
        setShared({ community, tlp, added: r.added, unchanged: r.unchanged, values: observables.map((o) => o.value) });
        dialog.current?.close();
      },
      onError: form.fromProblem,
    });
  }

  const items = communities.data?.items ?? [];
  return (
    <div className="weerbaar-no-print" data-testid="share-observables">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {t('incidentSharing.open')}
      </button>
      <LiveMessage
        message={
          shared && t('incidentSharing.done', { count: shared.added, community: shared.community, tlp: shared.tlp })
        }
      />
      {shared && (
        <div className="weerbaar-panel" data-testid="share-observables-result">
          <p className="utrecht-paragraph">
            <TlpBadge tlp={shared.tlp} /> {t('incidentSharing.resultIntro', { community: shared.community })}
          </p>
          <ul className="utrecht-unordered-list">
            {shared.values.map((v) => (
              <li key={v}>
                <code>{v}</code>
              </li>
            ))}
          </ul>
          {shared.unchanged > 0 && (
            <p className="utrecht-paragraph">{t('incidentSharing.unchanged', { count: shared.unchanged })}</p>
          )}
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to="/sharing">
              {t('incidentSharing.toSharing')}
            </Link>
          </p>
        </div>
      )}
      <dialog ref={dialog} className="weerbaar-dialog" aria-labelledby="share-dialog-title">
        <h2 className="utrecht-heading-2" id="share-dialog-title">
          {t('incidentSharing.title')}
        </h2>
        <p className="utrecht-paragraph">{t('incidentSharing.intro', { count: observables.length })}</p>
        {communities.isSuccess && items.length === 0 ? (
          <p className="utrecht-paragraph" data-testid="share-no-communities">
            {t('incidentSharing.noCommunities')}{' '}
            <Link className="utrecht-link utrecht-link--html-a" to="/sharing">
              {t('incidentSharing.toSharing')}
            </Link>
          </p>
        ) : (
          <>
            <ErrorSummary errors={form.errors} fields={fields} />
            <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
              <SelectField
                {...fields.communityId}
                name="communityId"
                value={chosen}
                onChange={(e) => setCommunityId(e.target.value)}
                options={items.map((c) => ({ value: c.id, label: c.name }))}
                error={form.errors.fields.communityId}
              />
              <TlpChoice
                id={fields.tlp.id}
                name="tlp"
                legend={fields.tlp.label}
                value={tlp}
                onChange={setTlp}
                error={form.errors.fields.tlp}
              />
              {tlp === 'RED' && (
                <>
                  <CheckboxGroup
                    id={fields.recipientUserIds.id}
                    label={fields.recipientUserIds.label}
                    name="people"
                    options={(people.data?.items ?? []).map((p) => ({
                      value: p.userId,
                      label: `${p.name} (${p.orgName})`,
                    }))}
                  />
                  {form.errors.fields.recipientUserIds && (
                    <p className="utrecht-form-field-error-message">{form.errors.fields.recipientUserIds}</p>
                  )}
                  {people.isSuccess && people.data.items.length === 0 && (
                    <p className="utrecht-paragraph">{t('incidentSharing.noPeople')}</p>
                  )}
                </>
              )}
              <div className="utrecht-button-group weerbaar-actions">
                <SubmitButton busy={share.isPending} busyLabel={t('common.saving')}>
                  {t('incidentSharing.submit')}
                </SubmitButton>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  onClick={() => dialog.current?.close()}
                >
                  {t('confirm.cancel')}
                </button>
              </div>
            </form>
          </>
        )}
      </dialog>
    </div>
  );
}
