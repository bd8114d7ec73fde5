import {
  COMMUNICATION_CHANNELS,
  RECIPIENT_COMMUNICATION_KINDS,
  RecipientCommunicationCreateSchema,
  type RecipientCommunication,
} from '@weerbaar/core/incidents';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { fromDutchInputValue, toDutchInputValue } from './amsterdam-input.ts';
import {
  useRecipientCommunications,
  useRecordRecipientCommunication,
  type RecipientCommunicationBody,
} from './incidents-api.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';

// NIS2 Art. 23(1): inform recipients of the service of a significant incident likely to affect them;
// Art. 23(2): tell recipients affected by a significant cyber threat what they can do (Cbw art. 30).
// The log shows that it was done, when, how and what was said.

const FIELDS = ['kind', 'communicatedAt', 'recipients', 'recipientCount', 'channel', 'message'] as const;
// The server allows some clock skew; the page checks against the browser's clock only as a first aid.
const SKEW_MS = 5 * 60_000;

/** The log of what recipients of services were told about this incident. */
export function RecipientCommunicationsSection({ incidentId, canWrite }: { incidentId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const communications = useRecipientCommunications(incidentId);
  const record = useRecordRecipientCommunication(incidentId);
  const form = useFormErrors(FIELDS);
  const [message, setMessage] = useState<string>();
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `communication-${f}`, label: t(`incidents.communications.fields.${f}`) }]),
  ) as Record<(typeof FIELDS)[number], { id: string; label: string }>;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const extra: Record<string, string> = {};
    const communicatedAt = fromDutchInputValue(v.communicatedAt);
    if (!communicatedAt) extra.communicatedAt = t('validation.required');
    else if (Date.parse(communicatedAt) > Date.now() + SKEW_MS)
      extra.communicatedAt = t('incidents.communications.notInFuture');
    const rawCount = (v.recipientCount ?? '').trim();
    const count = rawCount ? Number(rawCount) : null;
    if (count !== null && !(Number.isInteger(count) && count >= 0))
      extra.recipientCount = t('incidents.communications.notACount');
    const body: RecipientCommunicationBody = {
      kind: v.kind as RecipientCommunicationBody['kind'],
      communicatedAt: communicatedAt ?? '',
      recipients: (v.recipients ?? '').trim(),
      recipientCount: count,
      channel: v.channel as RecipientCommunicationBody['channel'],
      message: (v.message ?? '').trim(),
    };
    if (!form.check(RecipientCommunicationCreateSchema, body, extra)) return;
    record.mutate(body, {
      onSuccess: () => {
        // Emptied in place (not remounted), so focus stays on the button; the time starts again at now.
        element.reset();
        const at = element.elements.namedItem('communicatedAt');
        if (at instanceof HTMLInputElement) at.value = toDutchInputValue(new Date());
        setMessage(t('incidents.communications.recorded'));
      },
      onError: form.fromProblem,
    });
  }

  return (
    <section
      className="weerbaar-section"
      aria-labelledby="communications-heading"
      data-testid="incident-communications"
    >
      <h2 className="utrecht-heading-2" id="communications-heading">
        {t('incidents.communications.title')}
      </h2>
      <p className="utrecht-paragraph">{t('incidents.communications.intro')}</p>
      <LiveMessage message={message} />
      <QueryState query={communications} />
      {communications.data && communications.data.length === 0 && (
        <p className="utrecht-paragraph">{t('incidents.communications.empty')}</p>
      )}
      {communications.data && communications.data.length > 0 && (
        <CommunicationsTable communications={communications.data} />
      )}
      {canWrite && (
        <details className="weerbaar-no-print">
          <summary>{t('incidents.communications.addTitle')}</summary>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
            <SelectField
              {...fields.kind}
              name="kind"
              defaultValue="significant_incident"
              options={RECIPIENT_COMMUNICATION_KINDS.map((k) => ({
                value: k,
                label: t(`incidents.communications.kinds.${k}`),
              }))}
              error={form.errors.fields.kind}
            />
            <TextField
              {...fields.communicatedAt}
              name="communicatedAt"
              type="datetime-local"
              defaultValue={toDutchInputValue(new Date())}
              error={form.errors.fields.communicatedAt}
            />
            <TextField
              {...fields.recipients}
              name="recipients"
              maxLength={1000}
              hint={t('incidents.communications.recipientsHint')}
              error={form.errors.fields.recipients}
            />
            <TextField
              {...fields.recipientCount}
              name="recipientCount"
              inputMode="numeric"
              optional
              error={form.errors.fields.recipientCount}
            />
            <SelectField
              {...fields.channel}
              name="channel"
              defaultValue="email"
              options={COMMUNICATION_CHANNELS.map((c) => ({
                value: c,
                label: t(`incidents.communications.channels.${c}`),
              }))}
              error={form.errors.fields.channel}
            />
            <TextAreaField
              {...fields.message}
              name="message"
              maxLength={10_000}
              hint={t('incidents.communications.messageHint')}
              error={form.errors.fields.message}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={record.isPending} busyLabel={t('common.saving')} variant="secondary-action">
                {t('incidents.communications.add')}
              </SubmitButton>
            </div>
          </form>
        </details>
      )}
    </section>
  );
}

function CommunicationsTable({ communications }: { communications: readonly RecipientCommunication[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table weerbaar-handling-table">
        <caption className="utrecht-table__caption">{t('incidents.communications.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.communications.columns.at')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.communications.columns.kind')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.communications.columns.recipients')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.communications.columns.channel')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.communications.columns.message')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.communications.recordedBy')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {communications.map((c) => (
            <tr className="utrecht-table__row" key={c.id}>
              <td className="utrecht-table__cell">
                <time dateTime={c.communicatedAt}>{formatDateTime(c.communicatedAt, locale)}</time>
              </td>
              <td className="utrecht-table__cell">{t(`incidents.communications.kinds.${c.kind}`)}</td>
              <td className="utrecht-table__cell">
                {c.recipients}
                {c.recipientCount !== null && ` (${t('incidents.communications.count', { count: c.recipientCount })})`}
              </td>
              <td className="utrecht-table__cell">{t(`incidents.communications.channels.${c.channel}`)}</td>
              <td className="utrecht-table__cell weerbaar-message weerbaar-break">{c.message}</td>
              <td className="utrecht-table__cell weerbaar-break">{c.recordedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
