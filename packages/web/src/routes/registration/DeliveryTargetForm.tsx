import { DeliveryTargetUpdateSchema, type SubmissionRecipient } from '@weerbaar/core/delivery';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeliveryTargets, useSaveDeliveryTarget } from '../../api/registration.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

/**
 * Where one recipient's submissions go: its Weerbaar address and an API token it gave. Reports go to the CSIRT
 * and the competent authority (Cbw arts. 26(1), 27(1), 29(1)), each delivered and receipted on its own;
 * registrations go to the CSIRT's target.
 */
export function DeliveryTargetForm({ recipient }: { recipient: SubmissionRecipient }) {
  const { t } = useTranslation();
  const targets = useDeliveryTargets(true);
  const save = useSaveDeliveryTarget(recipient);
  const form = useFormErrors(['authorityUrl', 'apiToken']);
  const [message, setMessage] = useState<string>();
  const fields = {
    authorityUrl: { id: `delivery-${recipient}-authority-url`, label: t('registration.delivery.url') },
    apiToken: { id: `delivery-${recipient}-api-token`, label: t('registration.delivery.token') },
  };
  const target = { ...targets, data: targets.data?.find((x) => x.recipient === recipient) };
  if (target.data === undefined) return <QueryState query={targets} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const formElement = event.currentTarget;
    const values = formValues(formElement);
    const body = { authorityUrl: (values.authorityUrl ?? '').trim(), apiToken: values.apiToken?.trim() || undefined };
    if (!form.check(DeliveryTargetUpdateSchema, body)) return;
    save.mutate(body, {
      onSuccess: () => {
        formElement.reset();
        setMessage(t('registration.delivery.saved'));
      },
      onError: form.fromProblem,
    });
  }

  return (
    <>
      <p className="utrecht-paragraph">
        {target.data.apiTokenSet ? t('registration.delivery.tokenSet') : t('registration.delivery.tokenNotSet')}
        {target.data.pinnedKeyId && ` ${t('registration.delivery.pinned', { keyId: target.data.pinnedKeyId })}`}
      </p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form
        className="utrecht-form weerbaar-form"
        noValidate
        onSubmit={onSubmit}
        aria-label={t(`registration.delivery.recipient.${recipient}`)}
        data-testid={`delivery-target-${recipient}`}
      >
        <TextField
          {...fields.authorityUrl}
          name="authorityUrl"
          type="url"
          defaultValue={target.data.authorityUrl ?? ''}
          hint={t('registration.delivery.urlHint')}
          error={form.errors.fields.authorityUrl}
        />
        <TextField
          {...fields.apiToken}
          name="apiToken"
          type="password"
          autoComplete="off"
          optional={target.data.apiTokenSet}
          hint={t('registration.delivery.tokenHint')}
          error={form.errors.fields.apiToken}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={save.isPending} busyLabel={t('common.saving')}>
            {t('registration.delivery.save')}
          </SubmitButton>
        </div>
      </form>
      <LiveMessage message={message} />
    </>
  );
}
