import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { problemMessage } from '../../forms/form-errors.ts';
import { usePassOnAdvisory, usePassOnChoices } from './advisories-api.ts';

/** Why the server refused, in plain Dutch: 409 not AMBER or not a recipient; 400 not a client; 404 gone. */
function passOnRefusal(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.status === 409) return t('passOn.refused.notAllowed');
  if (isApiError(error) && error.status === 400) return t('passOn.refused.notClient');
  if (isApiError(error) && error.status === 404) return t('passOn.refused.notFound');
  return problemMessage(error, t);
}

/**
 * "Doorgeven aan klanten" (TLP 2.0 AMBER: a recipient may share it with its clients on a need-to-know basis).
 * Shown only where the server allows it (GET …/pass-on); choose clients, then confirm.
 */
export function PassOnSection({ advisoryId }: { advisoryId: string }) {
  const { t } = useTranslation();
  const choices = usePassOnChoices(advisoryId, true);
  const passOn = usePassOnAdvisory(advisoryId);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (chosen) confirmHeading.current?.focus();
  }, [chosen]);

  if (!choices.data?.allowed) return null;
  const clients = choices.data.clients;
  const nameOf = (id: string) => clients.find((c) => c.id === id)?.name ?? id;
  const open = clients.filter((c) => !c.passedOn);
  const already = clients.filter((c) => c.passedOn);

  function onChoose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ids = new FormData(event.currentTarget).getAll('clientOrgIds').map(String);
    setDone(null);
    if (ids.length === 0) return setError(t('passOn.chooseOne'));
    setError(null);
    setChosen(ids);
  }

  function onConfirm() {
    if (!chosen || passOn.isPending) return;
    passOn.mutate(chosen, {
      onSuccess: (r) => {
        setDone(t('passOn.done', { count: r.passedOnTo.length }));
        setChosen(null);
      },
      onError: (e) => {
        setError(passOnRefusal(e, t));
        setChosen(null);
      },
    });
  }

  return (
    <section className="weerbaar-section" aria-labelledby="advisory-pass-on-heading" data-testid="advisory-pass-on">
      <h2 className="utrecht-heading-2" id="advisory-pass-on-heading">
        {t('passOn.title')}
      </h2>
      <p className="utrecht-paragraph">{t('passOn.intro')}</p>
      {error && (
        <Alert type="error" live="alert" testId="advisory-pass-on-error">
          <p className="utrecht-paragraph">{error}</p>
        </Alert>
      )}
      {done && (
        <Alert type="ok" live="status" testId="advisory-pass-on-done">
          <p className="utrecht-paragraph">{done}</p>
        </Alert>
      )}
      {already.length > 0 && (
        <p className="utrecht-paragraph">{t('passOn.already', { names: already.map((c) => c.name).join(', ') })}</p>
      )}
      <QueryState query={choices}>
        {() =>
          chosen ? (
            <div className="weerbaar-panel" data-testid="advisory-pass-on-confirm">
              <h3 className="utrecht-heading-3" tabIndex={-1} ref={confirmHeading}>
                {t('passOn.confirmTitle')}
              </h3>
              <p className="utrecht-paragraph">{t('passOn.confirmText', { names: chosen.map(nameOf).join(', ') })}</p>
              <div className="utrecht-button-group weerbaar-actions">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--primary-action"
                  aria-disabled={passOn.isPending || undefined}
                  onClick={onConfirm}
                >
                  {passOn.isPending ? t('common.saving') : t('passOn.confirm')}
                </button>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  onClick={() => setChosen(null)}
                >
                  {t('confirm.cancel')}
                </button>
              </div>
            </div>
          ) : open.length === 0 ? (
            <p className="utrecht-paragraph">{t('passOn.none')}</p>
          ) : (
            <form className="utrecht-form weerbaar-form" noValidate onSubmit={onChoose}>
              <CheckboxGroup
                id="pass-on-clients"
                label={t('passOn.clients')}
                name="clientOrgIds"
                options={open.map((c) => ({ value: c.id, label: c.name }))}
              />
              <div className="weerbaar-actions">
                <SubmitButton busy={false} busyLabel={t('common.saving')} variant="secondary-action">
                  {t('passOn.button')}
                </SubmitButton>
              </div>
            </form>
          )
        }
      </QueryState>
    </section>
  );
}
